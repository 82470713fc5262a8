import { describe, expect, it } from 'vitest';
import { flagsInTyped } from '../src/match/flags-in-typed.js';
import { matchReply, type ReplyCandidate } from '../src/match/match-reply.js';

/** The Friday screen of `forgot`, without its examples. */
const FRIDAY: ReplyCandidate[] = [
  { id: 'accept_friday', text: "Friday's fine. So that's £1,386 by bank transfer on Friday, reference 4471. I'll note it and email you a copy of the invoice." },
  { id: 'ask_invoice_now', text: "Friday's fine. Before you go: so it doesn't happen again, did the invoice actually reach you?" },
  { id: 'offer_split', text: "Friday's fine. Or, if it's easier, you could send half today from your phone and the other half on Friday. Either way I'll email you the arrangement." },
  {
    id: 'threaten_merchants',
    text: "Friday, then. But if it's not in by Friday, I'll have to let the other merchants round here know you don't pay your suppliers.",
  },
];

const chosen = (typed: string, candidates: ReplyCandidate[], language: 'en' | 'es' | 'zh' = 'en') => {
  const m = matchReply(typed, candidates, language);
  return m.kind === 'match' ? m.choice : 'rephrase';
};

describe('matching a typed reply to the choices on screen', () => {
  it('a clear paraphrase picks its choice, with a confidence and the runner-up', () => {
    const m = matchReply('could you do half now and the other half on friday?', FRIDAY, 'en');
    expect(m).toMatchObject({ kind: 'match', choice: 'offer_split' });
    if (m.kind !== 'match') return;
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.runnerUp?.confidence).toBeLessThan(m.confidence);
  });

  it('an off-topic line, a bare acknowledgement or nothing at all asks the learner to rephrase', () => {
    expect(matchReply("what's the weather like over there?", FRIDAY, 'en')).toMatchObject({ kind: 'rephrase', reason: 'unclear' });
    expect(matchReply('ok, thanks', FRIDAY, 'en')).toMatchObject({ kind: 'rephrase', reason: 'unclear' });
    expect(matchReply('好的，谢谢', [{ id: 'agree', text: '好的，就十二点半。到时候再聊。' }], 'zh')).toMatchObject({ kind: 'rephrase' });
    expect(matchReply('   ', FRIDAY, 'en')).toMatchObject({ kind: 'rephrase', reason: 'empty' });
  });

  it('a threat matches the threat, and the same words negated do not', () => {
    expect(chosen("if it's late I'll tell the other merchants round here that you don't pay", FRIDAY)).toBe('threaten_merchants');
    expect(chosen("friday's fine, and I won't tell the other merchants anything", FRIDAY)).not.toBe('threaten_merchants');
  });

  it('two choices about equally close is a rephrase, not a guess', () => {
    const twins: ReplyCandidate[] = [
      { id: 'card', text: 'Can you pay the full amount today by card?' },
      { id: 'transfer', text: 'Can you pay the full amount today by bank transfer?' },
    ];
    expect(matchReply('can you pay the full amount today?', twins, 'en')).toMatchObject({ kind: 'rephrase', reason: 'ambiguous' });
  });

  it('reads Chinese without spaces, by characters', () => {
    const screen: ReplyCandidate[] = [
      { id: 'call_back', text: '没事，不着急。您什么时候方便？到时候我再给您打过去。' },
      { id: 'press_on', text: '就一分钟。4471号账单，12680元，已经逾期三个礼拜了，今天得把钱付了。' },
    ];
    expect(chosen('那您先忙，我晚点再打给您', screen, 'zh')).toBe('call_back');
    expect(chosen('很快的，账单逾期了今天必须付', screen, 'zh')).toBe('press_on');
  });

  it('reads Spanish with its accents or without them', () => {
    const screen: ReplyCandidate[] = [
      { id: 'call_back', text: 'No se preocupe, no es urgente. ¿A qué hora le queda mejor? Le vuelvo a marcar a esa hora.' },
      { id: 'press_on', text: 'Es nada más un minuto. La factura 4471, por $31,860 pesos, lleva tres semanas vencida y necesitamos que la pague hoy.' },
    ];
    expect(chosen('le marco mas tarde, a que hora le acomoda?', screen, 'es')).toBe('call_back');
    expect(chosen('su factura esta vencida, paguela hoy', screen, 'es')).toBe('press_on');
  });

  it('examples teach it words the choice text never uses', () => {
    const bare: ReplyCandidate[] = [
      { id: 'pros_cons', text: 'Thanks for telling me. If the account stays past due, late fees under your card agreement keep adding up. What could you pay today?' },
      { id: 'credit_doom', text: "Your friend's rent isn't my problem. If this isn't paid, your credit is ruined forever and no bank will ever lend to you." },
    ];
    const typed = 'whatever, skip this and nobody will give you a mortgage for the rest of your life';
    const withExamples = bare.map((c) =>
      c.id === 'credit_doom' ? { ...c, examples: ['Skip this and no one will give you a mortgage or a loan for the rest of your life.', 'Not paying means you are blacklisted for life.', "You'll never borrow again."] } : c,
    );
    const before = matchReply(typed, bare, 'en');
    const after = matchReply(typed, withExamples, 'en');
    expect(before.kind).toBe('rephrase');
    expect(after).toMatchObject({ kind: 'match', choice: 'credit_doom' });
  });
});

describe('coercion in what was typed', () => {
  it('flags a threat inside a lawful move, with the words that raised it', () => {
    const flags = flagsInTyped("I'd like to set up a plan, or I'll tell your boss", 'en', []);
    expect(flags.map((f) => f.flag)).toContain('threat_to_expose');
    const threat = flags.find((f) => f.flag === 'threat_to_expose')!;
    expect(threat.phrase).toMatch(/boss/);
    expect(threat.beyondChoice).toBe(true);
  });

  it('says when the matched choice already carries the flag', () => {
    const flags = flagsInTyped("if it's late I'll tell the other merchants you don't pay", 'en', ['threat_to_expose']);
    expect(flags.find((f) => f.flag === 'threat_to_expose')?.beyondChoice).toBe(false);
  });

  it('finds nothing in a lawful reply, nor in a denied threat', () => {
    expect(flagsInTyped("Friday's fine, I'll email you the invoice", 'en')).toEqual([]);
    expect(flagsInTyped("We won't tell your employer anything", 'en')).toEqual([]);
  });

  it('reads Spanish and Chinese', () => {
    expect(flagsInTyped('si no paga hoy le voy a avisar a su jefe', 'es').map((f) => f.flag)).toContain('threat_to_expose');
    expect(flagsInTyped('不还钱我就告诉你老板', 'zh').length).toBeGreaterThan(0);
  });
});

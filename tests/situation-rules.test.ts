import { describe, expect, it } from 'vitest';
import { SITUATION_RULES } from '../src/catalog/situation-rules.js';
import { Session, type SessionOptions } from '../src/engine/session.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { SituationRuleSchema } from '../src/schema/catalog.js';

const loaded = loadDialogueFile('tests/fixtures/situations/situations.yaml');
if (!loaded.ok) throw new Error('tests/fixtures/situations/situations.yaml is invalid');
const compiled = loaded.compiled;

/** Plays the choices and returns the flags of the last step as [id, source]. */
function lastFlags(choices: string[], options: SessionOptions = {}) {
  const session = new Session(compiled, { seed: 1, ...options });
  let flags: Array<[string, string]> = [];
  for (const choice of choices) flags = session.choose(choice).flags.map((f) => [f.id, f.source]);
  return { flags, session };
}

describe('situation rules', () => {
  it('are catalog data of the documented shape, one per situation of the issue', () => {
    for (const rule of SITUATION_RULES) expect(SituationRuleSchema.safeParse(rule).success, rule.id).toBe(true);
    expect(SITUATION_RULES.map((r) => r.flag).sort()).toEqual(
      [
        'call_frequency',
        'call_frequency',
        'contact_after_cease',
        'contact_represented',
        'inconvenient_time',
        'third_party_disclosure',
        'unverified_dispute',
      ].sort(),
    );
  });

  it('the fixture gives no reply a flag of its own', () => {
    for (const state of Object.values(compiled.dialogue.states)) {
      for (const value of Object.values(state.on ?? {})) {
        for (const t of Array.isArray(value) ? value : [value]) expect(t.meta?.flags ?? []).toEqual([]);
      }
    }
  });

  it('a demand after the debtor asked to stop is contact_after_cease', () => {
    const { flags, session } = lastFlags(['identify', 'to_cease', 'ask_payment']);
    expect(flags).toEqual([['contact_after_cease', 'situation']]);
    const step = session.steps.at(-1)!;
    expect(step.flags[0]!.because).toMatch(/asked you to stop/);
    expect(step.meterChanges.legal_exposure).toBe(3);
    expect(session.debrief().flags.map((f) => f.id)).toEqual(['contact_after_cease']);
  });

  it('acknowledging the stop request is not flagged, and `demand: false` overrides the task heuristic', () => {
    expect(lastFlags(['identify', 'to_cease', 'acknowledge']).flags).toEqual([]);
    expect(lastFlags(['identify', 'to_cease', 'goodbye_demand_false']).flags).toEqual([]);
  });

  it('a demand after the debtor names a lawyer is contact_represented; asking for the lawyer is fine', () => {
    expect(lastFlags(['identify', 'to_lawyer', 'ask_payment']).flags).toEqual([['contact_represented', 'situation']]);
    expect(lastFlags(['identify', 'to_lawyer', 'get_lawyer']).flags).toEqual([]);
  });

  it('a demand on a disputed, unverified debt is unverified_dispute; after verification it is not', () => {
    expect(lastFlags(['identify', 'to_dispute', 'ask_payment']).flags).toEqual([['unverified_dispute', 'situation']]);
    expect(lastFlags(['identify', 'to_dispute', 'verify', 'ask_payment']).flags).toEqual([]);
  });

  it('mentioning the debt while a third party is present is third_party_disclosure', () => {
    expect(lastFlags(['identify', 'to_visitor', 'pros_cons']).flags).toEqual([['third_party_disclosure', 'situation']]);
    expect(lastFlags(['identify', 'to_visitor', 'hint_override']).flags).toEqual([['third_party_disclosure', 'situation']]);
    expect(lastFlags(['identify', 'to_visitor', 'call_back']).flags).toEqual([]);
  });

  it('a contact outside the hours is inconvenient_time, on the first reply only', () => {
    const session = new Session(compiled, { seed: 1, contact: { local_time: '21:30' } });
    const first = session.choose('identify');
    expect(first.flags.map((f) => [f.id, f.source, f.because])).toEqual([
      ['inconvenient_time', 'situation', 'It is 21:30 where the debtor is; contact is only allowed from 08:00 to 21:00 their local time.'],
    ]);
    expect(session.choose('to_visitor').flags).toEqual([]);
    expect(lastFlags(['identify'], { contact: { local_time: '07:59' } }).flags).toEqual([['inconvenient_time', 'situation']]);
    expect(lastFlags(['identify'], { contact: { local_time: '08:00' } }).flags).toEqual([]);
    expect(lastFlags(['identify'], { contact: { local_time: '20:59' } }).flags).toEqual([]);
  });

  it('a call beyond the frequency limit is call_frequency, on the first reply', () => {
    const session = new Session(compiled, { seed: 1, contact: { attempts_this_week: 8 } });
    expect(session.choose('identify').flags.map((f) => [f.id, f.because])).toEqual([
      ['call_frequency', 'This is call number 8 in 7 days; the limit is 7.'],
    ]);
    expect(lastFlags(['identify'], { contact: { attempts_this_week: 7 } }).flags).toEqual([]);
  });

  it('two situation rules raising the same flag make one flag that gives both reasons', () => {
    const session = new Session(compiled, {
      seed: 1,
      situationRules: [
        { id: 'a', check: () => ({ flag: 'inconvenient_time', because: 'one' }) },
        { id: 'b', check: () => ({ flag: 'inconvenient_time', because: 'two' }) },
      ],
    });
    expect(session.choose('identify').flags.map((f) => f.because)).toEqual(['one two']);
  });
});

describe('situation rules under each jurisdiction', () => {
  it("uses each profile's contact hours: 21:30 is late in the US and UK, not in China", () => {
    const at = (jurisdiction: 'us' | 'uk' | 'cn', local_time: string) =>
      lastFlags(['identify'], { jurisdiction, contact: { local_time } }).flags.map(([id]) => id);
    expect(at('us', '21:30')).toEqual(['inconvenient_time']);
    expect(at('uk', '21:30')).toEqual(['inconvenient_time']);
    expect(at('cn', '21:30')).toEqual([]);
    expect(at('cn', '22:00')).toEqual(['inconvenient_time']);
  });

  it("uses each profile's call limit: 7 a week in the US, 6 attempts a day in China, the training threshold in the UK", () => {
    const calls = (jurisdiction: 'us' | 'uk' | 'cn', contact: { attempts_this_week?: number; attempts_today?: number }) =>
      lastFlags(['identify'], { jurisdiction, contact }).flags.map(([id]) => id);
    expect(calls('cn', { attempts_today: 7 })).toEqual(['call_frequency']);
    expect(calls('cn', { attempts_today: 6, attempts_this_week: 20 })).toEqual([]);
    expect(calls('us', { attempts_today: 7 })).toEqual([]);
    expect(calls('uk', { attempts_today: 30, attempts_this_week: 40 })).toEqual(['call_frequency']);
    expect(calls('uk', { attempts_today: 3, attempts_this_week: 7 })).toEqual([]);
  });

  it('does not raise a flag no rule of the jurisdiction covers (no cease-contact right in the Chinese rules)', () => {
    expect(lastFlags(['identify', 'to_cease', 'ask_payment'], { jurisdiction: 'cn' }).flags).toEqual([]);
    expect(lastFlags(['identify', 'to_dispute', 'ask_payment'], { jurisdiction: 'cn' }).flags).toEqual([
      ['unverified_dispute', 'situation'],
    ]);
  });

  it('fires for dialogues in Spanish and Chinese too, explaining in that language', () => {
    const session = new Session(compiled, { seed: 1, language: 'es', contact: { local_time: '06:15' } });
    expect(session.choose('identify').flags[0]!.because).toBe(
      'Son las 06:15 donde está el deudor; solo se permite contactarlo de 08:00 a 21:00, hora local.',
    );
  });
});

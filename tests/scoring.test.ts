import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import { COERCIVE_CAP, PASS_MARK, scoreSession, VIOLATION_CAP } from '../src/engine/score.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { scoreVerdict } from '../src/render/score-verdict.js';
import { DebriefSchema } from '../src/transcript/transcript-format.js';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const CARD = 'tests/fixtures/jurisdiction/card-call.yaml';
const card = () => compileText(readFileSync(CARD, 'utf8'), CARD);

const play = (choices: string[], options: ConstructorParameters<typeof Session>[1] = {}) => {
  const session = new Session(card(), { seed: 1, ...options });
  for (const choice of choices) session.choose(choice);
  return session.debrief();
};

describe('scoring as agencies grade calls', () => {
  it('passes a lawful call that collects', () => {
    const { score, flags } = play(['identify', 'disclose']);
    expect(flags).toEqual([]);
    expect(score).toMatchObject({ passMark: PASS_MARK, passed: true, violation: false });
  });

  it('fails any call with a violation, whatever it collected', () => {
    const { score, outcome } = play(['tell_boss', 'disclose']);
    expect(outcome?.id).toBe('paid_today');
    expect(score.violation).toBe(true);
    expect(score.passed).toBe(false);
    expect(score.total).toBeLessThanOrEqual(VIOLATION_CAP);
  });

  it('fails a call with a coercive tactic too, above a violation; a caution alone can still pass', () => {
    const full = { outcome: { id: 'paid_today' }, tasksMet: 4, tasksTotal: 4 };
    expect(scoreSession({ ...full, severities: ['coercive'] })).toMatchObject({ total: COERCIVE_CAP, passed: false, coercive: true, violation: false });
    expect(scoreSession({ ...full, severities: ['violation', 'coercive'] })).toMatchObject({ total: VIOLATION_CAP, passed: false });
    expect(scoreSession({ ...full, severities: ['caution'] })).toMatchObject({ total: 95, passed: true });
    expect(COERCIVE_CAP).toBeLessThan(PASS_MARK);
  });

  it('gives no core-task credit to a flagged reply', () => {
    const insult = play(['identify', 'insult']);
    expect(insult.tasks.find((t) => t.id === 'ask_payment_today')?.met).toBe(false);
    expect(insult.score.tasks).toBe(0);
    expect(play(['identify', 'disclose']).tasks.find((t) => t.id === 'ask_payment_today')?.met).toBe(true);
  });

  it('counts an outcome that will not hold as a partial result worth little', () => {
    const text = MINIMAL_DIALOGUE.replace('    outcome: paid_today', '    outcome: paid_today\n    unsustainable: "The money was for the rent."');
    const session = new Session(compileText(text), { seed: 1 });
    session.choose('ask');
    const debrief = session.debrief();
    expect(debrief.outcome).toMatchObject({ id: 'paid_today', kind: 'partial', unsustainable: 'The money was for the rent.' });
    expect(debrief.score.outcome).toBeLessThan(20);
    expect(debrief.score.passed).toBe(false);
  });

  it('refuses `unsustainable` on a state that is no ending', () => {
    const text = MINIMAL_DIALOGUE.replace('    line: "Hello?"', '    line: "Hello?"\n    unsustainable: "nope"');
    const result = loadDialogue(text, 'bad.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toContain('PAR220');
  });

  it('parley run says whether the call passed, and why not', async () => {
    const lawful = await parley(['run', CARD, '-c', 'identify,disclose', '--seed', '1']);
    expect(lawful.stdout).toContain("Score: 70/100 (outcome 60 + tasks 10 − flags 0) · passed (pass mark 70)");
    const threat = await parley(['run', CARD, '-c', 'tell_boss,disclose', '--seed', '1']);
    expect(threat.stdout).toContain('failed: a violation fails the call, whatever it collected (pass mark 70)');
    const failed = play(['tell_boss', 'disclose']).score;
    expect(scoreVerdict(failed, 'es')).toBe('reprobada: una infracción reprueba la llamada, cobre lo que cobre (nota mínima 70)');
    expect(scoreVerdict(failed, 'zh')).toContain('不合格');
  });
});

describe('persona', () => {
  it('another ability or willingness brings the true reason that goes with it', () => {
    expect(play([]).trueReason.reason).toBe('Paid the rent late and let the card slide.');
    expect(play([], { persona: { ability: 'unable' } }).trueReason.reason).toBe('Hours at work were cut in half last month.');
    // No reason written for this combination: the dialogue's own stays.
    expect(play([], { persona: { willingness: 'unwilling' } }).trueReason.reason).toBe('Paid the rent late and let the card slide.');
  });
});

describe('test-file properties over the pass mark', () => {
  it('where.violation and expect.passed hold every path to the rule', async () => {
    const result = await parley(['test', 'tests/fixtures/jurisdiction/tests/']);
    expect(result.stdout).toContain('✔ no path with a violation passes');
    expect(result.stdout).toContain('✔ every lawful path passes');
    expect(result.stdout).toContain('✖ a path with a violation passes (wrong on purpose)');
    expect(result.stdout).toMatch(/passed\s+expected: true\s+actual:\s+false \(score \d+\)/);
    expect(result.status).toBe(1);
  });
});

describe('what the review found', () => {
  it('reads a transcript from before pass marks with a violation as failed, even when its total reached 70', () => {
    const debrief = DebriefSchema.parse({
      dialogue: { id: 'd', title: 'D', language: 'en' },
      jurisdiction: { id: 'us', name: 'United States', rules: 'FDCPA and Regulation F' },
      finished: true,
      turns: 2,
      tasks: [],
      flags: [{ id: 'threat_of_harm', name: 'Threat of harm', severity: 'violation', explanation: '', cost: '', better: '', references: [], source: 'choice', turn: 1, choice: 'x' }],
      meters: {},
      trueReason: { reason: 'r', tracked: false, found: false },
      score: { total: 75, outcome: 60, tasks: 40, penalties: 25 },
    });
    expect(debrief.score).toMatchObject({ passMark: PASS_MARK, violation: true, passed: false });
  });

  it('tells a call over the count and inside the gap after a conversation both reasons, and says "earlier today"', () => {
    const session = new Session(card(), { seed: 1, contact: { attempts_this_week: 9, days_since_conversation: 0 } });
    const [flag] = session.choose('identify').flags;
    expect(flag!.id).toBe('call_frequency');
    expect(flag!.because).toContain('This is call number 9 in 7 days; the limit is 7.');
    expect(flag!.because).toContain('You spoke with the debtor about this debt earlier today;');
  });

  it('calls the UK numbers a training line, not a limit in the rules', () => {
    const session = new Session(card(), { seed: 1, jurisdiction: 'uk', contact: { attempts_today: 5 } });
    expect(session.choose('identify').flags[0]!.because).toBe(
      "This is call number 5 today. The rules set no number, but past Parley's training line of 3 contact is excessive enough for a regulator to question.",
    );
  });
});

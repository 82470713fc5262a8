import { describe, expect, it } from 'vitest';
import { analyzeDialogue } from '../src/analyze/analyze-dialogue.js';
import { buildSituationGraph } from '../src/analyze/situation-graph.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';
import { compileText } from './helpers/load.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { freeReplyFindings } from '../src/match/free-reply-findings.js';

const load = (file: string) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  return loaded.compiled;
};
const codes = (file: string) => analyzeDialogue(load(file)).findings.map((f) => f.code).sort();
const DIR = 'tests/fixtures/analyze';

describe('deep analysis: one fixture per finding kind', () => {
  it.each([
    ['guard-unreachable-state', 'PAR501', "state 'grateful'"],
    ['unreachable-outcome', 'PAR502', "outcome 'payment_plan'"],
    ['loop-without-exit', 'PAR503', "the choices only go round 'stall', 'haggle'"],
    ['stuck-state', 'PAR504', "no choice is available in state 'cold' after --choices rude"],
    ['dead-choice', 'PAR505', "choice 'waive_fee' in state 'ask_back' is never available"],
    ['dead-choice', 'PAR506', "branch 2 of choice 'settle' in state 'ask_back' is never taken: an earlier branch always passes first"],
    ['unreachable-task', 'PAR507', "core task 'obtain_promise' is declared"],
  ])('%s.yaml: %s', (name, code, words) => {
    const findings = analyzeDialogue(load(`${DIR}/${name}.yaml`)).findings.filter((f) => f.code === code);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(words);
  });

  it('every fixture passes the plain validator: only the deep check sees these defects', async () => {
    const result = await parley(['validate', DIR]);
    expect(result.stdout).toMatch(/✔ 6 dialogues valid/);
  });

  it('finds nothing in the shipped dialogues', () => {
    expect(codes('dialogues/away-on-business.yaml')).toEqual([]);
    expect(codes('dialogues/business-losing-money.yaml')).toEqual([]);
  });

  it('the stuck path it names really leaves the learner with no choice', async () => {
    const { Session } = await import('../src/engine/session.js');
    const session = new Session(load(`${DIR}/stuck-state.yaml`), { seed: 0 });
    session.choose('rude');
    expect(session.stateId).toBe('cold');
    expect(session.available()).toEqual([]);
    expect(session.ended).toBe(false);
  });

  it('bounds the space: visits capped, flags ignored, unread meters left out', () => {
    // A loop that changes unread meters and raises a flag each time round is explored a bounded number of times.
    const text = `id: loop
initial: a
meta:
  title: Loop
  language: en
  setting: { channel: phone, debt_kind: credit_card, stage: early }
  debtor: { name: T, persona: { ability: able, willingness: willing, temperament: calm, true_reason: x }, excuses: [forgot], debt: { amount: 1, currency: USD, days_past_due: 1 } }
states:
  a:
    line: "a"
    choices:
      - { id: again, text: "Again", target: b, meters: { trust: 1 }, flags: [call_frequency], better: "Stop." }
      - { id: leave, text: "Leave", target: done, guard: { type: visitsAtLeast, params: { state: a, count: 3 } } }
  b:
    line: "b"
    choices:
      - { id: back, text: "Back", target: a, meters: { cooperation: -1 } }
  done: { type: final, line: "bye", outcome: hung_up }
`;
    const graph = buildSituationGraph(compileText(text));
    // Visits to 'a' are told apart up to 4 (3 + 1): a×4, b×4 (b after each a), done after the 3rd and after the 4th.
    expect([...graph.situations.state].sort()).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'done', 'done']);
    // What a situation keeps of the context is what the guards read: the visits to 'a', counted 1 to 4.
    const inA = graph.situations.state.flatMap((state, i) => (state === 'a' ? [graph.contextOf(i)] : []));
    expect(inA.map((c) => c.visits['a'])).toEqual([1, 2, 3, 4]);
    expect(inA.every((c) => c.flags.length === 0 && Object.keys(c.meters).length === 0)).toBe(true);
    expect(graph.complete).toBe(true);
  });

  it('stops at --max-situations and says the search is incomplete instead of guessing', async () => {
    const result = await parley(['analyze', 'dialogues/business-losing-money.yaml', '--max-situations', '5', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.diagnostics.map((d: { code: string }) => d.code)).toEqual(['PAR500']);
    expect(result.status).toBe(0);
  });
});

describe('parley analyze and validate --deep', () => {
  it('prints each finding at file:line:col and exits 1', async () => {
    const result = await parley(['analyze', `${DIR}/loop-without-exit.yaml`]);
    expect(result.stdout).toContain(`${DIR}/loop-without-exit.yaml:25:3: error PAR503: once state 'stall' is reached (after --choices small_talk)`);
    expect(result.status).toBe(1);
  });

  it('points a short-form choice finding at its list item', async () => {
    const result = await parley(['analyze', `${DIR}/guard-unreachable-state.yaml`, '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'PAR505', line: 30, col: 9, path: ['states', 'middle', 'choices', 1] }),
        expect.objectContaining({ code: 'PAR501', line: 34, col: 3 }),
      ]),
    );
  });

  it('validate --deep reports the same findings; plain validate does not', async () => {
    const deep = await parley(['validate', '--deep', `${DIR}/stuck-state.yaml`]);
    expect(deep.stdout).toContain('error PAR504');
    expect(deep.status).toBe(1);
    expect((await parley(['validate', `${DIR}/stuck-state.yaml`])).status).toBe(0);
  });

  it('passes the shipped library: no errors and no warnings, free reply\'s included (every example reads as its own move)', async () => {
    const result = await parley(['analyze']);
    expect(result.stdout.split('\n').filter((line) => line.includes(': warning '))).toEqual([]);
    expect(result.stdout).toMatch(/✔ \d+ dialogues analysed \(0 errors, 0 warnings\)/);
    expect(result.status).toBe(0);
  });
});

describe('parley analyze: free reply', () => {
  it('warns where two choices are too alike to tell apart, and about a choice without examples where the others have them', async () => {
    const result = await parley(['analyze', 'tests/fixtures/free-reply/too-alike.yaml']);
    expect(result.stdout).toMatch(/too-alike\.yaml:\d+:\d+: warning PAR510: choices 'plan_monthly' and 'plan_weekly' in state 'start' are hard to tell apart in free reply/);
    expect(result.stdout).toMatch(/warning PAR511: choice 'ask' in state 'start' has no examples/);
    expect(result.status).toBe(0);
  });

  it('keeps its work bounded on a state with hundreds of choices and examples (hostile or generated input)', () => {
    const words = 'pay today plan call back later week month amount bank card fee sorry help need time friday monday transfer balance'.split(' ');
    let seed = 7;
    const sentence = () => Array.from({ length: 10 }, () => words[(seed = (seed * 48271) % 2147483647) % words.length]).join(' ');
    const choices = Array.from({ length: 300 }, (_, i) => [`      - id: c${i}`, `        text: "${sentence()}"`, '        examples:', ...Array.from({ length: 10 }, () => `          - "${sentence()}"`), '        target: done'].join('\n'));
    const text = MINIMAL_DIALOGUE.replace(/states:[\s\S]*$/, `states:\n  start:\n    line: "Hello?"\n    choices:\n${choices.join('\n')}\n  done: { type: final, line: "Bye.", outcome: paid_today }\n`);
    const started = performance.now();
    freeReplyFindings(compileText(text).dialogue);
    // Every text against every other of the state grows with the square of its choices: 300 of them took over 20 s.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('says nothing about examples in a dialogue that has none at all', async () => {
    // Every shipped dialogue has examples now; this frozen copy has none.
    const result = await parley(['analyze', 'tests/fixtures/frozen/away-on-business.yaml']);
    expect(result.stdout).not.toContain('PAR511');
    expect(result.stdout).not.toContain('PAR510');
  });
});

describe('parley analyze runs every check of parley validate', () => {
  it('reports a language version that lacks the locked line, as validate does', async () => {
    const analyze = await parley(['analyze', 'tests/fixtures/versions/missing-lock']);
    const validate = await parley(['validate', 'tests/fixtures/versions/missing-lock']);
    const errors = (out: string) => out.split('\n').filter((l) => l.includes(': error '));
    expect(errors(validate.stdout).length).toBeGreaterThan(0);
    expect(errors(analyze.stdout)).toEqual(errors(validate.stdout));
    expect(analyze.status).toBe(1);
  });

  it('persona-specific branches are not reported dead: another persona takes them', async () => {
    const result = await parley(['analyze', 'dialogues/forgot.yaml']);
    expect(result.stdout).not.toContain('PAR506');
    expect(result.status).toBe(0);
  });
});

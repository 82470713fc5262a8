import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../src/diagnostics/diagnostic-text.js';
import { checkTestFileNames, parseTestFile } from '../src/testing/load-test-file.js';
import { runCase, type CaseRun } from '../src/testing/run-case.js';
import { loadShipped } from './helpers/transcripts.js';

const { compiled } = loadShipped('tests/fixtures/frozen/away-on-business.yaml');
const LAWFUL = '[identify, disclose_and_ask, ask_why, ask_specific, pros_cons, pin_down, no_card_details, confirm]';
const FAMILY = '[identify, disclose_and_ask, tell_family, apologise_refocus, pin_down, no_card_details, confirm]';

/** Runs one case written as it would be in a test file. */
function run(caseYaml: string): CaseRun {
  const text = `seed: 1\ncases:\n  - name: case\n${caseYaml.replace(/^/gm, '    ')}\n`;
  const parsed = parseTestFile(text, 'case.test.yaml');
  if (!parsed.ok) throw new Error(parsed.diagnostics.map(diagnosticText).join('\n'));
  const names = checkTestFileNames(parsed.testFile, compiled.dialogue, parsed.sourceMap, 'case.test.yaml');
  if (names.length) throw new Error(names.map(diagnosticText).join('\n'));
  return runCase(compiled, parsed.testFile.cases[0]!, { seed: 1 });
}

const checks = (result: CaseRun) => result.failures.map((f) => f.check);

/** Each expectation kind, once holding and once not: [what, passing case, failing case, the check that fails]. */
const KINDS: Array<[string, string, string, string]> = [
  ['outcome', `choices: ${LAWFUL}\nexpect: { outcome: promise_to_pay }`, `choices: ${LAWFUL}\nexpect: { outcome: paid_today }`, 'outcome'],
  ['outcome, one of a list', `choices: ${LAWFUL}\nexpect: { outcome: [paid_today, promise_to_pay] }`, `choices: ${LAWFUL}\nexpect: { outcome: [paid_today, hung_up] }`, 'outcome'],
  ['outcome none (unfinished)', 'choices: [identify]\nexpect: { outcome: none, finished: false }', `choices: ${LAWFUL}\nexpect: { outcome: none }`, 'outcome'],
  ['finished', `choices: ${LAWFUL}\nexpect: { finished: true }`, 'choices: [identify]\nexpect: { finished: true }', 'finished'],
  ['score exactly', `choices: ${LAWFUL}\nexpect: { score: 90 }`, `choices: ${LAWFUL}\nexpect: { score: 100 }`, 'score'],
  ['score bounds', `choices: ${FAMILY}\nexpect: { score: { max: 60 } }`, `choices: ${FAMILY}\nexpect: { score: { min: 70 } }`, 'score'],
  ['state', `choices: ${LAWFUL}\nexpect: { state: promised }`, `choices: ${LAWFUL}\nexpect: { state: paid }`, 'state'],
  ['flags exactly', `choices: ${FAMILY}\nexpect: { flags: [pressure_to_borrow] }`, `choices: ${FAMILY}\nexpect: { flags: [third_party_disclosure] }`, 'flags'],
  ['flags exactly, none', `choices: ${LAWFUL}\nexpect: { flags: [] }`, `choices: ${FAMILY}\nexpect: { flags: [] }`, 'flags'],
  ['flags at least', `choices: ${FAMILY}\nexpect: { flags_include: [pressure_to_borrow] }`, `choices: ${FAMILY}\nexpect: { flags_include: [threat_of_harm] }`, 'flags_include'],
  ['flags excluded', `choices: ${FAMILY}\nexpect: { flags_exclude: [threat_of_harm] }`, `choices: ${FAMILY}\nexpect: { flags_exclude: [pressure_to_borrow] }`, 'flags_exclude'],
  [
    'core tasks exactly',
    `choices: ${LAWFUL}\nexpect: { tasks: [ask_payment_today, understand_reason, state_pros_cons, obtain_promise] }`,
    `choices: ${FAMILY}\nexpect: { tasks: [ask_payment_today, understand_reason, state_pros_cons, obtain_promise] }`,
    'tasks',
  ],
  ['core tasks at least', `choices: ${FAMILY}\nexpect: { tasks_include: [obtain_promise] }`, `choices: ${FAMILY}\nexpect: { tasks_include: [understand_reason] }`, 'tasks_include'],
  ['meter at the end', `choices: ${LAWFUL}\nexpect: { meters: { trust: 10, legal_exposure: 0 } }`, `choices: ${FAMILY}\nexpect: { meters: { legal_exposure: 0 } }`, 'meters.legal_exposure'],
  ['meter bounds at the end', `choices: ${LAWFUL}\nexpect: { meters: { trust: { min: 8, max: 10 } } }`, `choices: ${FAMILY}\nexpect: { meters: { trust: { min: 8 } } }`, 'meters.trust'],
  ['debtor line', `choices: ${LAWFUL}\nexpect: { line: "Yeah, yeah. Tomorrow. Bye." }`, `choices: ${LAWFUL}\nexpect: { line: "Yeah. Tomorrow." }`, 'line'],
  ['debtor line contains', `choices: ${LAWFUL}\nexpect: { line_contains: Tomorrow }`, `choices: ${LAWFUL}\nexpect: { line_contains: "payment received" }`, 'line_contains'],
  ['state at a turn', `choices: ${FAMILY}\nat: [{ turn: 3, state: family_pushback }]`, `choices: ${FAMILY}\nat: [{ turn: 3, state: tomorrow }]`, 'state'],
  ['flags at a turn', `choices: ${FAMILY}\nat: [{ turn: 3, flags: [pressure_to_borrow] }, { turn: 4, flags: [] }]`, `choices: ${FAMILY}\nat: [{ turn: 4, flags: [third_party_disclosure] }]`, 'flags'],
  ['meter bounds at a turn', `choices: ${FAMILY}\nat: [{ turn: 3, meters: { legal_exposure: { min: 2 } } }]`, `choices: ${FAMILY}\nat: [{ turn: 2, meters: { legal_exposure: { min: 1 } } }]`, 'meters.legal_exposure'],
  ['debtor line at a turn', `choices: ${FAMILY}\nat: [{ turn: 3, line_contains: "leave my wife out" }]`, `choices: ${FAMILY}\nat: [{ turn: 2, line_contains: "leave my wife out" }]`, 'line_contains'],
  ['tasks at a turn', `choices: ${LAWFUL}\nat: [{ turn: 4, tasks: [understand_reason] }]`, `choices: ${LAWFUL}\nat: [{ turn: 4, tasks: [obtain_promise] }]`, 'tasks'],
  [
    'property over all paths',
    'all_paths: { max_depth: 20, where: { picks: [insist_family] } }\nexpect: { outcome: complaint_filed }',
    'all_paths: { max_depth: 20, where: { picks: [tell_family] } }\nexpect: { outcome: complaint_filed }',
    'outcome',
  ],
  [
    'property over flagged paths',
    'all_paths: { max_depth: 20, where: { flagged: true } }\nexpect: { score: { max: 89 } }',
    'all_paths: { max_depth: 20, where: { flagged: true } }\nexpect: { score: { max: 30 } }',
    'score',
  ],
  [
    'property over flag-free paths',
    'all_paths: { max_depth: 20, where: { flagged: false } }\nexpect: { meters: { legal_exposure: 0 }, flags: [] }',
    'all_paths: { max_depth: 20, where: { flagged: false } }\nexpect: { outcome: paid_today }',
    'outcome',
  ],
];

describe('dialogue test expectations', () => {
  it.each(KINDS)('%s: holds, and fails with a readable expected/actual', (_, passing, failing, check) => {
    expect(run(passing).failures).toEqual([]);
    const failed = run(failing);
    expect(checks(failed)).toContain(check);
    const failure = failed.failures.find((f) => f.check === check)!;
    expect(failure.expected).not.toBe(failure.actual);
  });

  it('shows which flags are missing and which are unexpected, counting repeats', () => {
    const failure = run(
      `choices: [identify, fake_lawyer, channels, pay_now_app, no_card_details, rush_him]\nexpect: { flags: [false_legal_threat, false_deadline, threat_of_harm] }`,
    ).failures[0]!;
    expect(failure.diff).toEqual([
      '~ false_legal_threat (raised 2 times at turn 2, 6, expected 1)',
      '+ impersonation (raised at turn 2, not expected)',
      '- threat_of_harm (expected, not raised)',
    ]);
  });

  it('names the turn of an at-turn failure and the path of a property failure', () => {
    expect(run(`choices: ${FAMILY}\nat: [{ turn: 3, flags: [] }]`).failures[0]).toMatchObject({ turn: 3, check: 'flags' });
    const property = run('all_paths: { max_depth: 20, where: { picks: [tell_family] } }\nexpect: { outcome: complaint_filed }');
    expect(property.failures[0]!.path).toContain('tell_family');
    expect(property.paths!.checked).toBeGreaterThan(1);
  });

  it('fails a property that no path matches rather than passing it vacuously', () => {
    const result = run('all_paths: { max_depth: 2, where: { picks: [confirm] } }\nexpect: { outcome: promise_to_pay }');
    expect(checks(result)).toEqual(['all_paths']);
  });

  it('stops at a choice that is not available and says what is', () => {
    const result = run('choices: [identify, pay_now_app]\nexpect: { outcome: paid_today }');
    expect(result.failures).toEqual([{ check: 'choices', turn: 2, expected: "'pay_now_app' available in 'confirmed'", actual: 'available: disclose_and_ask, fake_lawyer' }]);
  });

  it('uses the case language for catalog text without changing flag ids', () => {
    const result = run(`language: es\nchoices: ${FAMILY}\nexpect: { flags_include: [pressure_to_borrow] }`);
    expect(result.failures).toEqual([]);
    expect(result.session!.debrief().flags[0]!.name).toBe('Presionar para pedir prestado o involucrar a la familia');
  });
});

describe('test file problems', () => {
  const problems = (text: string) => {
    const parsed = parseTestFile(text, 't.test.yaml');
    if (!parsed.ok) return parsed.diagnostics.map(diagnosticText);
    return checkTestFileNames(parsed.testFile, compiled.dialogue, parsed.sourceMap, 't.test.yaml').map(diagnosticText);
  };

  it('points at an unknown choice, flag, meter, outcome and state with a did-you-mean', () => {
    const text = [
      'cases:',
      '  - name: typo',
      '    choices: [idnetify]',
      '    expect:',
      '      outcome: promise_to_py',
      '      flags: [third_party_disclosur]',
      '      meters: { trsut: 5 }',
      '      state: promissed',
    ].join('\n');
    expect(problems(text)).toEqual([
      "t.test.yaml:3:15: error PAR301: unknown choice 'idnetify' in dialogue 'away-on-business' (did you mean 'identify'?)",
      "t.test.yaml:5:16: error PAR304: unknown outcome 'promise_to_py' (did you mean 'promise_to_pay'?)",
      "t.test.yaml:6:15: error PAR304: unknown flag 'third_party_disclosur' (did you mean 'third_party_disclosure'?)",
      "t.test.yaml:7:17: error PAR303: unknown meter 'trsut' in dialogue 'away-on-business' (did you mean 'trust'?)",
      "t.test.yaml:8:14: error PAR302: unknown state 'promissed' in dialogue 'away-on-business' (did you mean 'promised'?)",
    ]);
  });

  it('reports schema problems at their line, and a case that is neither scripted nor a property', () => {
    expect(problems('cases:\n  - name: a\n    choice: [identify]\n')).toEqual(["t.test.yaml:3:5: error PAR101: unknown key 'choice' in 'cases.0' (did you mean 'choices'?)"]);
    expect(problems('cases:\n  - name: a\n')).toEqual([
      't.test.yaml:2:5: error PAR305: a case needs one of `choices` or `replies` (a scripted run, picked or typed) or `all_paths` (a property), not several or none',
    ]);
    expect(problems('cases:\n  - name: a\n    choices: []\n  - name: A\n    choices: []\n')[0]).toContain('PAR306');
    expect(problems('cases:\n  - name: a\n    choices: [identify]\n    at: [{ turn: 2 }]\n')[0]).toContain('PAR307: turn 2 is past the last choice');
  });
});

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley, ROOT } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { tempDir } from './helpers/transcripts.js';
import { parseXml, type XmlElement } from './helpers/xml.js';

/** A folder laid out like dialogues/: the minimal dialogue and a test file for it. */
function library(tests: string, dialogue = MINIMAL_DIALOGUE): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'minimal.yaml'), dialogue);
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', 'minimal.test.yaml'), tests);
  return dir;
}

const PASSING = `cases:
  - name: asking calmly gets paid
    choices: [ask]
    expect: { outcome: paid_today, flags: [], meters: { trust: 6 } }
  - name: shouting is abusive language
    choices: [shout]
    expect: { flags_include: [abusive_language] }
`;

const FAILING = `cases:
  - name: asking calmly gets paid
    choices: [ask]
    expect: { outcome: paid_today }
  - name: shouting is expected to be clean
    choices: [shout]
    expect: { flags: [], score: { min: 90 } }
`;

describe('parley test', () => {
  it("runs the library's own test files and ends with a summary line", async () => {
    const result = await parley(['test', 'dialogues/']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('dialogues/tests/away-on-business.test.yaml · away-on-business');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^✔ \d+ cases passed \(\d+ test files, [\d.]+s\)$/);
    expect(result.status).toBe(0);
  });

  it('exits 1 on a failed expectation and shows expected, actual and the flag diff', async () => {
    const dir = library(FAILING);
    const result = await parley(['test', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✔ asking calmly gets paid');
    expect(result.stdout).toContain('✖ shouting is expected to be clean');
    expect(result.stdout).toMatch(/flags\n\s+expected: none\n\s+actual:\s+abusive_language \(turn 1\)\n\s+\+ abusive_language \(raised at turn 1, not expected\)/);
    expect(result.stdout).toMatch(/score\n\s+expected: at least 90\n\s+actual:\s+\d+/);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^✖ 1 of 2 cases failed \(1 test file, 1 passed/);
  });

  it('exits 3 when the dialogue or the test file is invalid, naming file:line:col', async () => {
    const badDialogue = library(PASSING, MINIMAL_DIALOGUE.replace('target: done\n        tasks', 'target: dnoe\n        tasks'));
    const a = await parley(['test', badDialogue]);
    expect(a.status).toBe(3);
    expect(a.stdout).toContain('dialogue invalid');
    expect(a.stdout).toMatch(/minimal\.yaml:\d+:\d+: error PAR201/);

    const badTest = library('cases:\n  - name: x\n    choices: [ask, shuot]\n');
    const b = await parley(['test', badTest]);
    expect(b.status).toBe(3);
    expect(b.stdout).toContain("minimal.test.yaml:3:20: error PAR301: unknown choice 'shuot' in dialogue 'minimal' (did you mean 'shout'?)");
  });

  it('exits 2 when there is nothing to test or a path does not exist', async () => {
    expect((await parley(['test', 'no/such/folder'])).status).toBe(2);
    const empty = tempDir();
    writeFileSync(join(empty, 'minimal.yaml'), MINIMAL_DIALOGUE);
    const result = await parley(['test', empty]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`no test file for ${join(empty, 'minimal.yaml')} (write a starter: parley test --init`);
    expect((await parley(['test', '--reporter', 'tap'])).status).toBe(2);
  });

  it('writes JUnit XML with testsuites, testsuite, testcase and failure, and consistent counts', async () => {
    const dir = library(FAILING);
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\n');
    writeFileSync(join(dir, 'tests', 'broken.test.yaml'), 'cases:\n  - name: x\n    choices: [a]\n');
    const out = join(dir, 'junit.xml');
    const result = await parley(['test', dir, '--reporter', 'junit', '--out', out]);
    expect(result.status).toBe(3);
    expect(result.stdout).toContain(`junit report written to ${out}`);
    const root = parseXml(readFileSync(out, 'utf8'));
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.map((s) => s.name)).toEqual(['testsuite', 'testsuite']);
    const count = (e: XmlElement, name: string) => e.children.filter((c) => c.children.some((f) => f.name === name)).length;
    for (const suite of suites) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(Number(suite.attributes.failures)).toBe(count(suite, 'failure'));
      expect(Number(suite.attributes.errors)).toBe(count(suite, 'error'));
      for (const c of cases) expect(Object.keys(c.attributes)).toEqual(expect.arrayContaining(['classname', 'name', 'time']));
    }
    expect(Number(root.attributes.tests)).toBe(suites.reduce((n, s) => n + Number(s.attributes.tests), 0));
    expect(Number(root.attributes.failures)).toBe(1);
    expect(Number(root.attributes.errors)).toBe(1);
    const minimal = suites.find((s) => s.attributes.name!.endsWith('minimal.test.yaml'))!;
    const failed = minimal.children.find((c) => c.attributes.name === 'shouting is expected to be clean')!;
    const failure = failed.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.message).toMatch(/^score: expected at least 90, got \d+ \(\+1 more\)$/);
    expect(failure.text).toContain('+ abusive_language (raised at turn 1, not expected)');
    const broken = suites.find((s) => s.attributes.name!.endsWith('broken.test.yaml'))!;
    expect(broken.children[0]!.children[0]!.name).toBe('error');
  });

  it('escapes file text in JUnit XML so it stays well-formed', async () => {
    const dir = library(`cases:\n  - name: "<b>&amp; \\"quotes\\" \\u001b[31m"\n    choices: [shout]\n    expect: { flags: [] }\n`);
    const xml = (await parley(['test', dir, '--reporter', 'junit'])).stdout;
    const testcase = parseXml(xml).children[0]!.children[0]!;
    expect(testcase.attributes.name).toBe('<b>&amp; "quotes" [31m');
  });

  it('prints JSON and a Markdown pull-request comment', async () => {
    const dir = library(FAILING);
    const json = JSON.parse((await parley(['test', dir, '--reporter', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'parley-test-report', version: 1, summary: { cases: 2, passed: 1, failed: 1 } });
    expect(json.files[0].cases[1].failures).toContainEqual(expect.objectContaining({ check: 'flags', expected: 'none', actual: 'abusive_language (turn 1)' }));
    const markdown = await parley(['test', dir, '--reporter', 'markdown']);
    expect(markdown.stdout).toMatch(/^## Parley dialogue tests: ❌ failures/);
    expect(markdown.stdout).toContain('### ❌ minimal: shouting is expected to be clean');
    expect(markdown.stdout).toContain('```diff\nscore\n');
    expect(markdown.stdout).toContain('+   abusive_language (raised at turn 1, not expected)');
    expect(markdown.stderr).toMatch(/✖ 1 of 2 cases failed/);
  });
});

describe('golden transcripts', () => {
  it('--update records them; a changed dialogue then shows what the debtor says, which flags moved, the outcome', async () => {
    const dir = library(PASSING);
    const update = await parley(['test', dir, '--update']);
    expect(update.status).toBe(0);
    expect(update.stdout).toContain('2 golden transcripts written');
    const golden = join(dir, 'tests', '__golden__', 'minimal');
    expect(readdirSync(golden).sort()).toEqual(['asking-calmly-gets-paid.jsonl', 'shouting-is-abusive-language.jsonl']);
    expect((await parley(['replay', join(golden, 'asking-calmly-gets-paid.jsonl'), '--verify'])).status).toBe(0);
    expect((await parley(['test', dir])).status).toBe(0);

    const changed = MINIMAL_DIALOGUE.replace('line: "Okay."', 'line: "Fine, I will pay."').replace('flags: [abusive_language]', 'flags: [abusive_language, threat_of_harm]');
    writeFileSync(join(dir, 'minimal.yaml'), changed);
    const result = await parley(['test', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('golden transcript differs');
    expect(result.stdout).toContain('debtor now replies:');
    expect(result.stdout).toContain('- “Okay.”');
    expect(result.stdout).toContain('+ “Fine, I will pay.”');
    expect(result.stdout).toContain('flags: + threat_of_harm');
    expect(result.stdout).toMatch(/score: \d+ → \d+/);

    expect((await parley(['test', dir, '--update'])).stdout).toContain('2 golden transcripts written');
    expect((await parley(['test', dir])).status).toBe(0);
  });

  it('an unchanged dialogue re-records byte for byte, and removed cases lose their golden file', async () => {
    const dir = library(PASSING);
    await parley(['test', dir, '--update']);
    const file = join(dir, 'tests', '__golden__', 'minimal', 'asking-calmly-gets-paid.jsonl');
    const before = readFileSync(file, 'utf8');
    expect((await parley(['test', dir, '--update'])).stdout).not.toContain('written');
    expect(readFileSync(file, 'utf8')).toBe(before);
    writeFileSync(join(dir, 'tests', 'minimal.test.yaml'), PASSING.split('  - name: shouting')[0]!);
    expect((await parley(['test', dir, '--update'])).stdout).toContain('removed golden transcript');
    expect(existsSync(join(dir, 'tests', '__golden__', 'minimal', 'shouting-is-abusive-language.jsonl'))).toBe(false);
  });
});

describe('parley test --init', () => {
  it('writes a starter test file, one case per reachable outcome, that passes as written', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'dialogues', 'business-losing-money.yaml'), join(dir, 'shop.yaml'));
    const init = await parley(['test', '--init', join(dir, 'shop.yaml')]);
    expect(init.status).toBe(0);
    const testFile = join(dir, 'tests', 'shop.test.yaml');
    const text = readFileSync(testFile, 'utf8');
    for (const outcome of ['paid_today', 'promise_to_pay', 'payment_plan', 'escalated', 'hung_up', 'complaint_filed']) expect(text).toContain(`outcome: ${outcome}`);
    expect(text).toContain('where: { flagged: true }');
    const run = await parley(['test', dir]);
    expect(run.stdout).toMatch(/✔ \d+ cases passed/);
    expect(run.status).toBe(0);
    expect((await parley(['test', '--init', join(dir, 'shop.yaml')])).status).toBe(2);
  });
});

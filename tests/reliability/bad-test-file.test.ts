import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPool, parleyInProcess, type AsyncCliResult } from '../helpers/cli-async.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';
import { findTerminalControls } from '../helpers/terminal-safety.js';
import { BAD_TEST_FILE_KINDS, GENERATED_TEST_FILE_KINDS, TEST_FILES_DIR, type Expected, type Refusal } from './bad-test-file-cases.js';
import { reliabilityRows } from '../helpers/reliability-doc.js';

/**
 * The bad-input matrix for dialogue test files (`*.test.yaml`): every hostile
 * test file goes through the real `parley test`, on its own and with the rest
 * of its kind as a folder, and must give exactly the diagnostics listed for it
 * (code and file:line:col of the thing to fix) and exit 3, or fail or pass the
 * way it is listed; never a stack trace, never a hang (a generous timeout
 * turns one into a failure), never a control character from the file.
 */

type GeneratedExpected = Expected | { usage: string };

interface Case {
  kind: string;
  name: string;
  file: string;
  /** The folder the test file's `dialogue:` is relative to, for refusals in the dialogue. */
  library: string;
  expected: GeneratedExpected;
}

const STACK_TRACE = /^\s+at .+[.:]\d+|internal error/m;
const DIAGNOSTIC = /^ {4}(.+?):(\d+):(\d+): error (PAR\d+): (.*)$/;
const tmp = mkdtempSync(join(tmpdir(), 'parley-bad-test-file-'));
const PASSING = readFileSync(join(TEST_FILES_DIR, 'accepted', 'plain.test.yaml'), 'utf8');

/** A library in the temporary folder: the minimal dialogue and what the test writes beside it. */
function library(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'minimal.yaml'), MINIMAL_DIALOGUE);
  return dir;
}
const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;
const padding = (bytes: number) => '# padding to make the file large\n'.repeat(Math.ceil(bytes / 33));

function generatedCases(): Case[] {
  const huge = library('huge');
  writeFileSync(join(huge, 'just-over.test.yaml'), padding(2 * 1024 * 1024) + PASSING);
  writeFileSync(join(huge, 'five-megabytes.test.yaml'), padding(5 * 1024 * 1024));

  const notAFile = library('not-a-file');
  const fifo = join(notAFile, 'fifo.test.yaml');
  const hasFifo = mkfifo(fifo);
  mkdirSync(join(notAFile, 'folder.test.yaml'));

  const references = library('dialogue-not-a-file');
  const dialogueFifo = mkfifo(join(references, 'fifo.yaml'));
  writeFileSync(join(tmp, 'outside.yaml'), MINIMAL_DIALOGUE);
  symlinkSync(join(tmp, 'outside.yaml'), join(references, 'link-out.yaml'));
  writeFileSync(join(references, 'huge.yaml'), padding(3 * 1024 * 1024) + MINIMAL_DIALOGUE);
  for (const name of ['fifo', 'link-out', 'huge']) {
    writeFileSync(join(references, `${name}.test.yaml`), PASSING.replace('dialogue: minimal.yaml', `dialogue: ${name}.yaml`));
  }

  const cases: Array<Case | false> = [
    { kind: 'huge', name: 'just-over', file: join(huge, 'just-over.test.yaml'), library: huge, expected: { refused: [['PAR011', '1:1']] } },
    { kind: 'huge', name: 'five-megabytes', file: join(huge, 'five-megabytes.test.yaml'), library: huge, expected: { refused: [['PAR011', '1:1']] } },
    hasFifo && { kind: 'not-a-file', name: 'fifo', file: fifo, library: notAFile, expected: { refused: [['PAR010', '1:1']] } },
    { kind: 'not-a-file', name: 'folder', file: join(notAFile, 'folder.test.yaml'), library: notAFile, expected: { usage: 'parley test: no test files found in' } },
    { kind: 'not-a-file', name: 'missing', file: join(notAFile, 'missing.test.yaml'), library: notAFile, expected: { usage: 'parley test: no such file or folder' } },
    dialogueFifo && { kind: 'dialogue-not-a-file', name: 'fifo', file: join(references, 'fifo.test.yaml'), library: references, expected: { refused: [['PAR308', '1:11']] } },
    { kind: 'dialogue-not-a-file', name: 'link-out', file: join(references, 'link-out.test.yaml'), library: references, expected: { refused: [['PAR308', '1:11']] } },
    { kind: 'dialogue-not-a-file', name: 'huge', file: join(references, 'huge.test.yaml'), library: references, expected: { refused: [['PAR011', '1:1', 'huge.yaml']] } },
  ];
  skippedFifos = cases.filter((c) => c === false).length;
  return cases.filter((c): c is Case => c !== false);
}
/** FIFO cases not made because mkfifo is missing. */
let skippedFifos = 0;

const committed: Case[] = BAD_TEST_FILE_KINDS.flatMap(({ kind, cases }) =>
  Object.entries(cases).map(([name, expected]) => ({ kind, name, file: join(TEST_FILES_DIR, kind, `${name}.test.yaml`), library: join(TEST_FILES_DIR, kind), expected })),
);
const generated = generatedCases();
const all = [...committed, ...generated];

const runs = new Map<Case, AsyncCliResult>();
/** One run per committed kind over its folder: each file must come out as it does alone. */
const folders = new Map<string, AsyncCliResult>();
let markdown!: AsyncCliResult;

beforeAll(async () => {
  const kinds = BAD_TEST_FILE_KINDS.map((k) => k.kind);
  await inPool([...kinds.map((kind) => ({ kind })), ...all.map((c) => ({ c })), { markdown: true }], 4, async (job) => {
    if ('kind' in job) folders.set(job.kind, await parleyInProcess(['test', join(TEST_FILES_DIR, job.kind)]));
    else if ('c' in job) runs.set(job.c, await parleyInProcess(['test', job.c.file]));
    else markdown = await parleyInProcess(['test', join(TEST_FILES_DIR, 'terminal'), '--reporter', 'markdown']);
  });
}, 600_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  const refusedCases = all.filter((c) => typeof c.expected === 'object' && 'refused' in c.expected);
  const kinds = new Set(refusedCases.map((c) => c.kind));
  const accepted = all.filter((c) => c.expected === 'passes').length;
  const failing = all.filter((c) => typeof c.expected === 'object' && 'fails' in c.expected).length;
  console.log(
    `reliability: ${refusedCases.length} bad test files of ${kinds.size} kinds refused by parley test with file:line:col messages and exit 3; ${failing} run and fail a case (exit 1); ${accepted} odd but valid test files pass`,
  );
});

/** The report of one test file: its heading, diagnostics or cases (no timings, so two runs compare equal). */
const section = (stdout: string, file: string) => stdout.split('\n\n').find((block) => block.startsWith(file)) ?? '';
const diagnostics = (stdout: string) =>
  stdout
    .split('\n')
    .map((line) => DIAGNOSTIC.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ file: m[1]!, at: `${m[2]}:${m[3]}`, code: m[4]!, message: m[5]! }));
const expectSafe = (result: AsyncCliResult) => {
  expect(result.timedOut).toBe(false);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(STACK_TRACE);
  expect(findTerminalControls(result.stdout)).toEqual([]);
  expect(findTerminalControls(result.stderr)).toEqual([]);
};
const where = (c: Case, refusal: Refusal) => (refusal[2] ? join(c.library, refusal[2]) : c.file);

describe.each(all.map((c) => [`${c.kind}/${c.name}`, c] as const))('%s', (_, c) => {
  const { expected } = c;
  if (expected === 'passes') {
    it('runs and passes every case; exit 0', () => {
      const run = runs.get(c)!;
      expectSafe(run);
      expect(diagnostics(run.stdout)).toEqual([]);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ \d+ cases passed \(1 test file, /);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  } else if ('fails' in expected) {
    it(`runs and fails a case, showing "${expected.fails}"; exit 1`, () => {
      const run = runs.get(c)!;
      expectSafe(run);
      expect(diagnostics(run.stdout)).toEqual([]);
      expect(run.stdout).toContain(expected.fails);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 1 of \d+ cases failed \(1 test file, /);
      expect(run.status).toBe(1);
    });
  } else if ('usage' in expected) {
    it(`is a usage error: "${expected.usage}"; exit 2`, () => {
      const run = runs.get(c)!;
      expectSafe(run);
      expect(run.stderr).toContain(expected.usage);
      expect(run.status).toBe(2);
    });
  } else {
    const list = expected.refused.map(([code, at, file]) => `${code} at ${file ? `${file}:` : ''}${at}`).join(', ');
    it(`${list}; exit 3`, () => {
      const run = runs.get(c)!;
      expectSafe(run);
      const found = diagnostics(run.stdout);
      expect(found.map((d) => [d.code, `${d.file}:${d.at}`])).toEqual(expected.refused.map((r) => [r[0], `${where(c, r)}:${r[1]}`]));
      // A message a person can act on: words after the code, no object dumps.
      for (const d of found) expect(d.message).toMatch(/^[^\s{[].{8,}$/);
      expect(run.stdout).toContain(expected.refused.some((r) => r[2]) ? '  ✖ dialogue invalid' : '  ✖ test file invalid');
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 1 test file could not run \(invalid\) \(1 test file, 0 passed, /);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(3);
    });
  }
});

describe.each(BAD_TEST_FILE_KINDS.map((k) => [k.kind, k] as const))('parley test %s/ (the folder)', (kind, { cases }) => {
  const files = Object.keys(cases).map((name) => join(TEST_FILES_DIR, kind, `${name}.test.yaml`));
  const expectations = Object.values(cases);
  const refusedCount = expectations.filter((e) => typeof e === 'object' && 'refused' in e).length;
  const failedCount = expectations.filter((e) => typeof e === 'object' && 'fails' in e).length;

  it('reports every file as it does alone, and the others still run', () => {
    const folder = folders.get(kind)!;
    expectSafe(folder);
    for (const file of files) {
      const alone = runs.get(committed.find((c) => c.file === file)!)!;
      expect(section(folder.stdout, file), file).toBe(section(alone.stdout, file));
      expect(section(folder.stdout, file), file).not.toBe('');
    }
    const summary = folder.stdout.trimEnd().split('\n').at(-1)!;
    expect(summary).toContain(`(${files.length} test files, `);
    if (refusedCount) expect(summary).toContain(`${refusedCount} test file${refusedCount === 1 ? '' : 's'} could not run (invalid)`);
    else expect(summary).not.toContain('could not run');
    expect(folder.status).toBe(refusedCount ? 3 : failedCount ? 1 : 0);
  });
});

describe('CRLF, BOM and CR-only test files behave like the plain file', () => {
  const same = (kind: string, plain: string, variants: string[]) => {
    const report = (name: string) => section(runs.get(committed.find((c) => c.kind === kind && c.name === name)!)!.stdout, join(TEST_FILES_DIR, kind, `${name}.test.yaml`));
    const expected = report(plain).replaceAll(`/${plain}.test.yaml`, '/X.test.yaml');
    expect(expected).not.toBe('');
    for (const variant of variants) expect(report(variant).replaceAll(`/${variant}.test.yaml`, '/X.test.yaml'), variant).toBe(expected);
  };
  it('passing: the same cases, the same results', () => same('accepted', 'plain', ['crlf', 'bom', 'bom-crlf', 'cr-only']));
  it('broken: the same diagnostics at the same line:col', () =>
    same('line-endings', 'unknown-choice-lf', ['unknown-choice-crlf', 'unknown-choice-bom', 'unknown-choice-bom-crlf', 'unknown-choice-cr-only']));
});

describe('what the messages say', () => {
  const message = (kind: string, name: string) => diagnostics(runs.get(committed.find((c) => c.kind === kind && c.name === name)!)!.stdout)[0]!.message;

  it.each([
    ['empty', 'zero-bytes', 'the file is empty; a test file needs a `cases` list'],
    ['syntax', 'two-documents', "a test file holds one YAML document; remove the second '---' and what follows"],
    ['unknown-key', 'case', "unknown key 'choises' in 'cases.0' (did you mean 'choices'?)"],
    ['dialogue-reference', 'missing-typo', "dialogue file 'minimall.yaml' not found (did you mean 'minimal.yaml'?)"],
    ['dialogue-reference', 'folder', "dialogue 'a-folder.yaml' is a folder; name the dialogue file in it"],
    ['dialogue-reference', 'outside', "dialogue '../../../../../../../../../../etc/passwd' is outside tests/fixtures/hostile/test-files/dialogue-reference/; a test file can only name dialogues in its own library"],
    ['dialogue-reference', 'absolute', "dialogue '/etc/passwd' must be a path relative to this test file, inside tests/fixtures/hostile/test-files/dialogue-reference/"],
    ['dialogue-reference', 'backslashes', "dialogue 'sub\\minimal.yaml' uses '\\'; write paths with '/' so they work everywhere"],
    ['dialogue-reference', 'a-test-file', "dialogue 'self.test.yaml' is a test file; name the dialogue it tests"],
    ['dialogue-reference', 'nul-byte', 'dialogue path contains control characters; name a dialogue file with a plain relative path'],
    ['name-reference', 'unknown-choice', "unknown choice 'shuot' in dialogue 'minimal' (did you mean 'shout'?)"],
    ['case-name', 'same-once-a-file-name', "case name 'Asking, calmly: gets PAID!' is the same as 'asking calmly gets paid' once made a file name; names must be unique"],
    // The key to fix is quoted with its control characters written out, not hidden.
    ['terminal', 'unknown-key', "unknown key '\\u001b[2Jchoises\\u001b]0;t\\u0007' in 'cases.0'"],
    ['terminal', 'clashing-names', "case name '\\u0007asking\\u0008 calmly\\u007f gets paid\\u001b' is the same as 'asking calmly gets paid' once made a file name; names must be unique"],
    ['work-limit', 'many-properties', 'the property cases up to this one may follow 1,020,000 paths together, over the limit of 1,000,000 for one test file; lower max_paths (default 20,000) or split the file'],
  ])('%s/%s', (kind, name, text) => {
    expect(message(kind, name)).toBe(text);
  });

  it('never reads a file outside the library: /etc/passwd is named, not opened', () => {
    const run = runs.get(committed.find((c) => c.name === 'outside')!)!;
    expect(run.stdout).not.toContain('root:');
    expect(run.stdout).not.toContain('dialogue invalid');
  });

  it('a long path is quoted only in part', () => {
    expect(message('dialogue-reference', 'very-long')).toMatch(/^dialogue '(sub\/){20}…' is 1612 characters long; /);
  });

  it('the Markdown report of hostile test files is terminal-safe too', () => {
    expectSafe(markdown);
    expect(markdown.stdout).toContain("unknown key '\\u001b[2Jchoises\\u001b]0;t\\u0007'");
  });
});

describe('limits can be raised for a trusted test file', () => {
  it('--max-bytes', async () => {
    const file = generated.find((c) => c.name === 'just-over')!.file;
    const result = await parleyInProcess(['test', file, '--max-bytes', String(4 * 1024 * 1024)]);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ 3 cases passed/);
    expect(result.status).toBe(0);
  });

  it('--max-line and --max-depth', async () => {
    const long = await parleyInProcess(['test', join(TEST_FILES_DIR, 'long-line', 'long-name.test.yaml'), '--max-line', '20000']);
    // Past the line limit, what is really wrong shows: the name is longer than a case name may be.
    expect(diagnostics(long.stdout).map((d) => d.code)).toEqual(['PAR100']);
    const deep = await parleyInProcess(['test', join(TEST_FILES_DIR, 'deep-nesting', 'just-over-the-limit.test.yaml'), '--max-depth', '100']);
    expect(diagnostics(deep.stdout).map((d) => `${d.code} ${d.message}`)).toEqual(["PAR100 'cases.0.choices.0' must be a string, not a list"]);
  });
});

describe('docs/RELIABILITY.md', () => {
  const rows = reliabilityRows();
  const counts = [
    ...BAD_TEST_FILE_KINDS.map((k) => [k.title, Object.keys(k.cases).length] as const),
    ...Object.values(GENERATED_TEST_FILE_KINDS).map((k) => [k.title, k.cases] as const),
  ];
  it.each(counts)('lists "%s" with its %i cases', (title, count) => {
    expect(rows.get(title)).toBe(String(count));
  });

  it('counts every generated case', () => {
    const listed = Object.values(GENERATED_TEST_FILE_KINDS).reduce((n, k) => n + k.cases, 0);
    expect(generated.length + skippedFifos).toBe(listed);
    for (const [kind, { cases }] of Object.entries(GENERATED_TEST_FILE_KINDS)) expect(generated.filter((c) => c.kind === kind).length).toBeLessThanOrEqual(cases);
  });
});

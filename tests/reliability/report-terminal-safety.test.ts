import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley, type CliResult } from '../helpers/cli.js';
import { expectTerminalSafe, HOSTILE_RAW_DIALOGUE, HOSTILE_TEXT_DIALOGUE, HOSTILE_TEXT_PATHS } from '../helpers/terminal-safety.js';

/**
 * The commands that print what other files recorded: `parley report`,
 * `parley replay --markdown`, `parley test` and `parley list`, given hostile
 * dialogues and transcripts (learner names, titles, lines, flag names with
 * escape sequences in them). Plain and coloured output, stdout and stderr.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-report-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE_LEARNER = 'ana\u001b]0;learner-title\u0007\u001b[2J\u009b5A\u202e';
const COLOR = { FORCE_COLOR: '1', NO_COLOR: undefined };

function expectSafe(result: CliResult, color: boolean): void {
  // CSV ends its rows with CRLF (RFC 4180): a CR right before its LF is harmless.
  expectTerminalSafe(result.stdout.replace(/\r\n/g, '\n'), { allowColor: color });
  expectTerminalSafe(result.stderr, { allowColor: color });
}

/** Runs `args` plain and coloured; both must be safe. Returns the plain run. */
async function safely(args: string[]): Promise<CliResult> {
  const colored = await parley(args, { env: COLOR });
  expectSafe(colored, true);
  const plain = await parley(args);
  expectSafe(plain, false);
  return plain;
}

const sessions = join(tmp, 'sessions');
const dialogues = join(tmp, 'dialogues');

beforeAll(async () => {
  mkdirSync(sessions);
  mkdirSync(dialogues);
  for (const file of [HOSTILE_TEXT_DIALOGUE, HOSTILE_RAW_DIALOGUE]) {
    const copy = join(dialogues, file.split('/').at(-1)!);
    copyFileSync(file, copy);
    for (const path of HOSTILE_TEXT_PATHS) {
      const run = await parley(['run', copy, '-c', path.join(','), '--transcript', `${sessions}/`, '--learner', 'ana']);
      expect(run.status).toBe(0);
    }
  }
  // `run --learner` refuses control characters, but transcripts come from anywhere: the name as a foreign file might carry it.
  for (const file of readdirSync(sessions)) {
    const path = join(sessions, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"learner":"ana"', `"learner":${JSON.stringify(HOSTILE_LEARNER)}`));
  }
  expect((await parley(['run', HOSTILE_TEXT_DIALOGUE, '-c', HOSTILE_TEXT_PATHS[0]!.join(','), '--learner', HOSTILE_LEARNER])).status).toBe(2);
  // A transcript edited by hand: escape sequences where Parley's own writer puts ids and names.
  const [first] = readdirSync(sessions);
  const edited = readFileSync(join(sessions, first!), 'utf8')
    .replaceAll('"learner":"', '"learner":"\\u001b]8;;https://evil.invalid/\\u001b\\\\')
    .replaceAll('"id":"hostile_text"', '"id":"hostile\\u001b[2J_text"')
    .replaceAll('"name":"Paid today"', '"name":"Paid\\u001b]0;t\\u0007 today"')
    .replaceAll('"kind":"success"', '"kind":"success"');
  writeFileSync(join(sessions, 'edited.jsonl'), edited);
  // And one corrupt line, so the warning names a hostile file line too.
  writeFileSync(join(sessions, 'corrupt\u001b[2J.jsonl'), `${edited.split('\n')[0]}\n{"kind":"step\u001b]0;x\u0007"\n`);
}, 60_000);

describe('parley report with hostile transcripts', () => {
  it.each([[[]], [['--markdown']], [['--csv']]] as const)('prints terminal-safe output %j', async (format) => {
    const result = await safely(['report', sessions, ...format]);
    // Exit 1: the corrupt line was skipped.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('ana');
  });
});

describe('parley replay --markdown with hostile transcripts', () => {
  it('prints a terminal-safe review of every recorded session', async () => {
    const files = readdirSync(sessions).filter((f) => !f.startsWith('corrupt'));
    expect(files.length).toBe(5);
    for (const file of files) {
      const result = await safely(['replay', join(sessions, file), '--markdown']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('HostileTitle');
    }
  });

  it('prints a terminal-safe replay and verification, text and failing', async () => {
    for (const file of readdirSync(sessions)) {
      await safely(['replay', join(sessions, file)]);
      await safely(['replay', join(sessions, file), '--verify']);
    }
  });
});

describe('parley test with a hostile dialogue and test file', () => {
  it('prints terminal-safe results, passing and failing, and golden differences', async () => {
    const testFile = join(dialogues, 'hostile.test.yaml');
    writeFileSync(
      testFile,
      [
        'parley_test: 1',
        `dialogue: hostile-text.yaml`,
        'cases:',
        '  - name: "passes\\e]0;case-title\\a"',
        '    choices: [ask, done]',
        '    expect: { outcome: paid_today }',
        '  - name: "fails\\e[2J\\x9b5A"',
        '    choices: [shout]',
        '    expect: { outcome: promise_to_pay, flags: [] }',
        '  - name: "invalid\\e]8;;x\\e\\\\"',
        '    choices: ["\\e[31mnone"]',
        '    expect: { outcome: "nope\\e]8;;x\\e\\\\" }',
        '',
      ].join('\n'),
    );
    const invalid = await safely(['test', testFile]);
    expect(invalid.stdout + invalid.stderr).toContain('PAR100');
    writeFileSync(testFile, readFileSync(testFile, 'utf8').replace(/  - name: "invalid[^]*$/, ''));
    const update = await safely(['test', testFile, '--update']);
    expect(update.status).toBe(1);
    // The recorded golden changed by a stranger: its lines are quoted back in the difference.
    const goldenDir = join(dialogues, '__golden__');
    const golden = readdirSync(goldenDir, { recursive: true }).map(String).find((f) => f.endsWith('.jsonl'))!;
    const path = join(goldenDir, golden);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Can you pay today?', 'Can you pay\\u001b]0;golden\\u0007 now?').replace('"line":"', '"line":"\\u001b[2J'));
    const result = await safely(['test', testFile]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('passes');
    expect(result.stdout + result.stderr).toContain('fails');
  }, 60_000);
});

describe('parley list with hostile dialogues', () => {
  it.each([[[]], [['--markdown']]] as const)('prints a terminal-safe list %j', async (format) => {
    const result = await safely(['list', dialogues, ...format]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('HostileTitle');
  });
});

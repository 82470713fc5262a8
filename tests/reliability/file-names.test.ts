import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parley } from '../helpers/cli.js';
import { expectTerminalSafe } from '../helpers/terminal-safety.js';

/**
 * File names are text from a stranger too (a folder of shared dialogues, a
 * transcript's name): every path any command prints is cleaned like file text,
 * and what slips through a command is cleaned at the last write. JSON and
 * JUnit keep the text but escape C1 and bidi characters, all the same way.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MINIMAL = 'tests/fixtures/hostile/test-files/accepted/minimal.yaml';
/** The name from the issue: an OSC title change, a clear screen, an 8-bit CSI and a right-to-left override. */
export const HOSTILE_NAME = 'ev\u001b]2;PWN\u0007\u001b[2Jil\u009b31m\u202e.yaml';
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'tests'), { recursive: true });
  return dir;
}

const both = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;
let checked = 0;
const safe = (r: { stdout: string; stderr: string }, allowColor = false) => {
  checked++;
  expectTerminalSafe(r.stdout, { allowColor });
  expectTerminalSafe(r.stderr, { allowColor });
};

describe('file names cannot take over the terminal', () => {
  it('parley test: "no test file for …" and the file heading are cleaned', async () => {
    const dir = folder('untested');
    cpSync(MINIMAL, join(dir, HOSTILE_NAME));
    const untested = await parley(['test', dir]);
    expect(untested.status).toBe(2);
    expect(untested.stderr).toContain(`no test file for ${join(dir, 'evil.yaml')}`);
    safe(untested);

    writeFileSync(join(dir, 'tests', HOSTILE_NAME.replace(/\.yaml$/, '.test.yaml')), 'cases:\n  - name: ask\n    choices: [ask]\n');
    for (const colour of [{}, { FORCE_COLOR: '1', NO_COLOR: undefined }]) {
      const tested = await parley(['test', dir], { env: colour });
      expect(tested.status, both(tested)).toBe(0);
      expect(tested.stdout).toContain(join(dir, 'tests', 'evil.test.yaml'));
      safe(tested, 'FORCE_COLOR' in colour);
    }
  });

  it('every command that lists or names files cleans the name', async () => {
    const dir = folder('every-command');
    cpSync(MINIMAL, join(dir, HOSTILE_NAME));
    const file = join(dir, HOSTILE_NAME);
    const sessions = join(dir, 'sessions');
    mkdirSync(sessions);
    expect((await parley(['run', file, '--choices', 'ask', '--transcript', sessions])).status).toBe(0);
    const transcript = join(sessions, readdirSync(sessions)[0]!);
    for (const args of [
      ['validate', dir],
      ['validate', file, '--json'],
      ['analyze', dir],
      ['lint', dir],
      ['lint', dir, '--json'],
      ['list', dir],
      ['list', dir, '--json'],
      ['coverage', file],
      ['graph', file],
      ['matrix', dir],
      ['run', file, '--choices', 'ask'],
      ['replay', transcript],
      ['report', sessions],
      ['test', join(dir, 'nothing', HOSTILE_NAME)],
      ['play', file],
      ['diff', file, MINIMAL],
    ]) {
      const result = await parley(args);
      expect(result.stderr, args.join(' ')).not.toContain('internal error');
      safe(result);
    }
  });

  it("commander's own errors write the argument's control characters out", async () => {
    for (const args of [
      ['validate', '--max-bytes', '\u001b]2;x\u0007'],
      ['run', MINIMAL, '--mode', '\u001b[2J\u009b31m'],
      ['\u001b]0;cmd\u0007'],
      ['list', '--\u001b[2Jnope'],
    ]) {
      const result = await parley(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/\\u001b/);
      safe(result);
    }
  });
});

describe('--json and JUnit escape C1 and bidi characters the same way everywhere', async () => {
  const dir = folder('json');
  const text = 'a\u009b31mb\u009cc\u009d0;t\u0007d\u202ee\u0085';
  const file = join(dir, `t\u009b\u202e.yaml`);
  writeFileSync(file, readFileSync(MINIMAL, 'utf8').replace('title: Minimal', `title: ${JSON.stringify(text)}`).replace('line: "Okay."', `line: ${JSON.stringify(text)}`).replace('Pay up, deadbeat.', 'Pay up or you will be arrested.'));
  writeFileSync(join(dir, 'tests', `t\u009b\u202e.test.yaml`), `cases:\n  - name: ${JSON.stringify(text)}\n    choices: [ask]\n  - name: fails\n    choices: [shout]\n    expect: { outcome: paid_today, score: { min: 999 } }\n`);
  const sessions = join(dir, 'sessions');
  mkdirSync(sessions);
  await parley(['run', file, '--choices', 'ask', '--transcript', sessions]);

  it.each([
    ['list', ['list', dir, '--json']],
    ['graph', ['graph', file, '--json']],
    ['report', ['report', sessions, '--json']],
    ['report --xapi', ['report', sessions, '--xapi']],
    ['test --reporter json', ['test', dir, '--reporter', 'json']],
    ['lint --json', ['lint', dir, '--json']],
    ['run --json', ['run', file, '--choices', 'ask', '--json']],
    ['validate --json', ['validate', file, '--json']],
  ])('%s: no raw C1 or bidi character, and the JSON parses back to the text', async (_name, args) => {
    const result = await parley(args);
    expect(result.stdout).not.toMatch(RAW_UNSAFE);
    expect(result.stdout).toMatch(/\\u009b/);
    JSON.parse(result.stdout);
    if (!args.includes('validate') && !args.includes('lint')) expect(result.stdout).toMatch(/\\u202e/);
    safe(result);
  });

  it('JUnit XML holds them as character references', async () => {
    const result = await parley(['test', dir, '--reporter', 'junit']);
    expect(result.stdout).not.toMatch(RAW_UNSAFE);
    expect(result.stdout).toContain('&#x009b;');
    expect(result.stdout).toContain('&#x202e;');
    safe(result);
  });
});

describe('property: no name and no text reaches the terminal raw', () => {
  // Controls, escapes, bidi, C1 and ordinary characters, in any mix.
  const unit = fc.constantFrom('\u001b', '\u0007', '\u009b', '\u009c', '\u009d', '\u0090', '\u202e', '\u2066', '\u0085', '\u007f', '\r', '\t', '[', ']', ';', '2', 'J', 'm', 'a', 'é', ' ', '\\', '"');
  const name = fc.array(unit, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('').replace(/[\s"\\]+$/, ''));
  const text = fc.array(unit, { minLength: 0, maxLength: 24 }).map((cs) => cs.join(''));
  const runs = Number(process.env.PARLEY_FC_RUNS ?? 12);

  it(`holds for ${runs} generated names and texts over validate, test, list, run, replay and report`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(name, text, async (base, body) => {
        const dir = folder(`prop-${n++}`);
        const fileName = `${base}.yaml`;
        const file = join(dir, fileName);
        writeFileSync(file, readFileSync(MINIMAL, 'utf8').replace('title: Minimal', `title: ${JSON.stringify(body)}`).replace('line: "Hello?"', `line: ${JSON.stringify(body)}`));
        writeFileSync(join(dir, 'tests', `${base}.test.yaml`), `cases:\n  - name: ${JSON.stringify(body || 'x')}\n    choices: [shout]\n    expect: { outcome: nope }\n`);
        const sessions = join(dir, 's');
        mkdirSync(sessions);
        const runs = [
          await parley(['validate', dir]),
          await parley(['test', dir]),
          await parley(['test', dir, '--reporter', 'json']),
          await parley(['test', dir, '--reporter', 'junit']),
          await parley(['list', dir]),
          await parley(['list', dir, '--json']),
          await parley(['run', file, '--choices', 'ask', '--transcript', sessions]),
        ];
        const transcript = readdirSync(sessions)[0];
        if (transcript) runs.push(await parley(['replay', join(sessions, transcript)]), await parley(['report', sessions, '--json']), await parley(['report', sessions]));
        for (const r of runs) safe(r);
      }),
      { numRuns: runs, seed: process.env.PARLEY_FC_SEED ? Number(process.env.PARLEY_FC_SEED) : undefined },
    );
    console.log(`reliability: file names and texts: ${checked} command outputs checked terminal-safe (${runs} generated names and texts)`);
  }, 240_000);
});

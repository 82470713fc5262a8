import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interactiveParley, type RunningParley } from '../helpers/cli-async.js';
import { readTranscriptText } from '../helpers/transcripts.js';

/**
 * Nothing lost: `parley run --script -` takes its choices from a pipe kept
 * open, so a test can stop it mid-session with a real signal and then read
 * what is on disk.
 */

// A frozen copy: the shipped roleplay's content changes, and these tests press choices by position.
const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'parley-signals-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts a run that writes `transcript`, and plays `choices` one at a time, each confirmed by its printed step. */
async function runMidSession(transcript: string, choices: readonly string[]): Promise<RunningParley> {
  const run = interactiveParley(['run', AWAY, '--script', '-', '--transcript', transcript, '--seed', '3', '--learner', 'ana']);
  await run.waitFor(/Yeah, hello\?/);
  for (const [i, choice] of choices.entries()) {
    run.child.stdin.write(`${choice}\n`);
    // The step is printed after its transcript line is written and flushed.
    await run.waitFor(new RegExp(`\\[${i + 1}\\] You \\(${choice}\\)`));
  }
  return run;
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('%s mid-session', (signal, code) => {
  it(`exits ${code} and leaves a readable transcript marked unfinished, with the reason`, async () => {
    const file = join(tmp, `${signal}.jsonl`);
    const run = await runMidSession(file, ['identify', 'disclose_and_ask']);
    run.child.kill(signal);
    const { status } = await run.exited;
    expect(status).toBe(code);
    expect(run.stderr()).toContain(`interrupted by ${signal} after 2 turns; transcript kept in ${file} (unfinished)`);

    const written = lines(file);
    expect(written.map((l) => l.kind)).toEqual(['header', 'step', 'step', 'end']);
    expect(written[3]).toMatchObject({ kind: 'end', finished: false, reason: `interrupted by ${signal}`, debrief: { turns: 2, finished: false } });
    const read = readTranscriptText(readFileSync(file, 'utf8'));
    expect(read.integrity).toEqual([]);
    expect(read.end?.finished).toBe(false);
    expect(read.choices).toEqual(['identify', 'disclose_and_ask']);
  }, 60_000);
});

describe('SIGKILL mid-session', () => {
  it('cannot be caught, but every step written before it is intact', async () => {
    const file = join(tmp, 'SIGKILL.jsonl');
    const run = await runMidSession(file, ['identify', 'disclose_and_ask', 'ask_why']);
    run.child.kill('SIGKILL');
    const { signal } = await run.exited;
    expect(signal).toBe('SIGKILL');

    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines(file).map((l) => l.kind)).toEqual(['header', 'step', 'step', 'step']);
    const read = readTranscriptText(text);
    expect(read.skipped).toEqual([]);
    expect(read.integrity.map((p) => p.message)).toEqual(['no end line: the session was interrupted, or the file was truncated after this line']);
    expect(read.end).toBeUndefined();
    expect(read.header).toMatchObject({ learner: 'ana', seed: 3, dialogue: { id: 'away-on-business' } });
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
  }, 60_000);
});

describe('other early ends', () => {
  it('stdin closing before the dialogue ends finishes the transcript normally, as unfinished', async () => {
    const file = join(tmp, 'eof.jsonl');
    const run = await runMidSession(file, ['identify']);
    run.child.stdin.end();
    expect((await run.exited).status).toBe(0);
    expect(lines(file).at(-1)).toMatchObject({ kind: 'end', finished: false });
  }, 60_000);

  it('a reader closing the output pipe still gets the transcript its end line', async () => {
    const file = join(tmp, 'epipe.jsonl');
    const run = await runMidSession(file, ['identify']);
    run.child.stdout.destroy();
    run.child.stdin.write('disclose_and_ask\n');
    run.child.stdin.write('ask_why\n');
    await run.exited;
    expect(lines(file).at(-1)).toMatchObject({ kind: 'end', finished: false, reason: 'exited before the run finished' });
  }, 60_000);
});

describe('two runs at once', () => {
  it('writing to the same folder never share a file', async () => {
    const folder = join(tmp, 'shared');
    mkdirSync(folder);
    const a = await runMidSession(folder, ['identify']);
    const b = await runMidSession(`${folder}/`, ['identify']);
    for (const [run, choice] of [[a, 'disclose_and_ask'], [b, 'fake_lawyer']] as const) {
      run.child.stdin.end(`${choice}\n`);
      await run.exited;
    }
    const files = readdirSync(folder);
    expect(files).toHaveLength(2);
    const paths = [a, b].map((run) => /transcript: (.+)/.exec(run.stderr())![1]!);
    expect(new Set(paths).size).toBe(2);
    const choices = files.map((f) => readTranscriptText(readFileSync(join(folder, f), 'utf8')).choices).sort();
    expect(choices).toEqual([['identify', 'disclose_and_ask'], ['identify', 'fake_lawyer']]);
  }, 60_000);

  it('naming the same file: the second run is refused and the first keeps its file', async () => {
    const file = join(tmp, 'taken.jsonl');
    const first = await runMidSession(file, ['identify']);
    const second = interactiveParley(['run', AWAY, '-c', 'identify', '--transcript', file]);
    second.child.stdin.end();
    expect((await second.exited).status).toBe(1);
    expect(second.stderr()).toContain(`parley run: transcript ${file} already exists; give another file name, or a folder to get a fresh file in it`);
    first.child.stdin.end('disclose_and_ask\n');
    await first.exited;
    expect(readTranscriptText(readFileSync(file, 'utf8')).choices).toEqual(['identify', 'disclose_and_ask']);
  }, 60_000);

  it('an existing file given as the transcript is never overwritten', async () => {
    const file = join(tmp, 'precious.jsonl');
    writeFileSync(file, 'keep me\n');
    const run = interactiveParley(['run', AWAY, '-c', 'identify', '--transcript', file]);
    run.child.stdin.end();
    expect((await run.exited).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  }, 60_000);
});

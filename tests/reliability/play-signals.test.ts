import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptText } from '../helpers/transcripts.js';
import { hasTmux, tmuxServer } from '../helpers/tmux.js';

/**
 * Nothing lost in `parley play`: the real TUI in tmux, stopped mid-session by
 * a signal sent to its process, then what is on disk. SIGKILL cannot be
 * caught, so its transcript has no end line, and `play --resume` continues it.
 */
if (!hasTmux) console.warn('tmux is not installed: skipping the `parley play` signal tests');

const CARD = 'tests/fixtures/play/overdue-card.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'parley-play-signals-'));
const server = hasTmux ? tmuxServer() : undefined;
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const fileIn = (directory: string) => join(directory, readdirSync(directory)[0]!);
const stepsIn = (directory: string) =>
  readdirSync(directory).length ? readTranscriptText(readFileSync(fileIn(directory), 'utf8')).events.filter((e) => e.kind === 'step').length : 0;

/** Plays two turns of the test dialogue in window `name`, each confirmed on disk; returns the transcripts folder. */
async function twoTurnsIn(name: string): Promise<string> {
  const t = server!;
  const directory = mkdtempSync(join(tmp, `${name}-`));
  t.open(name, ['play', CARD, '--seed', '5', '--transcripts', directory, '--learner', 'ana']);
  await t.waitForScreen(name, 'Lena Park: “Hello?”');
  for (const steps of [1, 2]) {
    t.keys(name, '1');
    await t.until(`step ${steps}`, () => stepsIn(directory) === steps);
  }
  return directory;
}

/** Every line on disk must be a whole JSON line. */
const jsonLines = (file: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as { kind: string });
};

describe.skipIf(!hasTmux)('parley play stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s: exits %i, and the transcript ends with finished: false and the reason', async (signal, code) => {
    const t = server!;
    const name = signal.toLowerCase();
    const directory = await twoTurnsIn(name);
    process.kill(t.pid(name), signal);
    await t.waitForScreen(name, `exit=${code}`);

    const file = fileIn(directory);
    expect(jsonLines(file).map((l) => l.kind)).toEqual(['header', 'step', 'step', 'end']);
    const read = readTranscriptText(readFileSync(file, 'utf8'));
    expect(read.integrity).toEqual([]);
    expect(read.end).toMatchObject({ finished: false, reason: `interrupted by ${signal}`, debrief: { turns: 2, finished: false } });
    expect(read.choices).toEqual(['introduce', 'ask_today']);
  }, 60_000);

  it('SIGKILL: every step written before it is intact, and play --resume continues the session', async () => {
    const t = server!;
    const directory = await twoTurnsIn('kill');
    process.kill(t.pid('kill'), 'SIGKILL');
    await t.waitForScreen('kill', 'exit=137');

    const file = fileIn(directory);
    expect(jsonLines(file).map((l) => l.kind)).toEqual(['header', 'step', 'step']);
    const read = readTranscriptText(readFileSync(file, 'utf8'));
    expect(read.skipped).toEqual([]);
    expect(read.end).toBeUndefined();
    expect(read.choices).toEqual(['introduce', 'ask_today']);

    const resumedInto = mkdtempSync(join(tmp, 'resumed-'));
    t.open('resume', ['play', '--resume', file, '--transcripts', resumedInto]);
    const resumed = await t.waitForScreen('resume', 'Resumed after 2 recorded turns.');
    expect(resumed).toContain("I'll pay it tomorrow, I promise.");
    await t.until('the replayed steps', () => stepsIn(resumedInto) === 2);
    t.keys('resume', '1');
    await t.until('a third step', () => stepsIn(resumedInto) === 3);
    await t.waitForScreen('resume', 'The conversation is over.');
    t.keys('resume', 'q');
    await t.waitForScreen('resume', 'exit=0');

    const continued = readTranscriptText(readFileSync(fileIn(resumedInto), 'utf8'));
    expect(continued.header).toMatchObject({ resumedFrom: file, seed: 5, learner: 'ana' });
    expect(continued.choices.slice(0, 2)).toEqual(['introduce', 'ask_today']);
    expect(continued.choices).toHaveLength(3);
    // The third reply ends the dialogue: the killed session was played to its end.
    expect(continued.end).toMatchObject({ finished: true, debrief: { turns: 3 } });
    // The killed transcript itself is left as it was.
    expect(jsonLines(file)).toHaveLength(3);
  }, 60_000);
});

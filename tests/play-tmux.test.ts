import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../src/transcript/transcript-format.js';
import { ROOT } from './helpers/cli.js';

/**
 * The real `parley play` in a real terminal: tmux runs it in a detached
 * 100×40 window, send-keys types, capture-pane reads the screen.
 */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('tmux is not installed: skipping the end-to-end `parley play` test');

const socket = `parley-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** Starts a command in a fresh window; the window stays open after it exits so its last words can be read. */
function open(window: string, args: string[], env = 'env -u CI NO_COLOR=1'): void {
  const command = `cd ${quote(ROOT)} && ${env} ${quote(process.execPath)} bin/parley ${args.map(quote).join(' ')}; echo "exit=$?"; exec sleep 600`;
  if (spawnSync('tmux', ['-L', socket, 'has-session'], { stdio: 'ignore' }).status === 0) tmux('new-window', '-d', '-n', window, command);
  else tmux('new-session', '-d', '-s', 'play', '-n', window, '-x', '100', '-y', '40', command);
}

const screen = (window: string) => tmux('capture-pane', '-p', '-t', `play:${window}`);

/** Waits for the program to get somewhere (a screen text, a transcript line), giving up with what the screens show. */
async function until<T>(what: string, check: () => T | undefined | false): Promise<T> {
  const giveUp = Date.now() + 20_000;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}; screen:\n${tmux('capture-pane', '-p')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const waitForScreen = (window: string, text: string) => until(`'${text}' on screen`, () => screen(window).includes(text) && screen(window));

function transcript(directory: string): TranscriptLine[] {
  const [file] = readdirSync(directory);
  if (!file) return [];
  return readFileSync(join(directory, file), 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as TranscriptLine);
}
const stepCount = (directory: string) => transcript(directory).filter((l) => l.kind === 'step').length;

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
});

describe.skipIf(!hasTmux)('parley play in tmux', () => {
  it(
    'plays a whole session from the keyboard, shows the debrief and leaves a finished transcript',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
      open('full', ['play', 'dialogues/away-on-business.yaml', '--seed', '1', '--transcripts', directory, '--learner', 'e2e']);
      await waitForScreen('full', 'Martin Hale: “Yeah, hello? Who\'s this?”');

      // identify, disclose_and_ask, tell_family (flagged), undo, ask_why, pros_cons, pin_down, no_card_details, confirm
      const keys: Array<[key: string, steps: number]> = [['1', 1], ['Enter', 2], ['3', 3]];
      for (const [key, steps] of keys) {
        tmux('send-keys', '-t', 'play:full', key);
        await until(`step ${steps}`, () => stepCount(directory) === steps);
      }
      const flagged = await waitForScreen('full', '!! VIOLATION !! Disclosing the debt to others');
      expect(flagged).toContain('Rule: FDCPA 15 U.S.C. 1692c(b)');
      expect(flagged).toContain('Better: Offer payment channels he can use himself from where he is.');

      tmux('send-keys', '-t', 'play:full', 'u');
      await waitForScreen('full', 'Took back turn 3.');
      tmux('send-keys', '-t', 'play:full', 'Down', 'Enter');
      await until('ask_why', () => stepCount(directory) === 4);
      for (const [index, key] of ['1', '1', '1', '1'].entries()) {
        tmux('send-keys', '-t', 'play:full', key);
        await until(`step ${5 + index}`, () => stepCount(directory) === 5 + index);
      }
      await waitForScreen('full', 'The conversation is over. Outcome: Promise to pay');
      tmux('send-keys', '-t', 'play:full', 'Enter');
      const debrief = await waitForScreen('full', 'Score: 90/100');
      expect(debrief).toContain('Debrief · Away on business');
      expect(debrief).toMatch(/\[x\] Understand the reason \(turn 3\)/);
      expect(debrief).toMatch(/Flags\s+none/);

      tmux('send-keys', '-t', 'play:full', 'q');
      const after = await waitForScreen('full', 'exit=0');
      expect(after.replace(/\n/g, '')).toMatch(/Transcript saved to .*\.jsonl \(score 90\/100\)/);
      const lines = transcript(directory);
      expect(lines[0]).toMatchObject({ kind: 'header', learner: 'e2e', source: 'play', seed: 1 });
      expect(lines.filter((l) => l.kind === 'undo')).toHaveLength(1);
      expect(lines.at(-1)).toMatchObject({ kind: 'end', finished: true, debrief: { score: { total: 90 } } });
    },
    60_000,
  );

  it(
    'saves an unfinished transcript on Ctrl-C, resumes it, and closes it on SIGTERM',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
      open('quit', ['play', 'tests/fixtures/play/overdue-card.yaml', '--seed', '5', '--transcripts', directory]);
      await waitForScreen('quit', 'Lena Park: “Hello?”');
      tmux('send-keys', '-t', 'play:quit', '1');
      await until('step 1', () => stepCount(directory) === 1);
      tmux('send-keys', '-t', 'play:quit', 'C-c');
      const quit = await waitForScreen('quit', 'exit=0');
      expect(quit).toContain('Continue with: parley play --resume');
      const [file] = readdirSync(directory);
      expect(transcript(directory).at(-1)).toMatchObject({ kind: 'end', finished: false, reason: 'interrupted (Ctrl-C)' });

      const resumedInto = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
      open('resume', ['play', '--resume', join(directory, file!), '--transcripts', resumedInto]);
      const resumed = await waitForScreen('resume', 'Resumed after 1 recorded turn.');
      expect(resumed).toContain('You (turn 1): “Hi, this is Sam from Ridgeline Recovery.');
      await until('the resumed transcript', () => stepCount(resumedInto) === 1);
      const pane = tmux('display-message', '-p', '-t', 'play:resume', '#{pane_pid}').trim();
      const node = execFileSync('pgrep', ['-P', pane], { encoding: 'utf8' }).trim();
      process.kill(Number(node), 'SIGTERM');
      const stopped = await waitForScreen('resume', 'exit=143');
      expect(stopped).toContain('Transcript saved (unfinished)');
      expect(transcript(resumedInto).at(-1)).toMatchObject({ kind: 'end', finished: false, reason: 'SIGTERM' });
    },
    60_000,
  );

  it('says it needs a terminal under CI instead of waiting for keys', async () => {
    open('ci', ['play', 'dialogues/away-on-business.yaml'], 'env CI=true');
    const shown = await waitForScreen('ci', 'exit=2');
    expect(shown).toContain('parley play needs an interactive terminal');
  }, 30_000);
});

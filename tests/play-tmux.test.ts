import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../src/transcript/transcript-format.js';
import { hasTmux, tmuxServer } from './helpers/tmux.js';

/**
 * The real `parley play` in a real terminal: tmux runs it in a detached
 * 100×40 window, send-keys types, capture-pane reads the screen.
 */
if (!hasTmux) console.warn('tmux is not installed: skipping the end-to-end `parley play` test');

const server = hasTmux ? tmuxServer() : undefined;
const tmux = (...args: string[]) => server!.tmux(...args);
const open = (window: string, args: string[], env?: string) => server!.open(window, args, env);
const until = <T,>(what: string, check: () => T | undefined | false) => server!.until(what, check);
const waitForScreen = (window: string, text: string) => server!.waitForScreen(window, text);

function transcript(directory: string): TranscriptLine[] {
  const [file] = readdirSync(directory);
  if (!file) return [];
  return readFileSync(join(directory, file), 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as TranscriptLine);
}
const stepCount = (directory: string) => transcript(directory).filter((l) => l.kind === 'step').length;

afterAll(() => server?.close());

describe.skipIf(!hasTmux)('parley play in tmux', () => {
  it(
    'plays a whole session from the keyboard, shows the debrief and leaves a finished transcript',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
      open('full', ['play', 'tests/fixtures/frozen/away-on-business.yaml', '--seed', '1', '--transcripts', directory, '--learner', 'e2e']);
      await waitForScreen('full', 'Martin Hale: “Yeah, hello? Who\'s this?”');

      // identify, disclose_and_ask, tell_family (flagged), undo, ask_why, ask_specific, pros_cons, pin_down, no_card_details, confirm
      const keys: Array<[key: string, steps: number]> = [['1', 1], ['Enter', 2], ['3', 3]];
      for (const [key, steps] of keys) {
        tmux('send-keys', '-t', 'parley:full', key);
        await until(`step ${steps}`, () => stepCount(directory) === steps);
      }
      // The conversation window settles on the banner once it has measured the new turn: wait for its last field.
      const flagged = await waitForScreen('full', 'Better: Offer payment channels');
      expect(flagged).toContain('!! COERCIVE !! Pressure to borrow or involve family');
      expect(flagged).toMatch(/Rule: \S/);
      expect(flagged).toContain('Better: Offer payment channels he can use himself from where he is');

      tmux('send-keys', '-t', 'parley:full', 'u');
      await waitForScreen('full', 'Took back turn 3.');
      tmux('send-keys', '-t', 'parley:full', 'Down', 'Enter');
      await until('ask_why', () => stepCount(directory) === 4);
      for (const [index, key] of ['1', '1', '1', '1', '1'].entries()) {
        tmux('send-keys', '-t', 'parley:full', key);
        await until(`step ${5 + index}`, () => stepCount(directory) === 5 + index);
      }
      await waitForScreen('full', 'The conversation is over. Outcome: Promise to pay');
      tmux('send-keys', '-t', 'parley:full', 'Enter');
      const debrief = await waitForScreen('full', 'Score: 90/100');
      expect(debrief).toContain('Debrief · Away on business');
      expect(debrief).toMatch(/\[x\] Understand the reason \(turn 4\)/);
      expect(debrief).toMatch(/Flags\s+none/);

      tmux('send-keys', '-t', 'parley:full', 'q');
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
      tmux('send-keys', '-t', 'parley:quit', '1');
      await until('step 1', () => stepCount(directory) === 1);
      tmux('send-keys', '-t', 'parley:quit', 'C-c');
      // Ctrl-C exits as an interrupted program does; the hint is the command as it can be typed here.
      const quit = await waitForScreen('quit', 'exit=130');
      expect(quit).toMatch(/Continue with: (npx parley|parley|node \S*bin\/parley) play --resume /);
      const [file] = readdirSync(directory);
      expect(transcript(directory).at(-1)).toMatchObject({ kind: 'end', finished: false, reason: 'interrupted (Ctrl-C)' });

      const resumedInto = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
      open('resume', ['play', '--resume', join(directory, file!), '--transcripts', resumedInto]);
      const resumed = await waitForScreen('resume', 'Resumed after 1 recorded turn.');
      expect(resumed).toContain('You (turn 1): “Hi, this is Sam from Ridgeline Recovery.');
      await until('the resumed transcript', () => stepCount(resumedInto) === 1);
      const pane = tmux('display-message', '-p', '-t', 'parley:resume', '#{pane_pid}').trim();
      const node = execFileSync('pgrep', ['-P', pane], { encoding: 'utf8' }).trim();
      process.kill(Number(node), 'SIGTERM');
      const stopped = await waitForScreen('resume', 'exit=143');
      expect(stopped).toContain('Transcript saved (unfinished)');
      expect(transcript(resumedInto).at(-1)).toMatchObject({ kind: 'end', finished: false, reason: 'interrupted by SIGTERM' });
    },
    60_000,
  );

  it('says it needs a terminal under CI instead of waiting for keys', async () => {
    open('ci', ['play', 'dialogues/away-on-business.yaml'], 'env CI=true');
    const shown = await waitForScreen('ci', 'exit=2');
    expect(shown).toContain('parley play needs an interactive terminal');
  }, 30_000);
});

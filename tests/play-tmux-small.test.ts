import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../src/tui/ui-strings.js';
import { displayWidth } from './helpers/display-width.js';
import { hasTmux, tmuxServer } from './helpers/tmux.js';

/**
 * `parley play` in a real 80×24 terminal that the learner then resizes: the
 * screen is laid out again for each size, the key bar stays whole on the last
 * row, and nothing of the previous layout is left behind.
 */
const server = hasTmux ? tmuxServer({ columns: 80, rows: 24 }) : undefined;
afterAll(() => server?.close());

const t = UI_STRINGS.en;
const playKeys = [`u ${t.keys.undo[0]}`, `? ${t.keys.help[0]}`, `q ${t.keys.quit[0]}`];

/** How many replies the session's transcript has recorded so far. */
function stepCount(directory: string): number {
  const [file] = readdirSync(directory);
  return file ? readFileSync(join(directory, file), 'utf8').split('\n').filter((line) => line.includes('"kind":"step"')).length : 0;
}

/** The rows tmux shows, with the blank rows below the program's output left out. */
function rows(screen: string): string[] {
  const lines = screen.split('\n');
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines;
}

/**
 * Waits until the screen is laid out for `columns` and has stopped changing: the
 * header's rule spans the terminal, the key bar is whole on its last rows, no
 * row is wider than the terminal. (The first frame after a resize is drawn
 * before the scrolling window has measured the new layout; the next one is what stays.)
 */
async function settledAt(window: string, columns: number, height: number): Promise<string[]> {
  let previous = '';
  return server!.until(`a settled ${columns}×${height} layout`, () => {
    const screen = server!.screen(window);
    const steady = screen === previous;
    previous = screen;
    const shown = rows(screen);
    const keyBar = shown.slice(-2).join(' · ');
    const ruled = shown.some((line) => /^─+$/.test(line) && displayWidth(line) === columns);
    const laidOut = ruled && shown.length <= height && playKeys.every((key) => keyBar.includes(key)) && shown.every((line) => displayWidth(line) <= columns);
    return steady && laidOut && shown;
  }, 300);
}

describe.skipIf(!hasTmux)('parley play in an 80×24 terminal, resized', () => {
  it('keeps the key bar whole and the flag readable at 80×24, and lays the screen out again at 100×32 and 60×20', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parley-tmux-'));
    server!.open('small', ['play', 'tests/fixtures/frozen/away-on-business.yaml', '--seed', '1', '--transcripts', directory]);
    await server!.waitForScreen('small', 'Martin Hale: “Yeah, hello?');
    // identify, disclose_and_ask, then tell_family: the flagged reply.
    for (const [index, key] of ['1', '1', '3'].entries()) {
      server!.keys('small', key);
      await server!.until(`step ${index + 1}`, () => stepCount(directory) === index + 1);
    }
    await server!.waitForScreen('small', '!! COERCIVE !!');
    const small = await settledAt('small', 80, 24);
    expect(small.join('\n')).toContain('Pressure to borrow or involve family');

    // The banner's last field may be below the fold at 80×24: it is reachable by scrolling, marked as such.
    const flagText = () => server!.screen('small').replace(/\s+/g, ' ');
    if (!flagText().includes('Better: Offer payment channels')) {
      expect(flagText()).toContain(t.moreBelow);
      for (let i = 0; i < 6 && !flagText().includes('Better: Offer payment channels'); i++) {
        server!.keys('small', 'PageDown');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    expect(flagText()).toContain('Better: Offer payment channels he can use himself');
    await settledAt('small', 80, 24);

    server!.resize('small', 100, 32);
    const wide = await settledAt('small', 100, 32);
    // One header, drawn once: a resize leaves no copy of the old frame behind.
    expect(wide.filter((line) => line.includes('Away on business')).length).toBe(1);
    expect(wide.filter((line) => line.includes(playKeys[0]!)).length).toBe(1);

    server!.resize('small', 60, 20);
    const narrow = await settledAt('small', 60, 20);
    expect(narrow.filter((line) => line.includes('Away on business')).length).toBe(1);
    // The window rests on the newest turn; what does not fit is marked, not dropped.
    expect(narrow.join('\n')).toContain('Martin Hale: “Whoa, leave my wife out of this.');
    expect(narrow).toContain(t.moreBelow);

    // Still playable after the resizes: undo takes the flagged reply back.
    server!.keys('small', 'u');
    await server!.waitForScreen('small', 'Took back turn 3.');
  }, 60_000);
});

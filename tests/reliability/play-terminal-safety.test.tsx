import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, playApp } from '../helpers/play-app.js';
import { expectTerminalSafe, HOSTILE_RAW_DIALOGUE, HOSTILE_TEXT_DIALOGUE, HOSTILE_TEXT_PATHS } from '../helpers/terminal-safety.js';

/**
 * Every frame `parley play` draws for the hostile dialogues: the menu, each
 * turn (title, names, scene, speaker, lines, choices), the flag banner
 * (feedback, better), help, and the debrief. Only ink's own colours may reach
 * the terminal.
 */

afterEach(() => cleanup());

// Choice numbers for HOSTILE_TEXT_PATHS: ask is 1 and shout 2 at the start; done is 1.
const KEYS: Record<string, string> = { ask: '1', shout: '2', done: '1' };

// The fixture's own SGR sequences (conceal, blink): a colour code, but not one Parley draws.
const FIXTURE_SGR = /\u001b\[(?:8|31;5)m/;

/** Without colour nothing may reach the terminal; with it, only Parley's own colours. */
const checkFrames = (frames: readonly string[], color: boolean) => {
  expect(frames.length).toBeGreaterThan(0);
  for (const frame of frames) {
    expectTerminalSafe(frame, { allowColor: color });
    expect(frame).not.toMatch(FIXTURE_SGR);
  }
};

describe.each([HOSTILE_TEXT_DIALOGUE, HOSTILE_RAW_DIALOGUE])('parley play %s', (file) => {
  describe.each([true, false])('colour %s', (color) => {
    it.each(HOSTILE_TEXT_PATHS.map((path) => [path.join(' → '), path] as const))('every frame along %s is terminal-safe', async (_, path) => {
      const app = playApp({ file, color });
      await app.press('?', KEY.escape, 'e', KEY.escape);
      for (const choice of path) await app.press(KEYS[choice]!);
      const lastTurn = app.frames.join('\n');
      await app.press(KEY.enter, KEY.pageUp);
      const all = app.frames.join('\n');
      checkFrames(app.frames, color);

      // The texts are there, only their control sequences are gone.
      for (const text of ['HostileTitle', 'Dana Click me', 'The phone rings.', 'Voice desrever isolated', 'Can you pay today?hidden', 'Pay up.', 'Bye']) {
        expect(all.replace(/\u001b\[[0-9;]*m/g, '')).toContain(text);
      }
      if (path[0] === 'shout') {
        for (const text of ['Ask calmly.', 'Blinking']) expect(lastTurn.replace(/\u001b\[[0-9;]*m/g, '')).toContain(text);
      } else {
        for (const text of ['Okay', 'Thanks', 'Good.']) expect(all.replace(/\u001b\[[0-9;]*m/g, '')).toContain(text);
      }
      expect(app.screen().replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Debrief · HostileTitle/);
    });
  });

  it('the menu that lists it is terminal-safe', async () => {
    const app = playApp({ library: [file], color: true });
    await app.press(KEY.down, KEY.up);
    checkFrames(app.frames, true);
    expect(app.screen().replace(/\u001b\[[0-9;]*m/g, '')).toContain('HostileTitle');
  });
});

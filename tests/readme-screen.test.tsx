import { readFileSync } from 'node:fs';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, playApp } from './helpers/play-app.js';

afterEach(() => cleanup());

/** The README's screen capture is what `parley play` draws at 80×24 for the keys its caption names. */
describe("the README's screen capture", () => {
  it('is the play screen at 80×24 after replies 1, 1, 3 and one PgDn (seed 7)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /in an 80×24\s+terminal[\s\S]*?```text\n([\s\S]*?)\n```/.exec(readme);
    expect(block, 'the README shows an 80×24 capture').not.toBeNull();
    const app = playApp({ file: 'dialogues/away-on-business.yaml', seed: 7, columns: 80, rows: 24 });
    await app.press('1', '1', '3', KEY.pageDown);
    const drawn = app
      .screen()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trimEnd();
    expect(drawn).toBe(block![1]);
  });
});

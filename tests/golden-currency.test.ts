import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shipped golden transcripts are recorded against the dialogues as they
 * are now: after an edit to a dialogue (new examples, a reworded line) they
 * are refreshed with `parley test dialogues/ --update`, so that
 * `parley replay <golden> --verify`, which a trainer may run, says verified.
 */
describe('the golden transcripts in dialogues/tests/', () => {
  const goldens = readdirSync('dialogues/tests/__golden__', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .map((entry) => join(entry.parentPath, entry.name));

  it('record the hash of the dialogue file as it is now', () => {
    expect(goldens.length).toBeGreaterThan(100);
    const stale: string[] = [];
    for (const golden of goldens) {
      const header = JSON.parse(readFileSync(golden, 'utf8').split('\n')[0]!) as { dialogue: { file: string; hash: string } };
      const dialogue = resolve(dirname(golden), header.dialogue.file);
      const now = createHash('sha256').update(readFileSync(dialogue)).digest('hex');
      if (now !== header.dialogue.hash) stale.push(golden);
    }
    expect(stale, 'run: npx parley test dialogues/ --update').toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bestCompliantPath } from '../src/analyze/best-path.js';
import { explorePaths } from '../src/analyze/explore-paths.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { Session } from '../src/engine/session.js';

const load = (file: string) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  return loaded.compiled;
};

describe('path analysis', () => {
  it('finds the shortest flag-free path to the best ending, and it replays to that ending', () => {
    const compiled = load('dialogues/away-on-business.yaml');
    const best = bestCompliantPath(compiled);
    expect(best).toBeDefined();
    expect(best!.debrief.flags).toEqual([]);
    const replay = new Session(compiled, { seed: 0 });
    for (const choice of best!.choices) replay.choose(choice.id);
    expect(replay.debrief().outcome?.id).toBe(best!.debrief.outcome?.id);
    expect(replay.debrief().score.total).toBe(best!.debrief.score.total);
  });

  it('explores every path; any path with a violation scores below the best compliant one', () => {
    for (const file of ['dialogues/away-on-business.yaml', 'dialogues/business-losing-money.yaml']) {
      const compiled = load(file);
      const best = bestCompliantPath(compiled)!;
      const paths = [...explorePaths(compiled, { maxDepth: 14 })];
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths.filter((p) => p.debrief.flags.some((f) => f.severity === 'violation'))) {
        expect(path.debrief.score.total, `${file}: ${path.choices.join(',')}`).toBeLessThan(best.debrief.score.total);
      }
    }
  });
});

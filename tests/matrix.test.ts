import { describe, expect, it } from 'vitest';
import { explorePaths } from '../src/analyze/explore-paths.js';
import { Session } from '../src/engine/session.js';
import { cellKey, countPaths, excuseMatrix } from '../src/analyze/excuse-matrix.js';
import { buildSituationGraph } from '../src/analyze/situation-graph.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

const load = (file: string) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(file);
  return loaded.compiled;
};

describe('path counts per excuse type and outcome', () => {
  it.each(['dialogues/away-on-business.yaml', 'dialogues/business-losing-money.yaml'])(
    '%s: the counts equal a brute-force enumeration through the engine',
    (file) => {
      const compiled = load(file);
      const counts = countPaths(buildSituationGraph(compiled), 40);
      expect(counts.truncated).toBe(false);
      const expected = new Map<string, { compliant: number; flagged: number }>();
      for (const path of explorePaths(compiled, { maxDepth: 40 })) {
        if (!path.ended) continue;
        // Replay to see which states, and so which excuses, the path passes through.
        const voiced = new Set<string>();
        const replay = new Session(compiled, { seed: 0 });
        if (replay.turn.excuse) voiced.add(replay.turn.excuse.id);
        for (const choice of path.choices) {
          const step = replay.choose(choice);
          if (step.next.excuse) voiced.add(step.next.excuse);
        }
        for (const excuse of voiced) {
          const key = cellKey(excuse, path.debrief.outcome!.id);
          const cell = expected.get(key) ?? { compliant: 0, flagged: 0 };
          if (path.debrief.flags.length) cell.flagged++;
          else cell.compliant++;
          expected.set(key, cell);
        }
      }
      expect(Object.fromEntries(counts.cells)).toEqual(Object.fromEntries(expected));
    },
  );

  it('marks counts as lower bounds when loops run past the turn bound', () => {
    const counts = countPaths(buildSituationGraph(load('tests/fixtures/analyze/loop-without-exit.yaml')), 6);
    expect(counts.truncated).toBe(true);
  });

  it('reports both kinds of gap for an excuse type with neither', () => {
    const matrix = excuseMatrix([{ id: 'gap', counts: countPaths(buildSituationGraph(load('tests/fixtures/matrix/sue-me-gap.yaml')), 40) }]);
    expect(matrix.gaps).toEqual([
      { excuse: 'sue_me', kind: 'no_compliant_payment' },
      { excuse: 'sue_me', kind: 'no_coercive_example' },
    ]);
  });
});

describe('parley matrix', () => {
  it('prints the table for the shipped library with no gaps', async () => {
    const result = await parley(['matrix', 'dialogues', '--strict']);
    expect(result.stdout).toMatch(/excuse type \\ outcome +paid_today/);
    expect(result.stdout).toMatch(/away_on_business +\d+\/\d+/);
    expect(result.stdout).toContain('✔ no gaps');
    expect(result.status).toBe(0);
  });

  it('--strict exits 1 on gaps and --json lists them', async () => {
    const strict = await parley(['matrix', 'tests/fixtures/matrix', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('sue_me: no compliant path to a payment arrangement');
    expect((await parley(['matrix', 'tests/fixtures/matrix'])).status).toBe(0);
    const json = JSON.parse((await parley(['matrix', 'tests/fixtures/matrix', '--json'])).stdout);
    expect(json.cells).toContainEqual({ excuse: 'sue_me', outcome: 'legal_referral', compliant: 1, flagged: 0 });
    expect(json.gaps).toHaveLength(2);
  });

  it('--all-excuses adds a row, and a gap, for every excuse type the library lacks', async () => {
    // The fixture folder voices only sue_me; the shipped library covers every excuse type.
    const json = JSON.parse((await parley(['matrix', 'tests/fixtures/matrix', '--all-excuses', '--json'])).stdout);
    expect(json.excuses).toHaveLength(15);
    expect(json.gaps).toContainEqual({ excuse: 'forgot', kind: 'no_compliant_payment' });
    const library = JSON.parse((await parley(['matrix', 'dialogues', '--all-excuses', '--json'])).stdout);
    expect(library.excuses).toHaveLength(15);
    expect(library.gaps).toEqual([]);
  });
});

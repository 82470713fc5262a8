import { describe, expect, it } from 'vitest';
import { bestCompliantPath } from '../src/analyze/best-path.js';
import { explorePaths, type ExploredPath } from '../src/analyze/explore-paths.js';
import { personaVariants } from '../src/analyze/persona-variants.js';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { transitionsOf } from '../src/schema/transitions.js';
import { CORE_TASKS } from '../src/catalog/index.js';

/**
 * The bar every shipped dialogue must meet: it validates cleanly, every ending
 * is reachable, every core task can be met, and the scoring teaches the right
 * lesson — the best score is reached without a flag and every violation costs —
 * and who the debtor is matters: what they can pay and whether they want to
 * change what happens.
 */
const files = findDialogueFiles(['dialogues']);
const EXPLORE = { maxDepth: 30, maxPaths: 20_000 };

describe.each(files)('%s', (file) => {
  const loaded = loadDialogueFile(file);

  it('validates with no errors or warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ok).toBe(true);
  });
  if (!loaded.ok) return;
  const { compiled } = loaded;
  const { dialogue } = compiled;
  const paths: ExploredPath[] = [...explorePaths(compiled, EXPLORE)];
  const ended = paths.filter((p) => p.ended);
  const best = bestCompliantPath(compiled);

  it('reaches every outcome it declares with some debtor its guards tell apart, and has at least three', () => {
    const declared = new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])));
    expect(declared.size).toBeGreaterThanOrEqual(3);
    const reached = new Set(ended.map((p) => p.debrief.outcome?.id));
    for (const persona of personaVariants(dialogue).slice(1)) {
      for (const path of explorePaths(compiled, { ...EXPLORE, persona })) if (path.ended) reached.add(path.debrief.outcome?.id);
    }
    for (const outcome of declared) expect(reached, `outcome ${outcome}`).toContain(outcome);
  });

  it('lets what the debtor can pay and whether they want to change what happens, with a true reason for other traits', () => {
    const read = JSON.stringify(Object.values(dialogue.states).flatMap((state) => transitionsOf(state).map(({ transition }) => transition.guard ?? null)));
    expect(read, 'a personaIs guard on ability').toMatch(/"type":"personaIs","params":\{[^}]*"ability"/);
    expect(read, 'a personaIs guard on willingness').toMatch(/"type":"personaIs","params":\{[^}]*"willingness"/);
    expect(Object.keys(dialogue.meta.debtor.persona.other_reasons ?? {}).length).toBeGreaterThan(0);
  });

  it('passes on its best path', () => {
    expect(best?.debrief.score.passed).toBe(true);
  });

  it('can meet every core task', () => {
    const met = new Set(ended.flatMap((p) => p.debrief.tasks.filter((t) => t.met).map((t) => t.id)));
    for (const task of dialogue.meta.tasks ?? CORE_TASKS.map((t) => t.id)) expect(met, `task ${task}`).toContain(task);
  });

  it('has a flag-free best path of 8 or more debtor turns, and nothing flagged scores as high', () => {
    expect(best, 'a flag-free path to an ending').toBeDefined();
    expect(best!.choices.length + 1).toBeGreaterThanOrEqual(8);
    const top = Math.max(...ended.map((p) => p.debrief.score.total));
    expect(best!.debrief.score.total).toBe(top);
    for (const path of ended.filter((p) => p.debrief.flags.length > 0)) {
      expect(path.debrief.score.total, path.choices.join(',')).toBeLessThan(best!.debrief.score.total);
    }
  });

  it('has at least two flagged choices, each with feedback and a better alternative', () => {
    const flagged = Object.values(dialogue.states)
      .flatMap((state) => transitionsOf(state))
      .filter(({ transition }) => transition.meta?.flags?.length);
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const { choiceId, transition } of flagged) {
      expect(transition.meta?.feedback, `${choiceId} feedback`).toBeTruthy();
      expect(transition.meta?.better, `${choiceId} better`).toBeTruthy();
    }
  });
});

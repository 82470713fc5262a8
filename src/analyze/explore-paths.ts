import type { CompiledDialogue } from '../compile/compile-machine.js';
import { Session, type SessionOptions } from '../engine/session.js';
import type { Debrief } from '../engine/types.js';

export interface ExploredPath {
  choices: string[];
  /** false when the depth bound cut the path before an outcome. */
  ended: boolean;
  debrief: Debrief;
}

/**
 * Work shared by several explorations (every property case of one `parley
 * test` run): each choice taken and each step of a path's debrief costs one.
 * Once `left` reaches 0 every exploration using it stops and `exhausted` is set.
 */
export interface WorkBudget {
  /** The whole budget, for messages. */
  limit: number;
  left: number;
  exhausted: boolean;
}

export const workBudget = (limit: number): WorkBudget => ({ limit, left: limit, exhausted: false });

export interface ExploreOptions extends Omit<SessionOptions, 'mode'> {
  /** Longest path followed; paths still open at this depth are yielded unfinished. */
  maxDepth: number;
  /** Stop after this many paths (exploring every path is exponential). */
  maxPaths?: number;
  budget?: WorkBudget;
}

/**
 * Every sequence of available choices from the start, depth-first, up to the
 * bounds. For tests and checks over whole dialogues ("every path that commits a
 * violation scores below the best one"); `parley analyze` searches situations instead (situation-graph.ts).
 */
export function* explorePaths(compiled: CompiledDialogue, options: ExploreOptions): Generator<ExploredPath> {
  const { maxDepth, maxPaths = 100_000, budget, ...sessionOptions } = options;
  const session = new Session(compiled, { ...sessionOptions, mode: 'practice', seed: options.seed ?? 0 });
  let count = 0;
  function* walk(depth: number): Generator<ExploredPath> {
    for (const choice of session.available()) {
      if (count >= maxPaths) return;
      if (budget) {
        if (budget.left <= 0) {
          budget.exhausted = true;
          return;
        }
        budget.left--;
      }
      session.choose(choice.id);
      if (session.ended || depth + 1 >= maxDepth) {
        count++;
        if (budget) budget.left -= depth + 1;
        yield { choices: session.steps.map((s) => s.choice.id), ended: session.ended, debrief: session.debrief() };
      } else {
        yield* walk(depth + 1);
      }
      session.undo();
    }
  }
  yield* walk(0);
}

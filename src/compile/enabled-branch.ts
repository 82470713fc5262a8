import type { DialogueContext } from './context.js';
import { evaluateGuard } from './evaluate-guard.js';
import type { TableBranch, TableChoice, TransitionTable } from './transition-table.js';

/**
 * The branch a choice takes in a context: the first whose guard passes, as
 * XState picks among guarded transitions. None means the choice is not offered.
 * The only place a choice's guards are run.
 */
export function enabledBranch(table: TransitionTable, choice: TableChoice, context: Partial<DialogueContext>): TableBranch | undefined {
  for (let b = choice.first; b < choice.end; b++) {
    const branch = table.branches[b]!;
    if (!branch.guard || evaluateGuard(context, branch.guard)) return branch;
  }
  return undefined;
}

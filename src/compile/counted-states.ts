import type { Dialogue } from '../schema/dialogue.js';
import type { Guard, LeafGuard } from '../schema/guard.js';

/**
 * The states whose visits some guard counts. Only these get a `countVisit`
 * entry action: counting every state would copy a growing map on each step
 * and give path analysis more distinct contexts than any guard can tell apart.
 */
export function countedStates(dialogue: Dialogue): Set<string> {
  const counted = new Set<string>();
  const leaf = (guard: LeafGuard) => {
    if (guard.type === 'visitsAtLeast' || guard.type === 'visitsAtMost') counted.add(guard.params.state);
  };
  const visit = (guard: Guard | undefined) => {
    if (!guard) return;
    if (guard.type === 'all' || guard.type === 'any') guard.params.guards.forEach(leaf);
    else if (guard.type === 'not') leaf(guard.params.guard);
    else leaf(guard);
  };
  for (const state of Object.values(dialogue.states)) {
    for (const value of Object.values(state.on ?? {})) for (const t of Array.isArray(value) ? value : [value]) visit(t.guard);
  }
  return counted;
}

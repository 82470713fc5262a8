import type { Dialogue } from '../schema/dialogue.js';
import { everyLeafGuard } from './guard-leaves.js';

/**
 * Per state some guard counts visits of, the count at which counting can stop:
 * one more than the largest count a guard compares it against (beyond it every
 * comparison answers the same). Only these states get a `countVisit` entry
 * action: counting every state would copy a growing map on each step and give
 * path analysis more distinct contexts than any guard can tell apart.
 */
export function visitCaps(states: Dialogue['states']): Map<string, number> {
  const caps = new Map<string, number>();
  for (const leaf of everyLeafGuard(states)) {
    if (leaf?.type !== 'visitsAtLeast' && leaf?.type !== 'visitsAtMost') continue;
    const { state, count } = leaf.params ?? {};
    if (typeof state === 'string' && typeof count === 'number') caps.set(state, Math.max(caps.get(state) ?? 0, count + 1));
  }
  return caps;
}

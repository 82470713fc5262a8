import type { Dialogue } from '../schema/dialogue.js';
import type { Guard, LeafGuard } from '../schema/guard.js';

/**
 * The comparisons a guard makes: itself, or the ones `all`, `any` or `not`
 * combine (guards nest one level). Configs handed to `parley/xstate` come from
 * anywhere, so a malformed combination has no leaves rather than throwing.
 */
export function leafGuards(guard: Guard | undefined): readonly LeafGuard[] {
  if (!guard) return [];
  if (guard.type === 'all' || guard.type === 'any') return guard.params?.guards ?? [];
  if (guard.type === 'not') return guard.params?.guard ? [guard.params.guard] : [];
  return [guard];
}

/** Every comparison any transition of any state makes, state by state in the file's order. */
export function everyLeafGuard(states: Dialogue['states']): LeafGuard[] {
  const leaves: LeafGuard[] = [];
  for (const state of Object.values(states)) {
    for (const value of Object.values(state?.on ?? {})) {
      for (const transition of Array.isArray(value) ? value : [value]) leaves.push(...leafGuards(transition?.guard));
    }
  }
  return leaves;
}

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

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

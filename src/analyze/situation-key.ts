import { SITUATION_RULES } from '../catalog/situation-rules.js';
import type { DialogueContext } from '../compile/context.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { Guard, LeafGuard } from '../schema/guard.js';
import { transitionsOf } from './transitions.js';

/**
 * What of the context can change which choices are available: only what some
 * guard reads. Two situations that agree on this (and on the state) offer the
 * same choices now and after any sequence of choices, so the exploration may
 * treat them as one. This is what keeps the explored space finite:
 *
 * - meters a guard reads are bounded integers (every change is clamped to the
 *   meter's declared range); meters no guard reads are left out;
 * - facts a guard or a situation rule reads take only the values the file sets, or are unset;
 * - visit counts are capped at one more than the largest count a guard compares
 *   that state against (beyond it every comparison answers the same);
 * - the flags raised so far are never part of it (they only grow, and no guard
 *   reads them; a flag's effect on a meter is already in the meter).
 */
export interface SituationKeySpec {
  meters: string[];
  facts: string[];
  /** State id → the visit count at which counting can stop. */
  visitCaps: Map<string, number>;
}

export function situationKeySpec(dialogue: Dialogue): SituationKeySpec {
  const meters = new Set<string>();
  const facts = new Set<string>();
  const visitCaps = new Map<string, number>();
  const readLeaf = (guard: LeafGuard) => {
    switch (guard.type) {
      case 'meterAtLeast':
      case 'meterAtMost':
        meters.add(guard.params.meter);
        return;
      case 'factIs':
        facts.add(guard.params.fact);
        return;
      case 'visitsAtLeast':
      case 'visitsAtMost':
        visitCaps.set(guard.params.state, Math.max(visitCaps.get(guard.params.state) ?? 0, guard.params.count + 1));
        return;
      case 'personaIs':
        return;
    }
  };
  for (const state of Object.values(dialogue.states)) {
    for (const { transition } of transitionsOf(state)) for (const leaf of leafGuards(transition.guard)) readLeaf(leaf);
  }
  // Situation rules read facts too (a request to stop, a dispute): they decide which replies are flagged.
  for (const { when } of SITUATION_RULES as readonly { when: { facts?: readonly string[]; unlessFacts?: readonly string[] } }[]) {
    for (const fact of [...(when.facts ?? []), ...(when.unlessFacts ?? [])]) facts.add(fact);
  }
  return { meters: [...meters].sort(), facts: [...facts].sort(), visitCaps };
}

export function leafGuards(guard: Guard | undefined): LeafGuard[] {
  if (!guard) return [];
  if (guard.type === 'all' || guard.type === 'any') return guard.params.guards;
  if (guard.type === 'not') return [guard.params.guard];
  return [guard];
}

/** The key two equivalent situations share. */
export function situationKey(spec: SituationKeySpec, stateId: string, context: DialogueContext): string {
  const visits: number[] = [];
  for (const [state, cap] of spec.visitCaps) visits.push(Math.min(context.visits[state] ?? 0, cap));
  return JSON.stringify([
    stateId,
    spec.meters.map((m) => context.meters[m] ?? 0),
    spec.facts.map((f) => context.facts[f] ?? false),
    visits,
  ]);
}

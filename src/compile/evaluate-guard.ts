import type { Guard, LeafGuard } from '../schema/guard.js';
import type { DialogueContext } from './context.js';

/**
 * The only way a dialogue decides anything: a fixed set of comparisons over
 * context. Nothing from a file is ever evaluated as code.
 */
export function evaluateGuard(context: Partial<DialogueContext>, guard: Guard): boolean {
  switch (guard.type) {
    case 'all':
      return guard.params.guards.every((g) => evaluateLeaf(context, g));
    case 'any':
      return guard.params.guards.some((g) => evaluateLeaf(context, g));
    case 'not':
      return !evaluateLeaf(context, guard.params.guard);
    default:
      return evaluateLeaf(context, guard);
  }
}

function evaluateLeaf(context: Partial<DialogueContext>, guard: LeafGuard): boolean {
  switch (guard.type) {
    case 'meterAtLeast':
      return (context.meters?.[guard.params.meter] ?? 0) >= guard.params.value;
    case 'meterAtMost':
      return (context.meters?.[guard.params.meter] ?? 0) <= guard.params.value;
    case 'factIs':
      return (context.facts?.[guard.params.fact] ?? false) === guard.params.value;
    case 'visitsAtLeast':
      return (context.visits?.[guard.params.state] ?? 0) >= guard.params.count;
    case 'visitsAtMost':
      return (context.visits?.[guard.params.state] ?? 0) <= guard.params.count;
    case 'personaIs': {
      const persona = context.persona;
      if (!persona) return false;
      const { ability, willingness, temperament } = guard.params;
      return (
        (ability === undefined || persona.ability === ability) &&
        (willingness === undefined || persona.willingness === willingness) &&
        (temperament === undefined || persona.temperament === temperament)
      );
    }
  }
}

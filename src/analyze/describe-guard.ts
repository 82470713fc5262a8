import type { Guard, LeafGuard } from '../schema/guard.js';

/** A guard in a few words ("cooperation ≥ 6", "paying_now = true"), for findings and diagrams. */
export function describeGuard(guard: Guard): string {
  switch (guard.type) {
    case 'all':
      return guard.params.guards.map(describeLeaf).join(' and ');
    case 'any':
      return guard.params.guards.map(describeLeaf).join(' or ');
    case 'not':
      return `not (${describeLeaf(guard.params.guard)})`;
    default:
      return describeLeaf(guard);
  }
}

function describeLeaf(guard: LeafGuard): string {
  switch (guard.type) {
    case 'meterAtLeast':
      return `${guard.params.meter} ≥ ${guard.params.value}`;
    case 'meterAtMost':
      return `${guard.params.meter} ≤ ${guard.params.value}`;
    case 'factIs':
      return `${guard.params.fact} = ${JSON.stringify(guard.params.value)}`;
    case 'visitsAtLeast':
      return `visits(${guard.params.state}) ≥ ${guard.params.count}`;
    case 'visitsAtMost':
      return `visits(${guard.params.state}) ≤ ${guard.params.count}`;
    case 'personaIs': {
      const traits = Object.entries(guard.params).flatMap(([k, v]) => (v === undefined ? [] : [`${k} ${v}`]));
      return `persona ${traits.join(', ')}`;
    }
  }
}

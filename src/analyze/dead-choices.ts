import { evaluateGuard } from '../compile/evaluate-guard.js';
import type { Finding } from '../load/finding.js';
import { describeGuard } from './describe-guard.js';
import type { SituationGraph } from './situation-graph.js';
import { leafGuards } from './situation-key.js';
import { situationsByState } from './situation-index.js';

/**
 * Choices (PAR505) and guarded branches of a choice (PAR506) that are never
 * offered or never taken in any situation that reaches their state: text the
 * author wrote that no learner will ever see. Unreachable states are left to
 * unreachable-states.ts.
 */
export function deadChoices(graph: SituationGraph): Finding[] {
  const findings: Finding[] = [];
  const byState = situationsByState(graph);
  // Branches are numbered state by state, choice by choice, in the file's order: the same walk as below.
  const taken = new Uint8Array(graph.branches.length);
  for (let e = 0; e < graph.edges.count; e++) taken[graph.edges.branch[e]!] = 1;
  const { persona } = graph;
  let next = 0;
  for (const [stateId, state] of Object.entries(graph.dialogue.states)) {
    const here = byState.get(stateId);
    for (const [choiceId, value] of Object.entries(state.on ?? {})) {
      const branches = Array.isArray(value) ? value : [value];
      const first = next;
      next += branches.length;
      if (!here) continue;
      const isTaken = branches.map((_, i) => taken[first + i] === 1);
      const guards = branches.flatMap((b) => (b.guard ? [describeGuard(b.guard)] : []));
      const readsPersona = branches.some((b) => leafGuards(b.guard).some((g) => g.type === 'personaIs'));
      const personaNote = readsPersona && persona ? ` with the declared persona (${persona.ability}, ${persona.willingness}, ${persona.temperament})` : '';
      if (!isTaken.some(Boolean)) {
        findings.push({
          code: 'PAR505',
          severity: 'warning',
          message: `choice '${choiceId}' in state '${stateId}' is never available: its guard fails in every situation that reaches '${stateId}'${personaNote}`,
          path: ['states', stateId, 'on', choiceId],
          atKey: true,
          ...(guards.length ? { hint: `guard: ${guards.join('; ')}` } : {}),
        });
        continue;
      }
      if (branches.length < 2) continue;
      branches.forEach((branch, i) => {
        if (isTaken[i]) return;
        const ever = here.some((s) => !branch.guard || evaluateGuard(graph.contextOf(s), branch.guard));
        findings.push({
          code: 'PAR506',
          severity: 'warning',
          message: ever
            ? `branch ${i + 1} of choice '${choiceId}' in state '${stateId}' is never taken: an earlier branch always passes first`
            : `branch ${i + 1} of choice '${choiceId}' in state '${stateId}' is never taken: its guard fails in every situation that reaches '${stateId}'${personaNote}`,
          path: ['states', stateId, 'on', choiceId, i],
          ...(branch.guard ? { hint: `guard: ${describeGuard(branch.guard)}` } : {}),
        });
      });
    }
  }
  return findings;
}

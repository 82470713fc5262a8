import { evaluateGuard } from '../compile/evaluate-guard.js';
import { leafGuards } from '../compile/guard-leaves.js';
import type { Finding } from '../validate/finding.js';
import { describeGuard } from './describe-guard.js';
import type { SituationGraph } from './situation-graph.js';
import { situationsByState } from './situation-index.js';

/**
 * Choices (PAR505) and guarded branches of a choice (PAR506) that are never
 * offered or never taken in any situation that reaches their state: text the
 * author wrote that no learner will ever see. Unreachable states are left to
 * unreachable-states.ts.
 */
export function deadChoices(graph: SituationGraph): Finding[] {
  const findings: Finding[] = [];
  const reached = new Set(graph.situations.state);
  const taken = new Uint8Array(graph.branches.length);
  for (let e = 0; e < graph.edges.count; e++) taken[graph.edges.branch[e]!] = 1;
  // Every situation per state, only if some branch needs them to tell why it is never taken.
  let byState: Map<string, number[]> | undefined;
  const { persona, branches: all } = graph;
  // graph.branches runs state by state, choice by choice, in the file's order: a choice's branches are consecutive.
  for (let first = 0; first < all.length; ) {
    const { state: stateId, choice: choiceId } = all[first]!;
    let end = first + 1;
    while (end < all.length && all[end]!.branch > 0) end++;
    const group = first;
    first = end;
    if (!reached.has(stateId)) continue;
    const isTaken = Array.from({ length: end - group }, (_, i) => taken[group + i] === 1);
    if (isTaken.every(Boolean)) continue;
    const branches = all.slice(group, end).map((b) => b.transition);
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
      byState ??= situationsByState(graph);
      const ever = byState.get(stateId)!.some((s) => !branch.guard || evaluateGuard(graph.contextOf(s), branch.guard));
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
  return findings;
}

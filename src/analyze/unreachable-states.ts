import type { Finding } from '../validate/finding.js';
import type { SituationGraph } from './situation-graph.js';
import { transitionsOf } from '../schema/transitions.js';

/**
 * States, and the outcomes of final states, that no sequence of choices reaches
 * once guards are applied. (States unreachable even without guards are already
 * PAR202 errors from the validator.)
 */
export function unreachableStates(graph: SituationGraph): Finding[] {
  const { dialogue } = graph;
  const reached = new Set(graph.situations.state);
  const unreached = Object.keys(dialogue.states).filter((id) => !reached.has(id));
  if (unreached.length === 0) return [];
  // The reached states' choices into unreached ones, by target (in the file's order): one pass, not one per unreached state.
  const waysTo = new Map<string, string[]>(unreached.map((id) => [id, []]));
  for (const [from, s] of Object.entries(dialogue.states)) {
    if (!reached.has(from)) continue;
    for (const t of transitionsOf(s)) waysTo.get(t.transition.target)?.push(`${from} → ${t.choiceId}`);
  }
  const findings: Finding[] = [];
  for (const stateId of unreached) {
    const state = dialogue.states[stateId]!;
    const ways = waysTo.get(stateId)!;
    const hint = ways.length
      ? `reached only through ${[...new Set(ways)].slice(0, 4).join(', ')}, never available or never taken there`
      : 'every state leading here is itself unreachable';
    const outcome = state.meta?.outcome;
    findings.push(
      state.type === 'final' && outcome
        ? {
            code: 'PAR502',
            severity: 'error',
            message: `outcome '${outcome}' (state '${stateId}') can never be reached: no sequence of choices gets there once guards apply`,
            path: ['states', stateId],
            atKey: true,
            hint,
          }
        : {
            code: 'PAR501',
            severity: 'error',
            message: `state '${stateId}' can never be reached once guards apply`,
            path: ['states', stateId],
            atKey: true,
            hint,
          },
    );
  }
  return findings;
}

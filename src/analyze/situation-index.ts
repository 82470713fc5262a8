import type { SituationGraph } from './situation-graph.js';

/** Situation indices per state id: every way a state can be reached. */
export function situationsByState(graph: SituationGraph): Map<string, number[]> {
  const byState = new Map<string, number[]>();
  const { count, state } = graph.situations;
  for (let i = 0; i < count; i++) {
    const list = byState.get(state[i]!);
    if (list) list.push(i);
    else byState.set(state[i]!, [i]);
  }
  return byState;
}

/** How a finding says where a path leads from: "--choices a,b,c" or "at the start". */
export function describePath(choices: readonly string[]): string {
  return choices.length ? `after --choices ${choices.join(',')}` : 'at the start';
}

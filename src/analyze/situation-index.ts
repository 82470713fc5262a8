import type { SituationGraph } from './situation-graph.js';

/** Situation indices per state id: every way a state can be reached. */
export function situationsByState(graph: SituationGraph): Map<string, number[]> {
  const byState = new Map<string, number[]>();
  graph.situations.forEach((situation, i) => {
    const list = byState.get(situation.state);
    if (list) list.push(i);
    else byState.set(situation.state, [i]);
  });
  return byState;
}

/** How a finding says where a path leads from: "--choices a,b,c" or "at the start". */
export function describePath(choices: readonly string[]): string {
  return choices.length ? `after --choices ${choices.join(',')}` : 'at the start';
}

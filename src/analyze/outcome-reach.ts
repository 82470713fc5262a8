import type { SituationGraph } from './situation-graph.js';

/**
 * Which situations still have some way to an ending, found backwards from the
 * final ones. A situation the exploration bound left unexpanded counts as able
 * to finish: nothing is known about it, and a finding must never be a guess.
 */
export function canReachOutcome(graph: SituationGraph): Uint8Array {
  const { situations, edges } = graph;
  const incoming: number[][] = situations.map(() => []);
  for (const edge of edges) incoming[edge.to]!.push(edge.from);
  const reaches = new Uint8Array(situations.length);
  const queue: number[] = [];
  situations.forEach((s, i) => {
    if (s.final || !s.expanded) {
      reaches[i] = 1;
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    for (const from of incoming[queue[head]!]!) {
      if (reaches[from]) continue;
      reaches[from] = 1;
      queue.push(from);
    }
  }
  return reaches;
}

import type { SituationGraph } from './situation-graph.js';

/**
 * Which situations still have some way to an ending, found backwards from the
 * final ones. A situation the exploration bound left unexpanded counts as able
 * to finish: nothing is known about it, and a finding must never be a guess.
 */
export function canReachOutcome(graph: SituationGraph): Uint8Array {
  const { count, final, expanded } = graph.situations;
  const { from } = graph.edges;
  const incoming = reverseEdges(graph);
  const reaches = new Uint8Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) {
    if (final[i] || !expanded[i]) {
      reaches[i] = 1;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const at = queue[head]!;
    for (let k = incoming.first[at]!; k < incoming.first[at + 1]!; k++) {
      const before = from[incoming.edge[k]!]!;
      if (reaches[before]) continue;
      reaches[before] = 1;
      queue[tail++] = before;
    }
  }
  return reaches;
}

/** The edges entering each situation, grouped by situation (counting sort): entering situation i are edge[first[i]] up to edge[first[i + 1]]. */
export function reverseEdges(graph: SituationGraph): { first: Int32Array; edge: Int32Array } {
  const { count } = graph.situations;
  const { to } = graph.edges;
  const first = new Int32Array(count + 1);
  for (let e = 0; e < graph.edges.count; e++) first[to[e]! + 1]!++;
  for (let i = 0; i < count; i++) first[i + 1]! += first[i]!;
  const fill = first.slice(0, count);
  const edge = new Int32Array(graph.edges.count);
  for (let e = 0; e < graph.edges.count; e++) edge[fill[to[e]!]!++] = e;
  return { first, edge };
}

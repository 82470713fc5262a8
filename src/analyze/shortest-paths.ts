import { edgeBranch, type SituationGraph } from './situation-graph.js';

/** Fewest choices from the start to every situation: a breadth-first tree over the situation graph. */
export interface ShortestPaths {
  /** Choices needed to reach each situation; -1 when unreachable. */
  depth: Int32Array;
  /** The edge each situation is first reached by; -1 for the start and unreachable ones. */
  via: Int32Array;
}

/**
 * Built here rather than with xstate/graph's getShortestPaths, which copies a
 * whole path for every situation (quadratic on long dialogues).
 */
export function shortestPaths(graph: SituationGraph): ShortestPaths {
  const { count, firstEdge } = graph.situations;
  const depth = new Int32Array(count).fill(-1);
  const via = new Int32Array(count).fill(-1);
  if (count === 0) return { depth, via };
  const queue = new Int32Array(count);
  let tail = 0;
  depth[0] = 0;
  queue[tail++] = 0;
  for (let head = 0; head < tail; head++) {
    const from = queue[head]!;
    for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e++) {
      const to = graph.edges.to[e]!;
      if (depth[to] !== -1) continue;
      depth[to] = depth[from]! + 1;
      via[to] = e;
      queue[tail++] = to;
    }
  }
  return { depth, via };
}

/** The edges from the start to `situation`, in order. */
export function edgesTo(graph: SituationGraph, paths: ShortestPaths, situation: number): number[] {
  const edges: number[] = [];
  for (let at = situation; paths.via[at]! !== -1; at = graph.edges.from[paths.via[at]!]!) edges.push(paths.via[at]!);
  return edges.reverse();
}

/** The choice ids from the start to `situation`: what `parley run --choices` takes. */
export function choicesTo(graph: SituationGraph, paths: ShortestPaths, situation: number): string[] {
  return edgesTo(graph, paths, situation).map((e) => edgeBranch(graph, e).choice);
}

import { edgeBranch, type SituationGraph } from './situation-graph.js';
import { stronglyConnected } from './strongly-connected.js';

/**
 * For every choice (`state` + choice id), the outcomes still reachable after
 * taking it, over every situation it can be taken in. Outcomes are few, so each
 * situation carries them as bits, summed up the condensed graph (Tarjan numbers
 * components sinks first, so one pass in that order is enough).
 */
export function outcomesAfterChoices(graph: SituationGraph): Map<string, Set<string>> {
  const { situations, edges, dialogue } = graph;
  const outcomeIds = [...new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])))];
  const bit = new Map(outcomeIds.map((id, i) => [id, 1n << BigInt(i)]));
  const { component, cyclic } = stronglyConnected(situations.count, situations.firstEdge, edges.to, () => true);
  const masks: bigint[] = cyclic.map(() => 0n);
  const members: number[][] = cyclic.map(() => []);
  for (let i = 0; i < situations.count; i++) members[component[i]!]!.push(i);
  for (let c = 0; c < masks.length; c++) {
    let mask = 0n;
    for (const i of members[c]!) {
      const outcome = situations.final[i] ? dialogue.states[situations.state[i]!]?.meta?.outcome : undefined;
      if (outcome) mask |= bit.get(outcome)!;
      for (let e = situations.firstEdge[i]!; e < situations.firstEdge[i + 1]!; e++) {
        const to = edges.to[e]!;
        if (component[to] !== c) mask |= masks[component[to]!]!;
      }
    }
    masks[c] = mask;
  }
  const result = new Map<string, Set<string>>();
  for (let e = 0; e < edges.count; e++) {
    const key = `${situations.state[edges.from[e]!]!}.${edgeBranch(graph, e).choice}`;
    const mask = masks[component[edges.to[e]!]!]!;
    const set = result.get(key) ?? new Set<string>();
    for (const [id, b] of bit) if (mask & b) set.add(id);
    result.set(key, set);
  }
  return result;
}

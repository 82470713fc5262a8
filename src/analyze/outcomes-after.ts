import type { SituationGraph } from './situation-graph.js';
import { stronglyConnected } from './strongly-connected.js';

/**
 * For every choice (`state` + choice id), the outcomes still reachable after
 * taking it, over every situation it can be taken in. Outcomes are few, so each
 * situation carries them as bits, summed up the condensed graph (Tarjan numbers
 * components sinks first, so one pass in that order is enough).
 */
export function outcomesAfterChoices(graph: SituationGraph): Map<string, Set<string>> {
  const { situations, edges, outgoing, dialogue } = graph;
  const outcomeIds = [...new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])))];
  const bit = new Map(outcomeIds.map((id, i) => [id, 1n << BigInt(i)]));
  const successors = function* (i: number) {
    for (const e of outgoing[i]!) yield edges[e]!.to;
  };
  const { component, cyclic } = stronglyConnected(situations.length, successors, () => true);
  const masks: bigint[] = cyclic.map(() => 0n);
  const members: number[][] = cyclic.map(() => []);
  situations.forEach((_, i) => members[component[i]!]!.push(i));
  for (let c = 0; c < masks.length; c++) {
    let mask = 0n;
    for (const i of members[c]!) {
      const outcome = situations[i]!.final ? dialogue.states[situations[i]!.state]?.meta?.outcome : undefined;
      if (outcome) mask |= bit.get(outcome)!;
      for (const to of successors(i)) if (component[to] !== c) mask |= masks[component[to]!]!;
    }
    masks[c] = mask;
  }
  const result = new Map<string, Set<string>>();
  for (const edge of edges) {
    const key = `${situations[edge.from]!.state}.${edge.choice}`;
    const mask = masks[component[edge.to]!]!;
    const set = result.get(key) ?? new Set<string>();
    for (const [id, b] of bit) if (mask & b) set.add(id);
    result.set(key, set);
  }
  return result;
}

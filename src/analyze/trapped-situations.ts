import type { Finding } from '../load/finding.js';
import { canReachOutcome } from './outcome-reach.js';
import { choicesTo, type ShortestPaths } from './shortest-paths.js';
import { describePath } from './situation-index.js';
import type { SituationGraph } from './situation-graph.js';
import { stronglyConnected } from './strongly-connected.js';

/**
 * Where a learner can get stuck for good: a state where every choice's guard
 * fails (PAR504), or a loop the choices can only go round without ever
 * reaching an outcome (PAR503). Each is reported once per state, with the
 * shortest way in, which is what an author replays to see it.
 */
export function trappedSituations(graph: SituationGraph, paths: ShortestPaths): Finding[] {
  const { situations, edges, outgoing } = graph;
  const reaches = canReachOutcome(graph);
  const findings: Finding[] = [];
  const earliest = (candidates: number[]) => {
    const best = new Map<string, number>();
    for (const i of candidates) {
      const state = situations[i]!.state;
      const seen = best.get(state);
      if (seen === undefined || paths.depth[i]! < paths.depth[seen]!) best.set(state, i);
    }
    return best;
  };

  const stuck = situations.flatMap((s, i) => (s.expanded && !s.final && outgoing[i]!.length === 0 ? [i] : []));
  for (const [state, i] of earliest(stuck)) {
    findings.push({
      code: 'PAR504',
      severity: 'error',
      message: `no choice is available in state '${state}' ${describePath(choicesTo(graph, paths, i))}: every choice's guard fails, so the dialogue cannot end`,
      path: ['states', state],
      atKey: true,
    });
  }

  const trapped = (i: number) => reaches[i] === 0;
  const successors = function* (i: number) {
    for (const e of outgoing[i]!) yield edges[e]!.to;
  };
  const { component, cyclic } = stronglyConnected(situations.length, successors, trapped);
  // Entries: trapped situations reached by a choice from one that could still finish (or the start itself).
  const entries = situations.flatMap((_, i) => {
    if (!trapped(i)) return [];
    const via = paths.via[i]!;
    return via === -1 ? (i === 0 ? [i] : []) : trapped(edges[via]!.from) ? [] : [i];
  });
  for (const [state, entry] of earliest(entries)) {
    const loop = nearestLoop(entry, successors, trapped, component, cyclic);
    if (!loop) continue;
    const loopStates = [...new Set(situations.flatMap((s, i) => (component[i] === component[loop] ? [s.state] : [])))];
    findings.push({
      code: 'PAR503',
      severity: 'error',
      message: `once state '${state}' is reached (${describePath(choicesTo(graph, paths, entry))}), no outcome can be reached: the choices only go round ${loopStates.map((s) => `'${s}'`).join(', ')}`,
      path: ['states', state],
      atKey: true,
      hint: 'give the loop a way out to a final state, or a guard that closes it',
    });
  }
  return findings;
}

/** The closest situation, from `start` within the trap, that lies on a cycle. */
function nearestLoop(
  start: number,
  successors: (i: number) => Iterable<number>,
  within: (i: number) => boolean,
  component: Int32Array,
  cyclic: boolean[],
): number | undefined {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    if (cyclic[component[at]!]) return at;
    for (const to of successors(at)) {
      if (!within(to) || seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return undefined;
}

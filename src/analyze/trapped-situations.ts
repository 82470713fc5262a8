import type { Finding } from '../validate/finding.js';
import { canReachOutcome, reverseEdges } from './outcome-reach.js';
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
  const { count, state, final, expanded, firstEdge } = graph.situations;
  const { from, to } = graph.edges;
  const reaches = canReachOutcome(graph);
  const findings: Finding[] = [];
  const earliest = (candidates: number[]) => {
    const best = new Map<string, number>();
    for (const i of candidates) {
      const seen = best.get(state[i]!);
      if (seen === undefined || paths.depth[i]! < paths.depth[seen]!) best.set(state[i]!, i);
    }
    return best;
  };

  const stuck: number[] = [];
  for (let i = 0; i < count; i++) if (expanded[i] && !final[i] && firstEdge[i] === firstEdge[i + 1]) stuck.push(i);
  for (const [stateId, i] of earliest(stuck)) {
    findings.push({
      code: 'PAR504',
      severity: 'error',
      message: `no choice is available in state '${stateId}' ${describePath(choicesTo(graph, paths, i))}: every choice's guard fails, so the dialogue cannot end`,
      path: ['states', stateId],
      atKey: true,
    });
  }

  const trapped = (i: number) => reaches[i] === 0;
  // Entries: trapped situations reached by a choice from one that could still finish (or the start itself).
  const entries: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!trapped(i)) continue;
    const via = paths.via[i]!;
    if (via === -1 ? i === 0 : !trapped(from[via]!)) entries.push(i);
  }
  if (entries.length === 0) return findings;
  const { component, cyclic } = stronglyConnected(count, firstEdge, to, trapped);
  const loopOf = nearestLoops(graph, trapped, component, cyclic);
  const statesOf = loopStates(state, component);
  for (const [stateId, entry] of earliest(entries)) {
    const loop = loopOf(entry);
    if (loop === -1) continue;
    findings.push({
      code: 'PAR503',
      severity: 'error',
      message: `once state '${stateId}' is reached (${describePath(choicesTo(graph, paths, entry))}), no outcome can be reached: the choices only go round ${statesOf(component[loop]!)
        .map((s) => `'${s}'`)
        .join(', ')}`,
      path: ['states', stateId],
      atKey: true,
      hint: 'give the loop a way out to a final state, or a guard that closes it',
    });
  }
  return findings;
}

/**
 * For each trapped situation, the closest situation within the trap that lies
 * on a cycle (-1 if none): the first one a breadth-first search from it would
 * meet. That search meets, among the nearest, the one whose shortest way has
 * the earliest first choice, then the earliest second, and so on; so one
 * backward search from every cycle gives each situation's distance, and the
 * answer is "itself, if on a cycle, else the answer of its first successor one
 * step closer". Linear, where a search per entry would not be.
 */
function nearestLoops(
  graph: SituationGraph,
  within: (i: number) => boolean,
  component: Int32Array,
  cyclic: boolean[],
): (situation: number) => number {
  const { count, firstEdge } = graph.situations;
  const { from, to } = graph.edges;
  const incoming = reverseEdges(graph);
  const distance = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) {
    if (within(i) && cyclic[component[i]!]) {
      distance[i] = 0;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const at = queue[head]!;
    for (let k = incoming.first[at]!; k < incoming.first[at + 1]!; k++) {
      const before = from[incoming.edge[k]!]!;
      if (!within(before) || distance[before] !== -1) continue;
      distance[before] = distance[at]! + 1;
      queue[tail++] = before;
    }
  }
  // The queue holds situations by increasing distance, so each one's closer successor is settled first.
  const loop = new Int32Array(count).fill(-1);
  for (let head = 0; head < tail; head++) {
    const at = queue[head]!;
    if (distance[at] === 0) {
      loop[at] = at;
      continue;
    }
    for (let e = firstEdge[at]!; e < firstEdge[at + 1]!; e++) {
      if (within(to[e]!) && distance[to[e]!] === distance[at]! - 1) {
        loop[at] = loop[to[e]!]!;
        break;
      }
    }
  }
  return (situation) => loop[situation]!;
}

/** The states of a component's situations, each once, in situation order; grouped once so asking per entry stays linear. */
function loopStates(state: string[], component: Int32Array): (c: number) => string[] {
  const byComponent = new Map<number, Set<string>>();
  for (let i = 0; i < component.length; i++) {
    if (component[i] === -1) continue;
    const set = byComponent.get(component[i]!) ?? new Set<string>();
    set.add(state[i]!);
    byComponent.set(component[i]!, set);
  }
  return (c) => [...(byComponent.get(c) ?? [])];
}

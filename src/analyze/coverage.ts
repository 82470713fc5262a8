import type { CompiledDialogue } from '../compile/compile-machine.js';
import type { Persona } from '../schema/dialogue.js';
import { analyzeDialogue } from './analyze-dialogue.js';
import { personaVariants } from './persona-variants.js';
import { edgesTo, type ShortestPaths } from './shortest-paths.js';
import { edgeBranch, type SituationGraph } from './situation-graph.js';

export interface CoverageTarget {
  kind: 'outcome' | 'flag';
  id: string;
  /** The choices from the start, shortest first found; null when nothing reaches it. */
  choices: string[] | null;
  /** Set when only a debtor with other traits than the declared ones gets there (play it with `--persona`). */
  persona?: Pick<Persona, 'ability' | 'willingness' | 'temperament'>;
}

export interface CoverageShare {
  covered: number;
  total: number;
  /** What the paths never touch: state ids, or `state.choice`. */
  missed: string[];
}

export interface Coverage {
  targets: CoverageTarget[];
  states: CoverageShare;
  choices: CoverageShare;
}

/**
 * For every outcome and every flag in a dialogue, the shortest sequence of
 * choices that reaches it (guards applied), and how much of the dialogue those
 * sequences walk through together: a minimal test suite an author can paste.
 */
export function coverage(graph: SituationGraph, paths: ShortestPaths): Coverage {
  const { dialogue, situations, edges } = graph;
  const best = new Map<string, { length: number; target: number; last?: number }>();
  const offer = (key: string, length: number, target: number, last?: number) => {
    const seen = best.get(key);
    if (!seen || length < seen.length) best.set(key, { length, target, ...(last !== undefined ? { last } : {}) });
  };
  for (let i = 0; i < situations.count; i++) {
    if (!situations.final[i] || paths.depth[i]! < 0) continue;
    const outcome = dialogue.states[situations.state[i]!]?.meta?.outcome;
    if (outcome) offer(`outcome:${outcome}`, paths.depth[i]!, i);
  }
  // The first edge of least depth per list of flags raised, then per flag over the lists that hold it
  // (ties to the earlier edge): the same edge as offering every flag of every edge in order.
  const lists = graph.flagLists.length;
  const listLength = new Int32Array(lists).fill(-1);
  const listEdge = new Int32Array(lists).fill(-1);
  for (let e = 0; e < edges.count; e++) {
    const list = edges.flags[e]!;
    const depth = paths.depth[edges.from[e]!]!;
    if (depth < 0 || graph.flagLists[list]!.length === 0) continue;
    if (listLength[list] === -1 || depth + 1 < listLength[list]!) {
      listLength[list] = depth + 1;
      listEdge[list] = e;
    }
  }
  const flagEdge = new Map<string, number>();
  for (let list = 0; list < lists; list++) {
    if (listEdge[list] === -1) continue;
    for (const flag of graph.flagLists[list]!) {
      const seen = flagEdge.get(flag);
      if (seen === undefined || listLength[list]! < listLength[edges.flags[seen]!]! || (listLength[list] === listLength[edges.flags[seen]!] && listEdge[list]! < seen)) {
        flagEdge.set(flag, listEdge[list]!);
      }
    }
  }
  for (const [flag, e] of flagEdge) offer(`flag:${flag}`, listLength[edges.flags[e]!]!, edges.from[e]!, e);

  const outcomes = new Set<string>();
  for (const state of Object.values(dialogue.states)) if (state.meta?.outcome) outcomes.add(state.meta.outcome);
  const flags = new Set<string>();
  const allChoices: string[] = [];
  for (const { state, choice, branch, transition } of graph.branches) {
    if (branch === 0) allChoices.push(`${state}.${choice}`);
    for (const flag of transition.meta?.flags ?? []) flags.add(flag);
  }

  const visitedStates = new Set<string>();
  const usedChoices = new Set<string>();
  const targets: CoverageTarget[] = [];
  const add = (kind: CoverageTarget['kind'], id: string) => {
    const found = best.get(`${kind}:${id}`);
    if (!found) return targets.push({ kind, id, choices: null });
    const walked = edgesTo(graph, paths, found.target);
    if (found.last !== undefined) walked.push(found.last);
    visitedStates.add(situations.state[0]!);
    for (const e of walked) {
      visitedStates.add(situations.state[edges.to[e]!]!);
      usedChoices.add(`${situations.state[edges.from[e]!]!}.${edgeBranch(graph, e).choice}`);
    }
    return targets.push({ kind, id, choices: walked.map((e) => edgeBranch(graph, e).choice) });
  };
  for (const outcome of outcomes) add('outcome', outcome);
  for (const flag of flags) add('flag', flag);

  const stateIds = Object.keys(dialogue.states);
  return {
    targets,
    states: { covered: visitedStates.size, total: stateIds.length, missed: stateIds.filter((s) => !visitedStates.has(s)) },
    choices: { covered: usedChoices.size, total: allChoices.length, missed: allChoices.filter((c) => !usedChoices.has(c)) },
  };
}

/**
 * Coverage with the declared persona, and for what it cannot reach, the
 * shortest path with the first other persona the guards tell apart that can:
 * a plan only a debtor who can't pay is offered is covered, with the traits to
 * play it with. The shares stay those of the declared persona's paths.
 */
export function coverageAcrossPersonas(compiled: CompiledDialogue, options: { maxSituations?: number } = {}): { coverage: Coverage; complete: boolean } {
  const [declared, ...others] = personaVariants(compiled.dialogue);
  const first = analyzeDialogue(compiled, { ...options, persona: declared! });
  const result = coverage(first.graph, first.paths);
  let complete = first.graph.complete;
  for (const persona of others) {
    if (result.targets.every((t) => t.choices !== null)) break;
    const analysis = analyzeDialogue(compiled, { ...options, persona });
    complete &&= analysis.graph.complete;
    const found = coverage(analysis.graph, analysis.paths).targets;
    for (const target of result.targets) {
      if (target.choices !== null) continue;
      const other = found.find((t) => t.kind === target.kind && t.id === target.id && t.choices !== null);
      if (other) Object.assign(target, { choices: other.choices, persona: { ability: persona.ability, willingness: persona.willingness, temperament: persona.temperament } });
    }
  }
  return { coverage: result, complete };
}

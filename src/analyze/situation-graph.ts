import type { ChoiceEvent, CompiledDialogue } from '../compile/compile-machine.js';
import { raisedFlags } from '../compile/context-actions.js';
import type { DialogueContext } from '../compile/context.js';
import { evaluateGuard } from '../compile/evaluate-guard.js';
import { resolveProfile } from '../engine/jurisdiction.js';
import { situationFlags } from '../engine/situation-flags.js';
import { DEFAULT_SITUATION_RULES } from '../engine/situation-rules.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Dialogue, Persona, Transition } from '../schema/dialogue.js';
import { IntList } from './int-list.js';
import { situationCodec, situationKeySpec } from './situation-key.js';
import { situationSteps } from './situation-step.js';
import { SituationTable } from './situation-table.js';

/**
 * The points a learner can be at (a state plus what the guards can see, see
 * situation-key.ts), numbered in the order a breadth-first search from the
 * start finds them; index 0 is the start. Stored as flat arrays: a long
 * dialogue has hundreds of thousands of situations and edges.
 */
export interface Situations {
  count: number;
  /** The state each situation is in. */
  state: string[];
  /** 1 where the situation is a final state. */
  final: Uint8Array;
  /** 0 where the exploration bound stopped before the situation's choices were followed. */
  expanded: Uint8Array;
  /** The edges leaving situation i are firstEdge[i] up to firstEdge[i + 1], in the author's choice order. */
  firstEdge: Int32Array;
}

/** One available choice from one situation, and the branch of it that is taken there. */
export interface SituationEdges {
  count: number;
  from: Int32Array;
  to: Int32Array;
  /** Index into `SituationGraph.branches`: the choice and which of its branches is taken. */
  branch: Int32Array;
  /** Index into `SituationGraph.flagLists`: what the reply raises there (its own flags, then the situation's). */
  flags: Int32Array;
}

/** One guarded branch of one choice of one state, as the author wrote it. */
export interface ChoiceBranch {
  state: string;
  choice: string;
  /** Position among the choice's branches (0 when it has one). */
  branch: number;
  transition: Transition;
}

export interface SituationGraph {
  dialogue: Dialogue;
  /** The persona the dialogue was explored with. */
  persona: Persona;
  situations: Situations;
  edges: SituationEdges;
  /** Every branch of every choice, state by state in the file's order. */
  branches: ChoiceBranch[];
  flagLists: ReadonlyArray<readonly string[]>;
  /** false when `maxSituations` was hit: the absence of a path then proves nothing. */
  complete: boolean;
  /** The context as the guards see it in a situation: the meters, facts and visit counts they read, no flags. */
  contextOf(situation: number): DialogueContext;
}

export interface SituationGraphOptions {
  /** Situations expanded before giving up (each is one state with one combination of guard-read values). */
  maxSituations?: number;
  /** Play against a different hidden persona than the one the dialogue declares. */
  persona?: Partial<Persona>;
  /** The rule set whose situation rules flag replies (default: as a session would pick it). */
  jurisdiction?: ProfileId;
}

export { DEFAULT_MAX_SITUATIONS } from './situation-limits.js';
import { DEFAULT_MAX_SITUATIONS } from './situation-limits.js';

/** The choice and branch an edge takes. */
export const edgeBranch = (graph: SituationGraph, edge: number): ChoiceBranch => graph.branches[graph.edges.branch[edge]!]!;

/** The flags an edge raises. */
export const edgeFlags = (graph: SituationGraph, edge: number): readonly string[] => graph.flagLists[graph.edges.flags[edge]!]!;

/**
 * Every situation reachable from the start when guards apply, breadth-first.
 * A situation is held only as its key (situation-key.ts), interned in a flat
 * table; choices step keys, not contexts (situation-step.ts), and two
 * situations with the same key are one, which bounds the space. The start
 * comes from the engine's stepper; tests/situation-graph-equivalence.test.ts
 * holds the whole graph equal to XState's own traversal (xstate/graph
 * getAdjacencyMap) stepping whole contexts with that stepper, which
 * tests/stepper-equivalence.test.ts holds equal to XState's transition().
 */
export function buildSituationGraph(compiled: CompiledDialogue, options: SituationGraphOptions = {}): SituationGraph {
  const { dialogue, stepper } = compiled;
  const maxSituations = options.maxSituations ?? DEFAULT_MAX_SITUATIONS;
  const spec = situationKeySpec(dialogue);
  const codec = situationCodec(spec);
  const stateIds = Object.keys(dialogue.states);
  const stateIndex = new Map(stateIds.map((id, i) => [id, i]));

  // Each state's choices with their branches, numbered once so edges can point at them.
  const branches: ChoiceBranch[] = [];
  const choicesOf = stateIds.map((state) =>
    Object.entries(dialogue.states[state]!.on ?? {}).map(([choice, value]) =>
      (Array.isArray(value) ? value : [value]).map((transition, branch) => branches.push({ state, choice, branch, transition }) - 1),
    ),
  );

  // Situation rules flag some replies by context (a third party listening, a request to stop);
  // events carry those flags as the engine's do, so edges and legal exposure match a session.
  // A rule reads the facts and nothing else that changes, so what a branch raises is worked out
  // once per combination of facts (and on its own for the first reply, which rules may treat apart).
  const profile = resolveProfile(dialogue, options.jurisdiction);
  const flagLists: string[][] = [];
  const flagListIds = new Map<string, number>();
  const offeredCache = new Map<number, Offered>();
  const offer = (id: number, context: DialogueContext, first: boolean): Offered => {
    const { state, choice, transition } = branches[id]!;
    const { situational, severities } = situationFlags(DEFAULT_SITUATION_RULES, {
      dialogue,
      stateId: state,
      state: dialogue.states[state]!,
      choiceId: choice,
      transition,
      context,
      turn: first ? 1 : 2,
      jurisdiction: profile,
      contact: { ...dialogue.meta.contact },
      language: dialogue.meta.language,
    });
    const event: ChoiceEvent = { type: choice, situationalFlags: situational.map((s) => s.flag), severities };
    const { raised, exposure } = raisedFlags(transition.meta?.flags ?? [], event);
    const flags = [...(transition.meta?.flags ?? []), ...event.situationalFlags!];
    const key = flags.join('\u0000');
    let list = flagListIds.get(key);
    if (list === undefined) {
      list = flagLists.push(flags) - 1;
      flagListIds.set(key, list);
    }
    return { flags: list, exposure: raised.length ? exposure : undefined };
  };

  const step = situationSteps(dialogue, codec, branches);
  const table = new SituationTable(codec.width);
  const factCombos = new SituationTable(codec.facts.to - codec.facts.from);
  const start = stepper.initial(options.persona ? { persona: options.persona } : {});
  const { persona } = start.context;
  const here = new Float64Array(codec.width);
  const next = new Float64Array(codec.width);
  codec.pack(stateIndex.get(start.value)!, start.context, here);
  table.intern(here);
  const contextOf = (situation: number) => {
    const key = new Float64Array(codec.width);
    table.copy(situation, key);
    return codec.unpack(key, persona);
  };
  // One context, rewritten for each situation: guards and situation rules read it and keep nothing.
  const context = codec.unpack(here, persona);

  const state: string[] = [];
  const final = new IntList();
  const expanded = new IntList();
  const firstEdge = new IntList();
  const from = new IntList();
  const to = new IntList();
  const branchOf = new IntList();
  const flagsOf = new IntList();
  let complete = true;
  let expandedCount = 0;
  for (let i = 0; i < table.size; i++) {
    table.copy(i, here);
    const stateId = stateIds[here[0]!]!;
    state.push(stateId);
    firstEdge.push(from.length);
    const done = dialogue.states[stateId]!.type === 'final';
    final.push(done ? 1 : 0);
    if (!done && expandedCount >= maxSituations) {
      complete = false;
      expanded.push(0);
      continue;
    }
    expanded.push(1);
    if (done) continue;
    expandedCount++;
    codec.unpackInto(context, here);
    const combo = factCombos.intern(here, codec.facts.from);
    for (const ids of choicesOf[here[0]!]!) {
      // The first branch whose guard passes is the one taken; a choice with none is not offered.
      let id = -1;
      for (const b of ids) {
        const { guard } = branches[b]!.transition;
        if (!guard || evaluateGuard(context, guard)) {
          id = b;
          break;
        }
      }
      if (id === -1) continue;
      let offered: Offered;
      if (i === 0) offered = offer(id, context, true);
      else {
        const cacheKey = combo * branches.length + id;
        offered = offeredCache.get(cacheKey) ?? offer(id, context, false);
        offeredCache.set(cacheKey, offered);
      }
      next.set(here);
      step(id, offered.exposure, next);
      from.push(i);
      to.push(table.intern(next));
      branchOf.push(id);
      flagsOf.push(offered.flags);
    }
  }
  firstEdge.push(from.length);

  return {
    dialogue,
    persona,
    situations: {
      count: table.size,
      state,
      final: Uint8Array.from(final.toInt32Array()),
      expanded: Uint8Array.from(expanded.toInt32Array()),
      firstEdge: firstEdge.toInt32Array(),
    },
    edges: { count: from.length, from: from.toInt32Array(), to: to.toInt32Array(), branch: branchOf.toInt32Array(), flags: flagsOf.toInt32Array() },
    branches,
    flagLists,
    complete,
    contextOf,
  };
}

/** What a branch raises in a situation: the graph's flag list, and what it adds to legal exposure (undefined when it raises nothing). */
interface Offered {
  flags: number;
  exposure: number | undefined;
}

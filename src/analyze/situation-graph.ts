import type { CompiledDialogue } from '../compile/compile-machine.js';
import { raisedFlags } from '../compile/context-actions.js';
import type { DialogueContext } from '../compile/context.js';
import { enabledBranch } from '../compile/enabled-branch.js';
import type { TableBranch } from '../compile/transition-table.js';
import { resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import { situationFlags } from '../engine/situation-flags.js';
import { DEFAULT_SITUATION_RULES } from '../engine/situation-rules.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Dialogue, Persona } from '../schema/dialogue.js';
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

/** One guarded branch of one choice of one state: the transition table's. */
export type ChoiceBranch = TableBranch;

export interface SituationGraph {
  dialogue: Dialogue;
  /** The persona the dialogue was explored with. */
  persona: Persona;
  situations: Situations;
  edges: SituationEdges;
  /** Every branch of every choice, state by state in the file's order (the transition table's). */
  branches: readonly ChoiceBranch[];
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
  const { dialogue, stepper, table } = compiled;
  const maxSituations = options.maxSituations ?? DEFAULT_MAX_SITUATIONS;
  const spec = situationKeySpec(dialogue);
  const codec = situationCodec(spec);
  const { branches, states } = table;

  // Situation rules flag some replies by context (a third party listening, a request to stop);
  // edges carry those flags as the engine's events do, so edges and legal exposure match a session.
  // A rule reads the facts and nothing else that changes, so what a branch raises is worked out
  // once per combination of facts (and on its own for the first reply, which rules may treat apart).
  // What the flags add to legal exposure follows from the flags alone (the profile is fixed here).
  const profile = resolveProfile(dialogue, options.jurisdiction);
  const flagLists: string[][] = [];
  const exposureOf: Array<number | undefined> = [];
  const flagListIds = new Map<string, number>();
  const raisedAt = new Map<number, number>();
  const contact = { ...dialogue.meta.contact };
  const raise = (id: number, context: DialogueContext, first: boolean): number => {
    const { state, from: leaving, choice, transition } = branches[id]!;
    const { situational, severities } = situationFlags(DEFAULT_SITUATION_RULES, {
      dialogue,
      stateId: state,
      state: states[leaving]!.state,
      choiceId: choice,
      transition,
      context,
      turn: first ? 1 : 2,
      jurisdiction: profile,
      contact,
      language: dialogue.meta.language,
    });
    const authored = transition.meta?.flags ?? [];
    const flags = [...authored, ...situational.map((s) => s.flag)];
    const key = flags.join('\u0000');
    let list = flagListIds.get(key);
    if (list === undefined) {
      const { raised, exposure } = raisedFlags(authored, { type: choice, situationalFlags: flags.slice(authored.length), severities });
      list = flagLists.push(flags) - 1;
      exposureOf.push(raised.length ? exposure : undefined);
      flagListIds.set(key, list);
    }
    return list;
  };

  const step = situationSteps(table, codec);
  const keys = new SituationTable(codec.width);
  const factCombos = new SituationTable(codec.facts.to - codec.facts.from);
  const start = stepper.initial(options.persona ? { persona: options.persona } : {});
  const { persona } = start.context;
  const here = new Float64Array(codec.width);
  const next = new Float64Array(codec.width);
  codec.pack(table.stateIndex.get(start.value)!, start.context, here);
  keys.intern(here);
  const contextOf = (situation: number) => {
    const key = new Float64Array(codec.width);
    keys.copy(situation, key);
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
  for (let i = 0; i < keys.size; i++) {
    keys.copy(i, here);
    const at = states[here[0]!]!;
    state.push(at.id);
    firstEdge.push(from.length);
    final.push(at.final ? 1 : 0);
    if (!at.final && expandedCount >= maxSituations) {
      complete = false;
      expanded.push(0);
      continue;
    }
    expanded.push(1);
    if (at.final) continue;
    expandedCount++;
    codec.unpackInto(context, here);
    const combo = factCombos.intern(here, codec.facts.from);
    // Per choice, the branch it takes here; a choice with none is not offered.
    for (const choice of at.choices) {
      const taken = enabledBranch(table, choice, context);
      if (!taken) continue;
      const id = taken.index;
      let list: number;
      if (i === 0) list = raise(id, context, true);
      else {
        const cacheKey = combo * branches.length + id;
        const known = raisedAt.get(cacheKey);
        if (known !== undefined) list = known;
        else {
          list = raise(id, context, false);
          raisedAt.set(cacheKey, list);
        }
      }
      for (let k = 0; k < here.length; k++) next[k] = here[k]!;
      step(id, exposureOf[list], next);
      from.push(i);
      to.push(keys.intern(next));
      branchOf.push(id);
      flagsOf.push(list);
    }
  }
  firstEdge.push(from.length);

  return {
    dialogue,
    persona,
    situations: {
      count: keys.size,
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

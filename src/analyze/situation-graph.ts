import type { ActorLogic, ActorScope, AnyMachineSnapshot, EventObject } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { ChoiceEvent, CompiledDialogue } from '../compile/compile-machine.js';
import type { MachineSnapshot } from '../compile/compile-stepper.js';
import type { DialogueContext, DialogueInput } from '../compile/context.js';
import { evaluateGuard } from '../compile/evaluate-guard.js';
import { resolveProfile } from '../engine/jurisdiction.js';
import { situationFlags } from '../engine/situation-flags.js';
import { DEFAULT_SITUATION_RULES } from '../engine/situation-rules.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Dialogue, Persona, Transition } from '../schema/dialogue.js';
import { situationKey, situationKeySpec, type SituationKeySpec } from './situation-key.js';

/** One point a learner can be at: a state plus what the guards can see (see situation-key.ts). */
export interface Situation {
  key: string;
  state: string;
  /** The context as the guards see it: visit counts capped, flags left out. */
  context: DialogueContext;
  final: boolean;
  /** false when the exploration bound stopped before this situation's choices were followed. */
  expanded: boolean;
}

/** One available choice from one situation, and the branch of it that is taken there. */
export interface SituationEdge {
  from: number;
  to: number;
  choice: string;
  branch: number;
  flags: readonly string[];
  tasks: readonly string[];
}

export interface SituationGraph {
  dialogue: Dialogue;
  /** Index 0 is the start. */
  situations: Situation[];
  edges: SituationEdge[];
  /** Edge indices leaving each situation, in the author's choice order. */
  outgoing: number[][];
  /** false when `maxSituations` was hit: the absence of a path then proves nothing. */
  complete: boolean;
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

/**
 * Every situation reachable from the start when guards apply, found by XState's
 * own traversal (xstate/graph getAdjacencyMap) over the compiled machine. The
 * events offered in a situation are the ids of its available choices; the
 * serialised state is the situation key, which bounds the space.
 */
export function buildSituationGraph(compiled: CompiledDialogue, options: SituationGraphOptions = {}): SituationGraph {
  const { dialogue } = compiled;
  const maxSituations = options.maxSituations ?? DEFAULT_MAX_SITUATIONS;
  const spec = situationKeySpec(dialogue);
  const keyOf = (snapshot: AnyMachineSnapshot) => situationKey(spec, String(snapshot.value), snapshot.context as DialogueContext);
  /** Situation key → the branches offered there, with the event each sends (situation flags included). */
  const expanded = new Map<string, Array<{ branch: AvailableBranch; event: ChoiceEvent & { situationalFlags: string[] } }>>();
  let complete = true;
  // Situation rules flag some replies by context (a third party listening, a request to stop);
  // events carry those flags as the engine's do, so edges and legal exposure match a session.
  const profile = resolveProfile(dialogue, options.jurisdiction);
  let startKey: string | undefined;
  const flagsFor = (stateId: string, context: DialogueContext, branch: AvailableBranch, key: string) =>
    situationFlags(DEFAULT_SITUATION_RULES, {
      dialogue,
      stateId,
      state: dialogue.states[stateId]!,
      choiceId: branch.choice,
      transition: branch.transition,
      context,
      turn: key === startKey ? 1 : 2,
      jurisdiction: profile,
      contact: { ...dialogue.meta.contact },
      language: dialogue.meta.language,
    });

  const adjacency = getAdjacencyMap(trimmedLogic(compiled, spec), {
    ...(options.persona ? { input: { persona: options.persona } } : {}),
    serializeState: keyOf,
    events: (snapshot) => {
      if (snapshot.status === 'done') return [];
      if (expanded.size >= maxSituations) {
        complete = false;
        return [];
      }
      const key = keyOf(snapshot);
      startKey ??= key;
      const context = snapshot.context as DialogueContext;
      const offered = availableBranches(dialogue, String(snapshot.value), context).map((branch) => {
        const { situational, severities } = flagsFor(String(snapshot.value), context, branch, key);
        return { branch, event: { type: branch.choice, situationalFlags: situational.map((s) => s.flag), severities } };
      });
      // Kept for building the edges below, so nothing is worked out twice.
      expanded.set(key, offered);
      return offered.map((o) => o.event);
    },
  });

  const situations: Situation[] = [];
  const index = new Map<string, number>();
  for (const [key, { state: snapshot }] of Object.entries(adjacency)) {
    index.set(key, situations.length);
    situations.push({
      key,
      state: String(snapshot.value),
      context: snapshot.context as DialogueContext,
      final: snapshot.status === 'done',
      expanded: snapshot.status === 'done' || expanded.has(key),
    });
  }

  const edges: SituationEdge[] = [];
  const outgoing: number[][] = situations.map(() => []);
  for (const [from, situation] of situations.entries()) {
    const { transitions } = adjacency[situation.key as keyof typeof adjacency]!;
    const offered = new Map((expanded.get(situation.key) ?? []).map((o) => [o.branch.choice, o]));
    for (const { event, state } of Object.values(transitions)) {
      const { branch, event: sent } = offered.get(event.type)!;
      outgoing[from]!.push(edges.length);
      edges.push({
        from,
        to: index.get(keyOf(state))!,
        choice: branch.choice,
        branch: branch.branch,
        flags: [...(branch.transition.meta?.flags ?? []), ...sent.situationalFlags],
        tasks: branch.transition.meta?.tasks ?? [],
      });
    }
  }
  return { dialogue, situations, edges, outgoing, complete };
}

/**
 * The compiled machine as actor logic for XState's traversal, stepped by the
 * engine's stepper (held equal to XState's own transition() by
 * tests/stepper-equivalence.test.ts; XState's builds an actor scope per step,
 * which dominates on large dialogues), with each context cut down to what
 * guards can see. Without the cut every stored snapshot would carry the full
 * visit history and flag list, which grow with the dialogue's length.
 */
function trimmedLogic(compiled: CompiledDialogue, spec: SituationKeySpec): ActorLogic<AnyMachineSnapshot, EventObject, DialogueInput> {
  const { stepper } = compiled;
  const trim = (snapshot: MachineSnapshot): AnyMachineSnapshot => {
    const { context } = snapshot;
    const visits: Record<string, number> = {};
    for (const [state, cap] of spec.visitCaps) if (context.visits[state]) visits[state] = Math.min(context.visits[state], cap);
    return { ...snapshot, context: { ...context, visits, flags: [] } } as unknown as AnyMachineSnapshot;
  };
  return {
    transition: (snapshot: AnyMachineSnapshot, event: EventObject) => trim(stepper.transition(snapshot as unknown as MachineSnapshot, event as ChoiceEvent)),
    getInitialSnapshot: (_scope: ActorScope<AnyMachineSnapshot, EventObject>, input: DialogueInput) => trim(stepper.initial(input)),
    getPersistedSnapshot: (snapshot: AnyMachineSnapshot) => snapshot,
  };
}

export interface AvailableBranch {
  choice: string;
  branch: number;
  transition: Transition;
}

/** The choices available in a state with this context and, for each, the branch taken (first whose guard passes). */
export function availableBranches(dialogue: Dialogue, stateId: string, context: DialogueContext): AvailableBranch[] {
  const result: AvailableBranch[] = [];
  for (const [choice, value] of Object.entries(dialogue.states[stateId]?.on ?? {})) {
    const branches = Array.isArray(value) ? value : [value];
    const branch = branches.findIndex((t) => !t.guard || evaluateGuard(context, t.guard));
    if (branch !== -1) result.push({ choice, branch, transition: branches[branch]! });
  }
  return result;
}

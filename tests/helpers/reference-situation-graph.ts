import type { ActorLogic, ActorScope, AnyMachineSnapshot, EventObject } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { ChoiceEvent, CompiledDialogue } from '../../src/compile/compile-machine.js';
import type { MachineSnapshot } from '../../src/compile/compile-stepper.js';
import type { DialogueContext, DialogueInput } from '../../src/compile/context.js';
import { evaluateGuard } from '../../src/compile/evaluate-guard.js';
import { resolveProfile } from '../../src/catalog/dialogue-jurisdiction.js';
import { situationFlags } from '../../src/engine/situation-flags.js';
import { DEFAULT_SITUATION_RULES } from '../../src/engine/situation-rules.js';
import type { SituationGraphOptions } from '../../src/analyze/situation-graph.js';
import { situationKeySpec, type SituationKeySpec } from '../../src/analyze/situation-key.js';
import { DEFAULT_MAX_SITUATIONS } from '../../src/analyze/situation-limits.js';

/**
 * The situation graph as XState's own traversal finds it: xstate/graph
 * getAdjacencyMap over the compiled machine, stepping whole contexts with the
 * engine's stepper (itself held equal to XState's transition()), the situation
 * key as a JSON string. Slow and memory-hungry on long dialogues, which is why
 * `parley analyze` searches numeric keys instead; this is what it must equal.
 */
export interface ReferenceGraph {
  situations: Array<{ key: string; state: string; final: boolean; expanded: boolean }>;
  edges: Array<{ from: number; to: number; choice: string; branch: number; flags: string[]; tasks: string[] }>;
  complete: boolean;
}

/** The key two equivalent situations share: the state and every value a guard or situation rule reads. */
export function jsonSituationKey(spec: SituationKeySpec, stateId: string, context: DialogueContext): string {
  const visits: number[] = [];
  for (const [state, cap] of spec.visitCaps) visits.push(Math.min(context.visits[state] ?? 0, cap));
  return JSON.stringify([stateId, spec.meters.map((m) => context.meters[m] ?? 0), spec.facts.map((f) => context.facts[f] ?? false), visits]);
}

export function referenceSituationGraph(compiled: CompiledDialogue, options: SituationGraphOptions = {}): ReferenceGraph {
  const { dialogue, stepper } = compiled;
  const maxSituations = options.maxSituations ?? DEFAULT_MAX_SITUATIONS;
  const spec = situationKeySpec(dialogue);
  const keyOf = (snapshot: AnyMachineSnapshot) => jsonSituationKey(spec, String(snapshot.value), snapshot.context as DialogueContext);
  const profile = resolveProfile(dialogue, options.jurisdiction);
  const expanded = new Map<string, Map<string, { branch: number; flags: string[]; tasks: string[] }>>();
  let complete = true;
  let startKey: string | undefined;

  const trim = (snapshot: MachineSnapshot): AnyMachineSnapshot => {
    const { context } = snapshot;
    const visits: Record<string, number> = {};
    for (const [state, cap] of spec.visitCaps) if (context.visits[state]) visits[state] = Math.min(context.visits[state], cap);
    return { ...snapshot, context: { ...context, visits, flags: [] } } as unknown as AnyMachineSnapshot;
  };
  const logic: ActorLogic<AnyMachineSnapshot, EventObject, DialogueInput> = {
    transition: (snapshot, event) => trim(stepper.transition(snapshot as unknown as MachineSnapshot, event as ChoiceEvent)),
    getInitialSnapshot: (_scope: ActorScope<AnyMachineSnapshot, EventObject>, input: DialogueInput) => trim(stepper.initial(input)),
    getPersistedSnapshot: (snapshot) => snapshot,
  };

  const adjacency = getAdjacencyMap(logic, {
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
      const stateId = String(snapshot.value);
      const context = snapshot.context as DialogueContext;
      const offered = new Map<string, { branch: number; flags: string[]; tasks: string[] }>();
      const events: ChoiceEvent[] = [];
      for (const [choice, value] of Object.entries(dialogue.states[stateId]?.on ?? {})) {
        const branches = Array.isArray(value) ? value : [value];
        const branch = branches.findIndex((t) => !t.guard || evaluateGuard(context, t.guard));
        if (branch === -1) continue;
        const transition = branches[branch]!;
        const { situational, severities } = situationFlags(DEFAULT_SITUATION_RULES, {
          dialogue,
          stateId,
          state: dialogue.states[stateId]!,
          choiceId: choice,
          transition,
          context,
          turn: key === startKey ? 1 : 2,
          jurisdiction: profile,
          contact: { ...dialogue.meta.contact },
          language: dialogue.meta.language,
        });
        const situationalFlags = situational.map((s) => s.flag);
        offered.set(choice, { branch, flags: [...(transition.meta?.flags ?? []), ...situationalFlags], tasks: [...(transition.meta?.tasks ?? [])] });
        events.push({ type: choice, situationalFlags, severities });
      }
      expanded.set(key, offered);
      return events;
    },
  });

  const situations: ReferenceGraph['situations'] = [];
  const index = new Map<string, number>();
  for (const [key, { state: snapshot }] of Object.entries(adjacency)) {
    index.set(key, situations.length);
    situations.push({ key, state: String(snapshot.value), final: snapshot.status === 'done', expanded: snapshot.status === 'done' || expanded.has(key) });
  }
  const edges: ReferenceGraph['edges'] = [];
  situations.forEach((situation, from) => {
    const offered = expanded.get(situation.key);
    for (const { event, state } of Object.values(adjacency[situation.key as keyof typeof adjacency]!.transitions)) {
      const { branch, flags, tasks } = offered!.get(event.type)!;
      edges.push({ from, to: index.get(keyOf(state))!, choice: event.type, branch, flags, tasks });
    }
  });
  return { situations, edges, complete };
}

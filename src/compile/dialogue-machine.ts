import { assign, setup, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Action } from '../schema/action.js';
import type { Dialogue, Meter, Persona } from '../schema/dialogue.js';
import { GUARD_TYPES, type Guard } from '../schema/guard.js';
import { contextActions, type ChoiceEvent } from './context-actions.js';
import { personaFor, type DialogueContext, type DialogueInput } from './context.js';
import { evaluateGuard } from './evaluate-guard.js';
import { visitCaps } from './visit-caps.js';

/**
 * A dialogue's machine config as `parley graph --format json` writes it: plain
 * JSON that XState's `createMachine` reads. Only what the built-in guards and
 * actions need is typed here; every other key passes through to XState.
 */
export interface DialogueMachineConfig {
  id: string;
  initial: string;
  context?: Partial<DialogueContext>;
  meta?: { meters?: Record<string, Meter> } & Record<string, unknown>;
  states: Record<string, unknown>;
  [key: string]: unknown;
}

export const BUILT_IN_ACTIONS = ['changeMeter', 'setMeter', 'setFact', 'countVisit', 'raiseFlags'] as const;

/**
 * The XState machine for a dialogue's config, with Parley's guards and actions
 * provided, so XState's own tools (createActor, xstate/graph, inspectors) run
 * it without the rest of Parley. Parley's engine builds its machine here too.
 * Guards and actions are the fixed built-in sets: nothing in a config is run as code.
 */
export function createDialogueMachine(config: DialogueMachineConfig): AnyStateMachine {
  if (typeof config !== 'object' || config === null || typeof config.states !== 'object' || config.states === null) {
    throw new TypeError('createDialogueMachine: expected a dialogue machine config (the JSON `parley graph --format json` writes)');
  }
  const actions = contextActions(config.meta?.meters ?? {});
  const guards = Object.fromEntries(
    GUARD_TYPES.map((type) => [type, ({ context }: { context: DialogueContext }, params: unknown) => evaluateGuard(context, { type, params } as Guard)]),
  );
  const machineSetup = setup({
    types: {
      context: {} as DialogueContext,
      events: {} as ChoiceEvent,
      input: {} as DialogueInput | undefined,
    },
    guards,
    actions: {
      changeMeter: assign(({ context }, params: Extract<Action, { type: 'changeMeter' }>['params']) => actions.apply(context, { type: 'changeMeter', params })),
      setMeter: assign(({ context }, params: Extract<Action, { type: 'setMeter' }>['params']) => actions.apply(context, { type: 'setMeter', params })),
      setFact: assign(({ context }, params: Extract<Action, { type: 'setFact' }>['params']) => actions.apply(context, { type: 'setFact', params })),
      countVisit: assign(({ context }, params: { state: string }) => actions.countVisit(context, params.state)),
      raiseFlags: assign(({ context, event }, params: { flags: string[] }) => actions.raiseFlags(context, params.flags, event)),
    },
  });
  const start = config.context ?? {};
  const { context: _context, ...rest } = config;
  return machineSetup.createMachine({
    ...rest,
    // A fresh context per actor (structuredClone: the config's objects are never shared or changed); `input.persona` overrides the hidden persona.
    context: ({ input }: { input: DialogueInput | undefined }): DialogueContext => ({
      meters: structuredClone(start.meters ?? {}),
      facts: structuredClone(start.facts ?? {}),
      visits: structuredClone(start.visits ?? {}),
      persona: personaFor(start.persona as Persona, input?.persona),
      flags: [...(start.flags ?? [])],
    }),
  } as Parameters<typeof machineSetup.createMachine>[0]);
}

/**
 * A `serializeState` for xstate/graph: two snapshots are the same situation
 * when they agree on the state and on everything a guard can read. Flags raised
 * so far are left out and visit counts are capped just past the largest count a
 * guard compares, so a dialogue with loops has a finite graph to walk.
 */
export function situationSerializer(config: DialogueMachineConfig): (snapshot: AnyMachineSnapshot) => string {
  // The config may come from anywhere; the walker reads a malformed guard as comparing nothing.
  const caps = visitCaps(config.states as Dialogue['states']);
  return ({ value, context }) => {
    const { meters, facts, visits, persona } = context as DialogueContext;
    const capped: Record<string, number> = {};
    for (const [state, cap] of caps) if (visits[state]) capped[state] = Math.min(visits[state], cap);
    return JSON.stringify({ value, meters, facts, visits: capped, persona });
  };
}

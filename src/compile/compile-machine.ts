import { assign, setup, type AnyStateMachine } from 'xstate';
import type { Action } from '../schema/action.js';
import type { Dialogue, State, Transition } from '../schema/dialogue.js';
import type { Guard } from '../schema/guard.js';
import { GUARD_TYPES } from '../schema/guard.js';
import { compileStepper, type Stepper } from './compile-stepper.js';
import { countedStates } from './counted-states.js';
import { initialContext, type DialogueContext, type DialogueInput } from './context.js';
import { contextActions, type ChoiceEvent } from './context-actions.js';
import { evaluateGuard } from './evaluate-guard.js';

export type { ChoiceEvent } from './context-actions.js';

export interface CompiledDialogue {
  dialogue: Dialogue;
  /** The XState machine: what XState's tools (xstate/graph, inspectors) read. Built on first access. */
  readonly machine: AnyStateMachine;
  /** Runs the same machine step by step for the engine (see compile-stepper.ts). */
  stepper: Stepper;
}

/**
 * The machine config as XState reads it, JSON all the way down: the dialogue's
 * own keys plus two bookkeeping actions Parley adds: flag accounting on every
 * choice, and visit counting on the states a guard counts visits of.
 */
export function machineConfig(dialogue: Dialogue): Record<string, unknown> {
  const counted = countedStates(dialogue);
  const states: Record<string, unknown> = {};
  for (const [id, state] of Object.entries(dialogue.states)) states[id] = stateConfig(id, state, counted.has(id));
  return {
    id: dialogue.id,
    initial: dialogue.initial,
    context: initialContext(dialogue),
    ...(dialogue.description ? { description: dialogue.description } : {}),
    meta: dialogue.meta,
    states,
  };
}

function stateConfig(id: string, state: State, counted: boolean): Record<string, unknown> {
  const { on, entry, ...rest } = state;
  const config: Record<string, unknown> = { ...rest };
  const entryActions = [...(counted ? [{ type: 'countVisit', params: { state: id } }] : []), ...(entry ?? [])];
  if (entryActions.length) config.entry = entryActions;
  if (on) {
    config.on = Object.fromEntries(
      Object.entries(on).map(([choiceId, value]) => [
        choiceId,
        Array.isArray(value) ? value.map(transitionConfig) : transitionConfig(value),
      ]),
    );
  }
  return config;
}

function transitionConfig(transition: Transition): Record<string, unknown> {
  return {
    ...transition,
    actions: [...(transition.actions ?? []), { type: 'raiseFlags', params: { flags: transition.meta?.flags ?? [] } }],
  };
}

/**
 * The stepper the engine runs a dialogue with, and the XState machine with
 * Parley's built-in guards and actions. The machine is built when first asked
 * for: sessions and analysis step with the stepper, and building XState's
 * state nodes for a large dialogue costs more than loading it.
 */
export function compileDialogue(dialogue: Dialogue): CompiledDialogue {
  let machine: AnyStateMachine | undefined;
  return {
    dialogue,
    stepper: compileStepper(dialogue),
    get machine() {
      return (machine ??= buildMachine(dialogue));
    },
  };
}

function buildMachine(dialogue: Dialogue): AnyStateMachine {
  const actions = contextActions(dialogue.meta.meters ?? {});
  const guards = Object.fromEntries(
    GUARD_TYPES.map((type) => [type, ({ context }: { context: DialogueContext }, params: unknown) => evaluateGuard(context, { type, params } as Guard)]),
  );

  const actor = setup({
    types: {
      context: {} as DialogueContext,
      events: {} as ChoiceEvent,
      input: {} as DialogueInput | undefined,
    },
    guards,
    actions: {
      changeMeter: assign(({ context }, params: Extract<Action, { type: 'changeMeter' }>['params']) =>
        actions.apply(context, { type: 'changeMeter', params }),
      ),
      setMeter: assign(({ context }, params: Extract<Action, { type: 'setMeter' }>['params']) => actions.apply(context, { type: 'setMeter', params })),
      setFact: assign(({ context }, params: Extract<Action, { type: 'setFact' }>['params']) => actions.apply(context, { type: 'setFact', params })),
      countVisit: assign(({ context }, params: { state: string }) => actions.countVisit(context, params.state)),
      raiseFlags: assign(({ context, event }, params: { flags: string[] }) => actions.raiseFlags(context, params.flags, event)),
    },
  });

  const { context: _context, ...config } = machineConfig(dialogue);
  const machine = actor.createMachine({
    ...(config as object),
    context: ({ input }: { input: DialogueInput | undefined }) => initialContext(dialogue, input ?? {}),
  } as Parameters<typeof actor.createMachine>[0]);
  return machine;
}

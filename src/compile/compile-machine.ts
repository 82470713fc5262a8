import type { AnyStateMachine } from 'xstate';
import type { Dialogue, State, Transition } from '../schema/dialogue.js';
import { compileStepper, type Stepper } from './compile-stepper.js';
import { countedStates } from './counted-states.js';
import { initialContext } from './context.js';
import { createDialogueMachine, type DialogueMachineConfig } from './dialogue-machine.js';

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
  return createDialogueMachine(machineConfig(dialogue) as DialogueMachineConfig);
}

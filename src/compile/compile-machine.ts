import type { AnyStateMachine } from 'xstate';
import type { Dialogue } from '../schema/dialogue.js';
import { compileStepper, type Stepper } from './compile-stepper.js';
import { createDialogueMachine, type DialogueMachineConfig } from './dialogue-machine.js';
import { machineConfigOf } from './machine-config.js';
import { transitionTable, type TransitionTable } from './transition-table.js';

export type { ChoiceEvent } from './context-actions.js';

export interface CompiledDialogue {
  dialogue: Dialogue;
  /** The step semantics every reader shares: the stepper, sessions, path analysis and the machine config. */
  table: TransitionTable;
  /** The XState machine: what XState's tools (xstate/graph, inspectors) read. Built on first access. */
  readonly machine: AnyStateMachine;
  /** Steps the table as XState steps the machine, for the engine (see compile-stepper.ts). */
  stepper: Stepper;
}

/** The machine config as XState reads it (`parley graph --format json`): see machine-config.ts. */
export function machineConfig(dialogue: Dialogue): Record<string, unknown> {
  return machineConfigOf(transitionTable(dialogue));
}

/**
 * The transition table, the stepper that runs it and the XState machine built
 * from it with Parley's built-in guards and actions. The machine is built when
 * first asked for: sessions and analysis step with the stepper, and building
 * XState's state nodes for a large dialogue costs more than loading it.
 */
export function compileDialogue(dialogue: Dialogue): CompiledDialogue {
  const table = transitionTable(dialogue);
  let machine: AnyStateMachine | undefined;
  return {
    dialogue,
    table,
    stepper: compileStepper(table),
    get machine() {
      return (machine ??= createDialogueMachine(machineConfigOf(table) as DialogueMachineConfig));
    },
  };
}

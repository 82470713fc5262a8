/**
 * `parley/xstate`: a dialogue's machine config (`parley graph --format json`)
 * as an XState machine with Parley's guards and actions, for XState's own
 * tools. Depends on nothing else of Parley's at run time but its catalogs
 * (flag severities weigh on legal exposure).
 */
export { createDialogueMachine, situationSerializer, BUILT_IN_ACTIONS, type DialogueMachineConfig } from '../compile/dialogue-machine.js';
export { GUARD_TYPES } from '../schema/guard.js';
export type { DialogueContext, DialogueInput } from '../compile/context.js';
export type { ChoiceEvent } from '../compile/context-actions.js';

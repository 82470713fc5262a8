import type { DialogueContext } from '../compile/context.js';
import type { Dialogue, State, Transition } from '../schema/dialogue.js';

/** What a situation rule sees of one choice before it is made. */
export interface SituationInput {
  dialogue: Dialogue;
  stateId: string;
  state: State;
  choiceId: string;
  transition: Transition;
  context: DialogueContext;
}

/**
 * A rule that flags a reply because of the moment it is made in, not its words:
 * e.g. any demand after the debtor asked to stop contact. Rules see data only.
 */
export interface SituationRule {
  id: string;
  check(input: SituationInput): { flag: string; because: string } | undefined;
}

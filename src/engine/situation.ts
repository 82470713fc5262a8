import type { DialogueContext } from '../compile/context.js';
import type { JurisdictionProfile } from '../schema/catalog.js';
import type { Contact, Dialogue, State, Transition } from '../schema/dialogue.js';
import type { Language } from '../schema/language.js';

/** What a situation rule sees of one choice before it is made. */
export interface SituationInput {
  dialogue: Dialogue;
  stateId: string;
  state: State;
  choiceId: string;
  transition: Transition;
  context: DialogueContext;
  /** 1-based: the reply about to be made is the learner's `turn`-th. */
  turn: number;
  jurisdiction: JurisdictionProfile;
  /** The dialogue's meta.contact with the session's overrides. */
  contact: Contact;
  language: Language;
}

/**
 * A rule that flags a reply because of the moment it is made in, not its words:
 * e.g. any demand after the debtor asked to stop contact. Rules see data only.
 */
export interface SituationRule {
  id: string;
  check(input: SituationInput): { flag: string; because: string } | undefined;
}

import type { CompiledDialogue } from '../compile/compile-machine.js';
import { Session, type SessionOptions } from './session.js';
import type { TypedReply } from './types.js';

/** A choice to replay: its id, or its id with what the learner typed for it (free reply). */
export type ReplayedChoice = string | { id: string; typed?: TypedReply };

export interface Replay {
  session: Session;
  /** How many of the given choices were replayed. */
  applied: number;
  /** The first choice that no longer exists at its turn, where the replay stopped. */
  stopped?: { turn: number; choice: string };
}

/**
 * Replays choices (ids, with what was typed for them in free reply) onto a (possibly changed) dialogue, stopping at the first
 * one that is not available any more: how an edited file or a resumed
 * transcript keeps the learner's place as far as that place still exists.
 */
export function replayChoices(compiled: CompiledDialogue, options: SessionOptions, choices: readonly ReplayedChoice[]): Replay {
  const session = new Session(compiled, options);
  for (const [index, entry] of choices.entries()) {
    const choice = typeof entry === 'string' ? entry : entry.id;
    if (!session.available().some((c) => c.id === choice)) {
      return { session, applied: index, stopped: { turn: index + 1, choice } };
    }
    // A typed reply's recorded flags are played again: the step is flagged as it was.
    session.choose(choice, typeof entry === 'string' ? undefined : entry.typed);
  }
  return { session, applied: choices.length };
}

import type { CompiledDialogue } from '../compile/compile-machine.js';
import { Session, type SessionOptions } from './session.js';

export interface Replay {
  session: Session;
  /** How many of the given choices were replayed. */
  applied: number;
  /** The first choice that no longer exists at its turn, where the replay stopped. */
  stopped?: { turn: number; choice: string };
}

/**
 * Replays choice ids onto a (possibly changed) dialogue, stopping at the first
 * one that is not available any more: how an edited file or a resumed
 * transcript keeps the learner's place as far as that place still exists.
 */
export function replayChoices(compiled: CompiledDialogue, options: SessionOptions, choices: readonly string[]): Replay {
  const session = new Session(compiled, options);
  for (const [index, choice] of choices.entries()) {
    if (!session.available().some((c) => c.id === choice)) {
      return { session, applied: index, stopped: { turn: index + 1, choice } };
    }
    session.choose(choice);
  }
  return { session, applied: choices.length };
}

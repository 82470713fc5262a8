import type { Session } from '../engine/session.js';
import type { TypedReply } from '../engine/types.js';
import { flagsInTyped } from '../match/flags-in-typed.js';
import { matchReply, prepareCandidates, type ReplyCandidate, type ReplyMatch } from '../match/match-reply.js';

/** What a typed reply means at this turn: the matcher's answer and, for a match, the reply to hand the session. */
export type Understood = { match: ReplyMatch; typed?: TypedReply };

interface Branch {
  meta?: { text?: string; examples?: readonly string[]; flags?: readonly string[] };
}

/** The choices on screen with their authored paraphrases and flags (a guarded choice: the branch whose text is shown). */
function screenChoices(session: Session): Array<ReplyCandidate & { flags: readonly string[] }> {
  const state = session.dialogue.states[session.turn.state] as { on?: Record<string, Branch | Branch[]> } | undefined;
  return session.available().map((view) => {
    const value = state?.on?.[view.id];
    const branches = Array.isArray(value) ? value : value ? [value] : [];
    const shown = branches.find((b) => b.meta?.text === view.text) ?? branches[0];
    const examples = branches[0]?.meta?.examples ?? shown?.meta?.examples;
    return { id: view.id, text: view.text, ...(examples ? { examples } : {}), flags: shown?.meta?.flags ?? [] };
  });
}

/** Reads the screen's choices ahead of the typing, so matching stays within a frame. */
export function prepareTurn(session: Session): void {
  prepareCandidates(screenChoices(session), session.language);
}

/**
 * Which of the replies on screen the typed words mean, and what the lint reads
 * in them beyond that reply's own flags. The interface does this, not the
 * engine: the engine is handed plain data (layers: engine before match).
 */
export function understandTyped(session: Session, text: string): Understood {
  const choices = screenChoices(session);
  const match = matchReply(text, choices, session.language);
  if (match.kind !== 'match') return { match };
  const own = choices.find((c) => c.id === match.choice)?.flags ?? [];
  const flags = flagsInTyped(text, session.language, own)
    .filter((f) => f.beyondChoice)
    .map(({ flag, phrase }) => ({ flag, phrase }));
  return { match, typed: { text, confidence: match.confidence, flags } };
}

import type { Session } from '../engine/session.js';
import { prepareScreen, screenChoices, understandReply, type UnderstoodReply } from '../match/understand-reply.js';

/** The replies on screen now, as free reply reads them (texts, examples, flags). */
const onScreen = (session: Session) => screenChoices(session.table, session.turn.state, session.available());

/** Reads the screen's choices ahead of the typing, so matching stays within a frame. */
export function prepareTurn(session: Session): void {
  if (!session.ended) prepareScreen(onScreen(session), session.language);
}

/**
 * Which of the replies on screen the typed words mean, and what the lint reads
 * in them: the same reading `parley run --replies` makes. The interface does
 * this, not the engine, which is handed plain data (engine comes before match).
 */
export const understandTyped = (session: Session, text: string): UnderstoodReply => understandReply(text, onScreen(session), session.language);

import type { Session } from '../engine/session.js';
import type { FlagHit } from '../engine/types.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';

/** One block of the conversation so far, with every file-borne text already made safe to print. */
export type ConversationEntry =
  | { kind: 'scene'; key: string; text: string }
  | { kind: 'line'; key: string; speaker: string; text: string; excuse?: string }
  | {
      kind: 'reply';
      key: string;
      turn: number;
      text: string;
      /** Free reply: the choice Parley matched the typed words to, where its text differs from them. */
      matched?: string;
      flags: FlagHit[];
      changes: Array<{ meter: string; delta: number }>;
      feedback?: string;
      reaction?: string;
    };

/** What has been said before the debtor's current line: each turn's line, the learner's reply and what it caused. */
export function conversation(session: Session): ConversationEntry[] {
  const { dialogue } = session;
  const entries: ConversationEntry[] = [];
  for (const step of session.steps) {
    const meta = dialogue.states[step.state]?.meta;
    if (meta?.scene) entries.push({ kind: 'scene', key: `scene-${step.turn}`, text: sanitize(meta.scene) });
    if (step.line !== undefined) {
      entries.push({
        kind: 'line',
        key: `line-${step.turn}`,
        speaker: speakerName(session, meta?.speaker),
        text: sanitize(step.line),
        ...(step.excuse ? { excuse: step.excuse } : {}),
      });
    }
    entries.push({
      kind: 'reply',
      key: `reply-${step.turn}`,
      turn: step.turn,
      // A typed reply is shown as typed: the learner's own words are what the call heard.
      text: step.typed ? sanitizeLine(step.typed.text) : sanitize(step.choice.text),
      ...(step.typed && squash(step.typed.text) !== squash(step.choice.text) ? { matched: sanitize(step.choice.text) } : {}),
      flags: step.flags,
      changes: Object.entries(step.meterChanges).map(([meter, delta]) => ({ meter, delta })),
      ...(step.feedback ? { feedback: sanitize(step.feedback) } : {}),
      ...(step.reaction ? { reaction: sanitize(step.reaction) } : {}),
    });
  }
  return entries;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function speakerName(session: Session, speaker: string | undefined): string {
  return sanitizeLine(speaker ?? session.dialogue.meta.debtor.name);
}

import { useRef, useState } from 'react';
import type { Session } from '../../engine/session.js';
import type { TypedReply } from '../../engine/types.js';
import { backspace, deleteForward, draftText, EMPTY_DRAFT, insert, isFull, moveCursor, type ReplyDraft } from '../reply-draft.js';
import type { TypingKey } from '../typing-keys.js';
import { understandTyped } from '../understand-typed.js';

/** What Parley made of the reply on Enter; shown under the input until the next edit. */
export type Verdict =
  | { kind: 'meant'; choice: { id: string; text: string }; typed: TypedReply }
  | { kind: 'unclear' }
  | { kind: 'between'; first: { id: string; text: string }; second: { id: string; text: string } }
  | { kind: 'empty' }
  | { kind: 'full' };

/** Picking from the list, typing, or confirming what the typed reply was understood as. */
export type FreePhase = 'pick' | 'typing' | 'confirm';

export interface FreeReply {
  phase: FreePhase;
  draft: ReplyDraft;
  verdict: Verdict | undefined;
  /** The choice the list should highlight when the learner turns to it (the one matched, or the likelier of two), as of the last key. */
  suggestion(): string | undefined;
  /** Starts typing (from the list). */
  type(): void;
  /** Handles one key while typing or confirming; `choose` plays a confirmed reply, `scroll` pages the conversation. */
  key(key: TypingKey, actions: { choose(choiceId: string, typed: TypedReply): void; scroll(by: 'pageUp' | 'pageDown'): void }): void;
  /** The phase as of the last key, before React draws again (keys can arrive in one burst). */
  current(): FreePhase;
}

interface State {
  page: unknown;
  phase: FreePhase;
  draft: ReplyDraft;
  verdict?: Verdict | undefined;
  suggested?: string | undefined;
}

/**
 * Free reply on the play screen: the reply being typed, and what Parley
 * understood it as. It starts over (empty, typing if the learner was) on every
 * new turn, `page`; `free` says whether a call starts in typing.
 */
export function useFreeReply(session: Session, page: unknown, free: boolean): FreeReply {
  const state = useRef<State>({ page, phase: free ? 'typing' : 'pick', draft: EMPTY_DRAFT });
  const [, setTick] = useState(0);
  if (state.current.page !== page) {
    const phase = state.current.phase === 'pick' ? 'pick' : 'typing';
    state.current = { page, phase, draft: EMPTY_DRAFT };
  }
  const set = (next: Partial<State>) => {
    state.current = { ...state.current, ...next };
    setTick((n) => n + 1);
  };
  const edit = (draft: ReplyDraft) => set({ phase: 'typing', draft, verdict: isFull(draft) ? { kind: 'full' } : undefined, suggested: undefined });

  const submit = () => {
    const text = draftText(state.current.draft).trim();
    if (!text) return set({ verdict: { kind: 'empty' } });
    const { match, typed } = understandTyped(session, text);
    const view = (id: string | undefined) => session.available().find((c) => c.id === id);
    if (match.kind === 'match' && typed) {
      const choice = view(match.choice);
      if (choice) return set({ phase: 'confirm', verdict: { kind: 'meant', choice, typed }, suggested: choice.id });
    }
    const first = view(match.kind === 'rephrase' ? match.best?.choice : undefined);
    const second = view(match.kind === 'rephrase' ? match.runnerUp?.choice : undefined);
    if (match.kind === 'rephrase' && match.reason === 'ambiguous' && first && second) return set({ verdict: { kind: 'between', first, second }, suggested: first.id });
    set({ verdict: { kind: 'unclear' }, suggested: undefined });
  };

  const { phase, draft, verdict } = state.current;
  return {
    phase,
    draft,
    verdict,
    suggestion: () => state.current.suggested,
    current: () => state.current.phase,
    type: () => set({ phase: 'typing', verdict: undefined }),
    key: (key, actions) => {
      const { draft: now, verdict: shown } = state.current;
      switch (key.kind) {
        case 'text':
          return edit(insert(now, key.text));
        case 'backspace':
          return edit(backspace(now));
        case 'delete':
          return edit(deleteForward(now));
        case 'left':
          return edit(moveCursor(now, now.cursor - 1));
        case 'right':
          return edit(moveCursor(now, now.cursor + 1));
        case 'home':
          return edit(moveCursor(now, 0));
        case 'end':
          return edit(moveCursor(now, now.chars.length));
        case 'clear':
          return edit(EMPTY_DRAFT);
        case 'enter':
          if (state.current.phase === 'confirm' && shown?.kind === 'meant') {
            set({ phase: 'typing', draft: EMPTY_DRAFT, verdict: undefined, suggested: undefined });
            return actions.choose(shown.choice.id, shown.typed);
          }
          return submit();
        case 'tab':
        case 'escape':
          // The draft is kept: `t` comes back to it.
          return set({ phase: 'pick', verdict: key.kind === 'tab' ? shown : undefined });
        case 'pageUp':
        case 'pageDown':
          return actions.scroll(key.kind);
        case 'interrupt':
          return; // Ctrl-C is the app's: it quits from anywhere.
      }
    },
  };
}

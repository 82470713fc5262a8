import { charWidth } from '../render/text-width.js';

/** The reply being typed: its characters (code points, so a Chinese or astral character is one) and the cursor between them. */
export interface ReplyDraft {
  chars: readonly string[];
  /** 0 to chars.length: the cursor sits before chars[cursor]. */
  cursor: number;
}

/** A reply is a line said on a call, not an essay; the matcher reads no further either. */
export const MAX_REPLY_CHARS = 300;

export const EMPTY_DRAFT: ReplyDraft = { chars: [], cursor: 0 };

export const draftText = (draft: ReplyDraft): string => draft.chars.join('');

/** Inserts at the cursor what fits under the cap; characters that take no column on their own (controls) are dropped. */
export function insert(draft: ReplyDraft, text: string): ReplyDraft {
  const room = MAX_REPLY_CHARS - draft.chars.length;
  const added = [...text].filter((c) => charWidth(c) > 0 || /\p{M}/u.test(c)).slice(0, Math.max(0, room));
  if (added.length === 0) return draft;
  const chars = [...draft.chars.slice(0, draft.cursor), ...added, ...draft.chars.slice(draft.cursor)];
  return { chars, cursor: draft.cursor + added.length };
}

export function backspace(draft: ReplyDraft): ReplyDraft {
  if (draft.cursor === 0) return draft;
  return { chars: [...draft.chars.slice(0, draft.cursor - 1), ...draft.chars.slice(draft.cursor)], cursor: draft.cursor - 1 };
}

export function deleteForward(draft: ReplyDraft): ReplyDraft {
  if (draft.cursor >= draft.chars.length) return draft;
  return { chars: [...draft.chars.slice(0, draft.cursor), ...draft.chars.slice(draft.cursor + 1)], cursor: draft.cursor };
}

export const moveCursor = (draft: ReplyDraft, to: number): ReplyDraft => ({ ...draft, cursor: Math.max(0, Math.min(draft.chars.length, to)) });

export const isFull = (draft: ReplyDraft): boolean => draft.chars.length >= MAX_REPLY_CHARS;

/**
 * The draft cut into rows of at most `width` columns (a wide character never
 * split across two rows), with the row and column of the cursor. The cursor is
 * drawn as a cell of its own, so a row ends early enough to leave it room.
 */
export function draftRows(draft: ReplyDraft, width: number): { rows: string[][]; cursorRow: number; cursorIndex: number } {
  const rows: string[][] = [[]];
  let used = 0;
  let cursorRow = 0;
  let cursorIndex = 0;
  const cells = [...draft.chars, ' '];
  cells.forEach((char, index) => {
    const w = Math.max(1, charWidth(char));
    if (used + w > width && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = 0;
    }
    if (index === draft.cursor) {
      cursorRow = rows.length - 1;
      cursorIndex = rows.at(-1)!.length;
    }
    rows.at(-1)!.push(char);
    used += w;
  });
  return { rows, cursorRow, cursorIndex };
}

import { useRef, useState } from 'react';

export interface CursorList {
  /** The highlighted row, kept within the list. */
  index: number;
  move(by: number): void;
  /** The highlighted row as of the last key, even before React re-renders (keys can arrive in one burst). */
  current(): number;
  reset(): void;
}

/**
 * The arrow-key cursor of a list. It starts over at the top whenever `page`
 * changes (a new turn brings new choices).
 */
export function useCursorList(length: number, page: unknown): CursorList {
  const cursor = useRef({ page, index: 0 });
  const [, setTick] = useState(0);
  if (cursor.current.page !== page) cursor.current = { page, index: 0 };
  const clamp = (i: number) => Math.max(0, Math.min(length - 1, i));
  const set = (index: number) => {
    cursor.current = { page, index: clamp(index) };
    setTick((n) => n + 1);
  };
  return {
    index: clamp(cursor.current.index),
    move: (by) => set(cursor.current.index + by),
    current: () => clamp(cursor.current.index),
    reset: () => set(0),
  };
}

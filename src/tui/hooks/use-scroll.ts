import type { Key } from 'ink';
import { useState } from 'react';

export interface Scroll {
  offset: number;
  /** Told by the ScrollView how far its content can move from where it rests: `max` one way, `min` (≤ 0) the other. */
  setRange(max: number, min?: number, view?: number): void;
  /** Handles PgUp/PgDn (and, with `arrows`, ↑↓); true if the key scrolled. */
  handle(key: Key, arrows?: boolean): boolean;
}

/** A page is the window's height less one row, so paging never skips a line. */
const pageRows = (view: number) => Math.max(1, view - 1);

/**
 * Scroll position for a ScrollView. It returns to where the view rests whenever
 * `page` changes, so a new turn is always in view.
 */
export function useScroll(page: unknown, direction: 'back' | 'down'): Scroll {
  const [state, setState] = useState({ page, offset: 0, max: 0, min: 0, view: 6 });
  const current = state.page === page ? state : { ...state, page, offset: 0 };
  const by = (rows: number) =>
    setState((s) => {
      const base = s.page === page ? s : { ...s, page, offset: 0 };
      return { ...base, offset: Math.max(base.min, Math.min(base.max, base.offset + rows)) };
    });
  // PgUp goes back in a history anchored at the bottom, up a page anchored at the top.
  const sign = direction === 'back' ? 1 : -1;
  return {
    offset: current.offset,
    setRange: (max, min = 0, view = state.view) =>
      setState((s) => {
        const base = s.page === page ? s : { ...s, page, offset: 0 };
        if (base.max === max && base.min === min && base.view === view) return base === s ? s : base;
        return { ...base, max, min, view, offset: Math.max(min, Math.min(max, base.offset)) };
      }),
    handle: (key, arrows = false) => {
      if (key.pageUp || (arrows && key.upArrow)) by(sign * (key.pageUp ? pageRows(state.view) : 1));
      else if (key.pageDown || (arrows && key.downArrow)) by(-sign * (key.pageDown ? pageRows(state.view) : 1));
      else return false;
      return true;
    },
  };
}

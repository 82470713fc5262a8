import type { Coded } from '../diagnostics/codes.js';
import type { Path } from '../load/source-map.js';

/** A problem found in a value, before it is given a file position. */
export type Finding = Coded<'error' | 'warning'> & {
  message: string;
  path: Path;
  /** Point at the key rather than the value (unknown or duplicate names). */
  atKey?: boolean;
  hint?: string;
};

/**
 * Line-level pieces of the YAML subset (see read-subset.ts): where keys,
 * plain scalars and comments start and end on one line. Shared by the reader
 * and by the locator that finds positions for diagnostics.
 */
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';

class GiveUp {}
export const GIVE_UP = new GiveUp();
/** Leaves the document to the full parser. */
export const giveUp = (): never => {
  throw GIVE_UP;
};

/** Characters the full parser treats specially in places the subset does not follow: tabs, controls, BOM, odd line breaks. */
export const UNUSUAL_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** A plain scalar cannot start with these (or starts something the subset leaves alone). */
const INDICATOR_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);
const MAX_IMPLICIT_KEY = 1024;
/** Where a plain scalar inside a flow collection ends, or something the subset defers on. */
const FLOW_STOP = /[,\]}:[{"']| #/g;

export function isSequenceItem(line: string, indent: number): boolean {
  return line.charCodeAt(indent) === 0x2d /* - */ && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 0x20);
}

export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

export function skipSpaces(line: string, i: number): number {
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/**
 * Whether a plain scalar cannot start at `i`: an indicator, except `-`, `?`
 * and `:` followed by a character that could go on a plain scalar (`-2`).
 */
export function startsWithIndicator(line: string, i: number, inFlow: boolean): boolean {
  const ch = line[i]!;
  if (!INDICATOR_START.has(ch)) return false;
  if (ch !== '-' && ch !== '?' && ch !== ':') return true;
  const next = line[i + 1];
  return next === undefined || next === ' ' || (inFlow && FLOW_INDICATORS.has(next));
}

/** Nothing but spaces and perhaps a comment from `i` on. */
export function restIsComment(line: string, i: number): boolean {
  const j = skipSpaces(line, i);
  return j === line.length || (line.charCodeAt(j) === 0x23 && j > i);
}

/**
 * The colon that ends an implicit key starting at `col`, or -1 when the line
 * holds no `key:` there. Only keys the subset can read are recognised.
 */
export function keyEnd(line: string, col: number): number {
  const ch = line[col];
  if (ch === '"' || ch === "'") {
    const quoted = ch === '"' ? readDoubleQuoted(line, col) : readSingleQuoted(line, col);
    if (!quoted) return -1;
    const end = quoted.end;
    return line[end] === ':' && (end + 1 === line.length || line[end + 1] === ' ') ? end : -1;
  }
  if (ch === undefined || startsWithIndicator(line, col, false)) return -1;
  const colon = colonSpace(line, col + 1);
  if (colon === -1 || colon - col > MAX_IMPLICIT_KEY) return -1;
  const comment = line.indexOf(' #', col);
  return comment !== -1 && comment < colon ? -1 : colon;
}

/**
 * The first `:` at or after `from` that is followed by a space or the end of
 * the line. The scans here use the engine's own string search rather than a
 * loop per character: a command reads a file once, mostly before the JIT has
 * compiled anything, and native search is fast from the first call.
 */
function colonSpace(line: string, from: number): number {
  for (let i = line.indexOf(':', from); i !== -1; i = line.indexOf(':', i + 1)) {
    if (i + 1 === line.length || line.charCodeAt(i + 1) === 0x20) return i;
  }
  return -1;
}

export function readKey(line: string, col: number, colon: number): string {
  const ch = line[col];
  let key: string;
  if (ch === '"' || ch === "'") {
    key = (ch === '"' ? readDoubleQuoted(line, col) : readSingleQuoted(line, col))!.value;
  } else {
    const raw = line.slice(col, colon);
    // `key :` and keys with odd spacing are rare enough to leave to the full parser.
    if (raw.endsWith(' ')) giveUp();
    key = String(resolvePlain(raw));
    if (key === '<<') giveUp();
  }
  if (key === '__proto__' || key.length > MAX_IMPLICIT_KEY) giveUp();
  return key;
}

/**
 * End of a plain scalar in block context (after its last non-space), before
 * any ` #` comment; gives up on `: `, a mapping where none can start.
 */
export function plainEnd(line: string, col: number): number {
  const comment = line.indexOf(' #', col);
  const end = comment === -1 ? line.length : comment;
  const colon = colonSpace(line, col + 1);
  if (colon !== -1 && colon < end) giveUp();
  return trimSpacesBack(line, col, end);
}

/** YAML trims only spaces (and tabs, which the subset excludes), not every Unicode space. */
export function trimSpacesBack(line: string, start: number, end: number): number {
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** End of a plain scalar inside a flow collection; a key ends at its colon. */
export function flowPlainEnd(line: string, col: number, isKey: boolean): number {
  FLOW_STOP.lastIndex = col;
  const stop = FLOW_STOP.exec(line);
  if (!stop) return giveUp();
  const i = stop.index;
  const c = stop[0];
  if (c === ',' || c === ']' || c === '}') {
    if (isKey) giveUp();
    return trimSpacesBack(line, col, i);
  }
  if (c === ':' && isKey && line[i + 1] === ' ' && line[i - 1] !== ' ') return i;
  // A colon elsewhere, brackets, quotes (fine inside a plain scalar in block context, ambiguous here) or a comment: defer.
  return giveUp();
}

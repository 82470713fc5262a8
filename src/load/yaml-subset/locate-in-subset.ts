import type { Entry, Path, Position } from '../source-map.js';
import { FlowReader, type FlowPositions } from './flow-reader.js';
import { GIVE_UP, indentOf, isSequenceItem, keyEnd, readKey, skipSpaces } from './line-syntax.js';

/** Where a walk down a path has got to: a block collection, a one-line flow collection, or a leaf. */
type Place =
  | { kind: 'block'; row: number; col: number }
  | { kind: 'flow'; value: unknown; positions: FlowPositions }
  | { kind: 'leaf' };

const LEAF: Place = { kind: 'leaf' };

/**
 * Finds where a path was written in a document the subset reader accepted,
 * by following the path through the lines: the keys of a mapping stand at its
 * indent, the items of a sequence are the dashes at its indent. Only the
 * collections on the path are scanned and no values are built, so a diagnostic
 * on a large dialogue costs a scan of its lines, not a second parse.
 */
export function subsetLocator(text: string): (path: Path) => Entry | undefined {
  let lines: string[] | undefined;
  return (path) => {
    lines ??= text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    try {
      return locate(lines, path);
    } catch (error) {
      // Re-reading a line as a flow collection may give up where the reader did not need that line's
      // positions; the caller then places the diagnostic at the nearest known node. Anything else is a bug.
      if (error === GIVE_UP) return undefined;
      throw error;
    }
  };
}

const at = (row: number, col: number): Position => ({ line: row + 1, col: col + 1 });

function locate(lines: string[], path: Path): Entry | undefined {
  let row = nextContent(lines, 0);
  if (row !== -1 && /^---( |$)/.test(lines[row]!)) row = nextContent(lines, row + 1);
  if (row === -1) return undefined;
  const col = indentOf(lines[row]!);
  let place: Place = { kind: 'block', row, col };
  let entry: Entry = { value: at(row, col) };
  for (const part of path) {
    const step: [Entry, Place] | undefined = place.kind === 'block' ? blockStep(lines, place, part) : place.kind === 'flow' ? flowStep(place, part) : undefined;
    if (!step) return undefined;
    [entry, place] = step;
  }
  return entry;
}

function blockStep(lines: string[], { row, col }: { row: number; col: number }, part: string | number): [Entry, Place] | undefined {
  if (isSequenceItem(lines[row]!, col)) {
    if (typeof part !== 'number') return undefined;
    for (let r = row, index = 0; r !== -1; r = nextAtIndent(lines, r, col, true), index++) {
      if (index < part) continue;
      const line = lines[r]!;
      const c = skipSpaces(line, col + 1);
      if (c === line.length || (line[c] === '#' && c > col + 1)) {
        const next = nextContent(lines, r + 1);
        const deeper = next !== -1 && indentOf(lines[next]!) > col;
        // An empty item is placed where its value would have started, as the full parser places it.
        return deeper ? blockValue(lines, next) : [{ value: at(r, c) }, LEAF];
      }
      const place: Place = isSequenceItem(line, c) || keyEnd(line, c) !== -1 ? { kind: 'block', row: r, col: c } : inlinePlace(line, r, c);
      return [{ value: at(r, c) }, place];
    }
    return undefined;
  }
  const wanted = String(part);
  for (let r = row; r !== -1; r = nextAtIndent(lines, r, col, false)) {
    const line = lines[r]!;
    const colon = keyEnd(line, col);
    if (colon === -1 || readKey(line, col, colon) !== wanted) continue;
    const key = at(r, col);
    const c = skipSpaces(line, colon + 1);
    if (c === line.length || line[c] === '#') {
      const next = nextContent(lines, r + 1);
      const indent = next === -1 ? -1 : indentOf(lines[next]!);
      if (indent > col || (indent === col && isSequenceItem(lines[next]!, col))) {
        const [entry, place] = blockValue(lines, next);
        return [{ key, value: entry.value }, place];
      }
      return [{ key, value: at(r, c) }, LEAF];
    }
    return [{ key, value: at(r, c) }, inlinePlace(line, r, c)];
  }
  return undefined;
}

/** A block collection starting on `row`, at its indent. */
function blockValue(lines: string[], row: number): [Entry, Place] {
  const col = indentOf(lines[row]!);
  return [{ value: at(row, col) }, { kind: 'block', row, col }];
}

/** A value written on the line it belongs to: a flow collection is read again (one line) for its positions. */
function inlinePlace(line: string, row: number, col: number): Place {
  if (line[col] !== '[' && line[col] !== '{') return LEAF;
  const positions: FlowPositions = { entries: new Map(), at: (c) => at(row, c) };
  const reader = new FlowReader(line, () => {}, positions);
  return { kind: 'flow', value: reader.collection(col, 0), positions };
}

function flowStep(place: Extract<Place, { kind: 'flow' }>, part: string | number): [Entry, Place] | undefined {
  const { value, positions } = place;
  const entries = value !== null && typeof value === 'object' ? positions.entries.get(value) : undefined;
  if (!entries) return undefined;
  const entry = Array.isArray(entries) ? (typeof part === 'number' ? entries[part] : undefined) : entries.get(String(part));
  if (!entry) return undefined;
  const child = (value as Record<string | number, unknown>)[part];
  const next: Place = child !== null && typeof child === 'object' ? { ...place, value: child } : LEAF;
  return [entry, next];
}

/** The next row, after `row`, that is not blank or a comment; -1 at the end. */
function nextContent(lines: string[], row: number): number {
  for (let r = row; r < lines.length; r++) {
    const line = lines[r]!;
    const i = indentOf(line);
    if (i < line.length && line[i] !== '#') return r;
  }
  return -1;
}

/**
 * The next entry of the collection whose entries stand at `col`: the next
 * content row at that indent (a sequence's dash, or a mapping's key; dashes at
 * a mapping's indent belong to one of its values), or -1 once a row is less
 * indented.
 */
function nextAtIndent(lines: string[], row: number, col: number, sequence: boolean): number {
  for (let r = nextContent(lines, row + 1); r !== -1; r = nextContent(lines, r + 1)) {
    const indent = indentOf(lines[r]!);
    if (indent < col) return -1;
    if (indent > col) continue;
    const item = isSequenceItem(lines[r]!, col);
    if (sequence) return item ? r : -1;
    if (!item) return r;
  }
  return -1;
}

import type { Entry, Position } from '../source-map.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';

/**
 * The YAML that dialogue files are written in — block mappings and sequences,
 * one-line plain and quoted scalars, one-line flow collections, simple literal
 * and folded block scalars, comments — read in one pass over the lines.
 *
 * Why: the `yaml` library builds a token stream, a syntax tree and a document
 * before any value exists; for a large dialogue that is most of the load time
 * and memory. Anything outside the subset, anything the full parser would
 * report, and anything over a limit is not judged here: the reader gives up
 * (returns UNSUPPORTED) and the caller runs the full parser, which says what
 * is wrong with file:line:col. So the subset only has to be right on what it
 * accepts, and tests/yaml-subset.test.ts holds it equal to the full parser.
 */
export const UNSUPPORTED: unique symbol = Symbol('outside the YAML subset');

export interface SubsetLimits {
  maxNodes: number;
  maxDepth: number;
  maxLineLength: number;
}

/** Where the document and each entry of each collection were written, for diagnostics; only filled when asked for. */
export interface SubsetPositions {
  root?: Position;
  entries: Map<object, Map<string, Entry> | Entry[]>;
}

class GiveUp {}
const GIVE_UP = new GiveUp();
const giveUp = (): never => {
  throw GIVE_UP;
};

/** Characters the full parser treats specially in places the subset does not follow: tabs, controls, BOM, odd line breaks. */
const UNUSUAL_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** A plain scalar cannot start with these (or starts something the subset leaves alone). */
const INDICATOR_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);
const MAX_IMPLICIT_KEY = 1024;

export function readYamlSubset(text: string, limits: SubsetLimits, positions?: SubsetPositions): unknown {
  if (UNUSUAL_CHARACTERS.test(text)) return UNSUPPORTED;
  try {
    return new SubsetReader(text, limits, positions).document();
  } catch (error) {
    // Deep recursion cannot happen within maxDepth, but a stack overflow is still a reason to defer, not to crash.
    if (error === GIVE_UP || error instanceof RangeError) return UNSUPPORTED;
    throw error;
  }
}

class SubsetReader {
  readonly #lines: string[];
  readonly #limits: SubsetLimits;
  readonly #positions: SubsetPositions | undefined;
  /** Index of the line being read. */
  #row = 0;
  #nodes = 0;

  constructor(text: string, limits: SubsetLimits, positions: SubsetPositions | undefined) {
    this.#lines = text.split('\n');
    const crlf = text.includes('\r');
    for (let i = 0; i < this.#lines.length; i++) {
      let line = this.#lines[i]!;
      if (crlf) {
        if (line.endsWith('\r')) this.#lines[i] = line = line.slice(0, -1);
        if (line.includes('\r')) giveUp();
      }
      if (line.length > limits.maxLineLength) giveUp();
    }
    this.#limits = limits;
    this.#positions = positions;
  }

  document(): unknown {
    const first = this.#nextContent();
    if (first !== -1 && this.#lines[this.#row]!.startsWith('---')) {
      const marker = this.#lines[this.#row]!;
      if (!(marker === '---' || /^--- +(#.*)?$/.test(marker))) giveUp();
      this.#row++;
    }
    const indent = this.#nextContent();
    if (indent === -1) return null;
    // A document that is one flow collection or one scalar is no dialogue; the full parser can have it.
    const line = this.#lines[this.#row]!;
    if (!isSequenceItem(line, indent) && keyEnd(line, indent) === -1) giveUp();
    if (this.#positions) this.#positions.root = this.#at(this.#row, indent);
    const value = this.#block(indent, 1);
    if (this.#nextContent() !== -1) giveUp();
    return value;
  }

  /** Skips blank and comment lines; the indent of the next content line, or -1 at the end. */
  #nextContent(): number {
    const lines = this.#lines;
    for (; this.#row < lines.length; this.#row++) {
      const line = lines[this.#row]!;
      let i = 0;
      while (line.charCodeAt(i) === 0x20) i++;
      if (i === line.length || line.charCodeAt(i) === 0x23 /* # */) continue;
      if (i === 0 && (line.startsWith('---') || line.startsWith('...'))) {
        // Document markers end or start documents; only a leading '---' is followed here.
        if (line.length === 3 || line[3] === ' ') {
          if (this.#row === 0 || this.#onlyCommentsBefore()) return 0;
          giveUp();
        }
      }
      if (line.charCodeAt(i) === 0x25 /* % */ && i === 0) giveUp();
      return i;
    }
    return -1;
  }

  #onlyCommentsBefore(): boolean {
    for (let r = 0; r < this.#row; r++) {
      const trimmed = this.#lines[r]!.trimStart();
      if (trimmed !== '' && !trimmed.startsWith('#')) return false;
    }
    return true;
  }

  #count(depth: number): void {
    if (++this.#nodes > this.#limits.maxNodes || depth > this.#limits.maxDepth) giveUp();
  }

  #at(row: number, col: number): Position {
    return { line: row + 1, col: col + 1 };
  }

  /** A block node whose first line is the current one, at `indent`. */
  #block(indent: number, depth: number): unknown {
    const line = this.#lines[this.#row]!;
    if (isSequenceItem(line, indent)) return this.#sequence(indent, depth);
    return this.#mapping(indent, depth);
  }

  #sequence(indent: number, depth: number): unknown[] {
    this.#count(depth);
    const items: unknown[] = [];
    const entries: Entry[] | undefined = this.#positions ? [] : undefined;
    if (entries) this.#positions!.entries.set(items, entries);
    for (;;) {
      const row = this.#row;
      const line = this.#lines[row]!;
      let col = indent + 1;
      while (line.charCodeAt(col) === 0x20) col++;
      if (col === line.length || (line.charCodeAt(col) === 0x23 && col > indent + 1)) {
        // `-` with nothing after it: the item is the block below, or null.
        this.#row++;
        const next = this.#nextContent();
        if (next > indent) {
          entries?.push({ value: this.#at(this.#row, next) });
          items.push(this.#block(next, depth + 1));
        } else {
          this.#count(depth + 1);
          entries?.push({ value: this.#at(row, indent) });
          items.push(null);
        }
      } else {
        entries?.push({ value: this.#at(row, col) });
        if (isSequenceItem(line, col)) items.push(this.#sequence(col, depth + 1));
        else if (keyEnd(line, col) !== -1) items.push(this.#mapping(col, depth + 1));
        else items.push(this.#inline(line, col, indent, depth + 1));
      }
      const next = this.#nextContent();
      if (next < indent) return items;
      if (next > indent || !isSequenceItem(this.#lines[this.#row]!, indent)) {
        // A line at the sequence's indent that is not an item ends it (the parent mapping goes on).
        if (next === indent) return items;
        giveUp();
      }
    }
  }

  /** A block mapping whose keys stand at column `indent`; its first key may follow a `- ` on the current line. */
  #mapping(indent: number, depth: number): Record<string, unknown> {
    this.#count(depth);
    const result: Record<string, unknown> = {};
    const entries: Map<string, Entry> | undefined = this.#positions ? new Map() : undefined;
    if (entries) this.#positions!.entries.set(result, entries);
    for (;;) {
      const row = this.#row;
      const line = this.#lines[row]!;
      const colon = keyEnd(line, indent);
      if (colon === -1) giveUp();
      const key = readKey(line, indent, colon);
      if (Object.prototype.hasOwnProperty.call(result, key)) giveUp();
      const keyAt = entries ? this.#at(row, indent) : undefined;
      let col = colon + 1;
      while (line.charCodeAt(col) === 0x20) col++;
      let value: unknown;
      if (col === line.length || line.charCodeAt(col) === 0x23 /* # */) {
        this.#row++;
        const next = this.#nextContent();
        if (next > indent || (next === indent && isSequenceItem(this.#lines[this.#row]!, indent))) {
          entries?.set(key, { key: keyAt!, value: this.#at(this.#row, next) });
          value = this.#block(next, depth + 1);
        } else {
          this.#count(depth + 1);
          entries?.set(key, { key: keyAt!, value: keyAt! });
          value = null;
        }
      } else {
        entries?.set(key, { key: keyAt!, value: this.#at(row, col) });
        value = this.#inline(line, col, indent, depth + 1);
      }
      result[key] = value;
      const next = this.#nextContent();
      if (next < indent) return result;
      // Items at a mapping's own indent only belong to a key with an empty value, read above.
      if (next > indent || isSequenceItem(this.#lines[this.#row]!, indent)) giveUp();
    }
  }

  /**
   * A value that starts on the current line at `col`: a scalar, a one-line flow
   * collection or a block scalar. Leaves the reader on the line after it.
   */
  #inline(line: string, col: number, parent: number, depth: number): unknown {
    const ch = line[col]!;
    if (ch === '|' || ch === '>') return this.#blockScalar(line, col, parent, depth);
    this.#count(depth);
    let value: unknown;
    let end: number;
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(line, col) : readSingleQuoted(line, col);
      if (!quoted) giveUp();
      value = quoted!.value;
      end = quoted!.end;
    } else if (ch === '[' || ch === '{') {
      const flow = new FlowReader(line, this.#positions, (d) => this.#count(d), (c) => this.#at(this.#row, c));
      value = flow.collection(col, depth);
      end = flow.end;
    } else {
      if (startsWithIndicator(line, col, false)) giveUp();
      end = plainEnd(line, col);
      value = resolvePlain(line.slice(col, end));
    }
    if (!restIsComment(line, end)) giveUp();
    this.#row++;
    // A deeper line straight after a one-line value would continue it (a multi-line scalar): not in the subset.
    if (this.#nextContent() > parent) giveUp();
    return value;
  }

  #blockScalar(line: string, col: number, parent: number, depth: number): string {
    this.#count(depth);
    const folded = line[col] === '>';
    let i = col + 1;
    const strip = line[i] === '-';
    if (strip) i++;
    if (!restIsComment(line, i) || (i < line.length && line[i] !== ' ')) giveUp();
    const lines = this.#lines;
    let row = this.#row + 1;
    const first = row < lines.length ? indentOf(lines[row]!) : -1;
    // Leading blank lines, empty scalars and content not deeper than the parent are left to the full parser.
    if (first === -1 || first <= parent || first === lines[row]!.length) giveUp();
    const content: string[] = [];
    for (; row < lines.length; row++) {
      const text = lines[row]!;
      const indent = indentOf(text);
      if (indent === text.length) {
        if (indent > first) giveUp();
        content.push('');
        continue;
      }
      if (indent < first) break;
      const body = text.slice(first);
      if (folded && body.charCodeAt(0) === 0x20) giveUp();
      content.push(body);
    }
    while (content.length > 0 && content[content.length - 1] === '') content.pop();
    this.#row = row;
    const next = this.#nextContent();
    if (next > parent && next !== -1) giveUp();
    let value = '';
    if (folded) {
      let blanks = -1;
      for (const body of content) {
        if (body === '') {
          blanks++;
          continue;
        }
        if (blanks === 0) value += ' ';
        else if (blanks > 0) value += '\n'.repeat(blanks);
        value += body;
        blanks = 0;
      }
    } else {
      value = content.join('\n');
    }
    return strip ? value : `${value}\n`;
  }
}

/** Reads one-line flow collections: `[a, b]`, `{ trust: 1, cooperation: -1 }`, nested. */
class FlowReader {
  end = 0;

  constructor(
    readonly line: string,
    readonly positions: SubsetPositions | undefined,
    readonly count: (depth: number) => void,
    readonly at: (col: number) => Position,
  ) {}

  collection(col: number, depth: number): unknown {
    const line = this.line;
    const isMap = line[col] === '{';
    const close = isMap ? '}' : ']';
    const map: Record<string, unknown> = {};
    const seq: unknown[] = [];
    const mapEntries: Map<string, Entry> | undefined = this.positions && isMap ? new Map() : undefined;
    const seqEntries: Entry[] | undefined = this.positions && !isMap ? [] : undefined;
    if (mapEntries) this.positions!.entries.set(map, mapEntries);
    if (seqEntries) this.positions!.entries.set(seq, seqEntries);
    let i = skipSpaces(line, col + 1);
    if (line[i] === close) {
      this.end = i + 1;
      return isMap ? map : seq;
    }
    for (;;) {
      if (isMap) {
        const keyStart = i;
        let key: string;
        const ch = line[i];
        if (ch === '"' || ch === "'") {
          const quoted = ch === '"' ? readDoubleQuoted(line, i) : readSingleQuoted(line, i);
          if (!quoted) giveUp();
          key = quoted!.value;
          i = quoted!.end;
        } else {
          if (ch === undefined || startsWithIndicator(line, i, true)) giveUp();
          const end = flowPlainEnd(line, i, true);
          key = String(resolvePlain(line.slice(i, end)));
          i = end;
        }
        if (line[i] !== ':' || line[i + 1] !== ' ') giveUp();
        if (key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
        i = skipSpaces(line, i + 1);
        const valueAt = i;
        map[key] = this.#value(i, depth + 1);
        mapEntries?.set(key, { key: this.at(keyStart), value: this.at(valueAt) });
        i = this.end;
      } else {
        seqEntries?.push({ value: this.at(i) });
        seq.push(this.#value(i, depth + 1));
        i = this.end;
      }
      i = skipSpaces(line, i);
      if (line[i] === close) {
        this.end = i + 1;
        this.count(depth);
        return isMap ? map : seq;
      }
      if (line[i] !== ',') giveUp();
      i = skipSpaces(line, i + 1);
      // A trailing comma, or an empty entry, is left to the full parser.
      if (line[i] === close || line[i] === ',') giveUp();
    }
  }

  #value(i: number, depth: number): unknown {
    const line = this.line;
    const ch = line[i];
    if (ch === '[' || ch === '{') return this.collection(i, depth);
    this.count(depth);
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(line, i) : readSingleQuoted(line, i);
      if (!quoted) giveUp();
      this.end = quoted!.end;
      return quoted!.value;
    }
    if (ch === undefined || startsWithIndicator(line, i, true)) giveUp();
    const end = flowPlainEnd(line, i, false);
    this.end = end;
    return resolvePlain(line.slice(i, end));
  }
}

function isSequenceItem(line: string, indent: number): boolean {
  return line.charCodeAt(indent) === 0x2d /* - */ && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 0x20);
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

function skipSpaces(line: string, i: number): number {
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/**
 * Whether a plain scalar cannot start at `i`: an indicator, except `-`, `?`
 * and `:` followed by a character that could go on a plain scalar (`-2`).
 */
function startsWithIndicator(line: string, i: number, inFlow: boolean): boolean {
  const ch = line[i]!;
  if (!INDICATOR_START.has(ch)) return false;
  if (ch !== '-' && ch !== '?' && ch !== ':') return true;
  const next = line[i + 1];
  return next === undefined || next === ' ' || (inFlow && FLOW_INDICATORS.has(next));
}

/** Nothing but spaces and perhaps a comment from `i` on. */
function restIsComment(line: string, i: number): boolean {
  const j = skipSpaces(line, i);
  return j === line.length || (line.charCodeAt(j) === 0x23 && j > i);
}

/**
 * The colon that ends an implicit key starting at `col`, or -1 when the line
 * holds no `key:` there. Only keys the subset can read are recognised.
 */
function keyEnd(line: string, col: number): number {
  const ch = line[col];
  if (ch === '"' || ch === "'") {
    const quoted = ch === '"' ? readDoubleQuoted(line, col) : readSingleQuoted(line, col);
    if (!quoted) return -1;
    const end = quoted.end;
    return line[end] === ':' && (end + 1 === line.length || line[end + 1] === ' ') ? end : -1;
  }
  if (ch === undefined || startsWithIndicator(line, col, false)) return -1;
  for (let i = col + 1; i < line.length && i - col <= MAX_IMPLICIT_KEY; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a /* : */ && (i + 1 === line.length || line.charCodeAt(i + 1) === 0x20)) return i;
    if (c === 0x23 /* # */ && line.charCodeAt(i - 1) === 0x20) return -1;
  }
  return -1;
}

function readKey(line: string, col: number, colon: number): string {
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
function plainEnd(line: string, col: number): number {
  let end = line.length;
  for (let i = col + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x23 /* # */ && line.charCodeAt(i - 1) === 0x20) {
      end = i;
      break;
    }
    if (c === 0x3a /* : */ && (i + 1 === line.length || line.charCodeAt(i + 1) === 0x20)) giveUp();
  }
  return trimSpacesBack(line, col, end);
}

/** YAML trims only spaces (and tabs, which the subset excludes), not every Unicode space. */
function trimSpacesBack(line: string, start: number, end: number): number {
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** End of a plain scalar inside a flow collection; a key ends at its colon. */
function flowPlainEnd(line: string, col: number, isKey: boolean): number {
  for (let i = col; i < line.length; i++) {
    const c = line[i];
    if (c === ',' || c === ']' || c === '}') {
      if (isKey) giveUp();
      return trimSpacesBack(line, col, i);
    }
    if (c === ':') {
      if (isKey && line[i + 1] === ' ' && line[i - 1] !== ' ') return i;
      giveUp();
    }
    if (c === '[' || c === '{' || c === '"' || c === "'" || (c === '#' && line[i - 1] === ' ')) {
      // Quotes inside a plain scalar are fine in block context but make flow scanning ambiguous; defer.
      giveUp();
    }
  }
  return giveUp();
}

import { FlowReader } from './flow-reader.js';
import { GIVE_UP, giveUp, indentOf, isSequenceItem, keyEnd, plainEnd, readKey, restIsComment, startsWithIndicator, UNUSUAL_CHARACTERS } from './line-syntax.js';
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

export function readYamlSubset(text: string, limits: SubsetLimits): unknown {
  if (UNUSUAL_CHARACTERS.test(text)) return UNSUPPORTED;
  try {
    return new SubsetReader(text, limits).document();
  } catch (error) {
    // Deep recursion cannot happen within maxDepth, but a stack overflow is still a reason to defer, not to crash.
    if (error === GIVE_UP || error instanceof RangeError) return UNSUPPORTED;
    throw error;
  }
}

class SubsetReader {
  readonly #lines: string[];
  readonly #limits: SubsetLimits;
  /** Index of the line being read. */
  #row = 0;
  #nodes = 0;

  constructor(text: string, limits: SubsetLimits) {
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
  }

  document(): unknown {
    const first = this.#nextContent();
    // An empty document after a '---' is rare enough to leave to the full parser, which places it.
    const marked = first !== -1 && this.#lines[this.#row]!.startsWith('---');
    if (marked) {
      const marker = this.#lines[this.#row]!;
      if (!(marker === '---' || /^--- +(#.*)?$/.test(marker))) giveUp();
      this.#row++;
    }
    const indent = this.#nextContent();
    if (indent === -1) return this.#row > 0 && marked ? giveUp() : null;
    // A document that is one flow collection or one scalar is no dialogue; the full parser can have it.
    const line = this.#lines[this.#row]!;
    if (!isSequenceItem(line, indent) && keyEnd(line, indent) === -1) giveUp();
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

  /** A block node whose first line is the current one, at `indent`. */
  #block(indent: number, depth: number): unknown {
    const line = this.#lines[this.#row]!;
    if (isSequenceItem(line, indent)) return this.#sequence(indent, depth);
    return this.#mapping(indent, depth);
  }

  #sequence(indent: number, depth: number): unknown[] {
    this.#count(depth);
    const items: unknown[] = [];
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
          items.push(this.#block(next, depth + 1));
        } else {
          this.#count(depth + 1);
          items.push(null);
        }
      } else {
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
    for (;;) {
      const row = this.#row;
      const line = this.#lines[row]!;
      const colon = keyEnd(line, indent);
      if (colon === -1) giveUp();
      const key = readKey(line, indent, colon);
      if (Object.prototype.hasOwnProperty.call(result, key)) giveUp();
      let col = colon + 1;
      while (line.charCodeAt(col) === 0x20) col++;
      let value: unknown;
      if (col === line.length || line.charCodeAt(col) === 0x23 /* # */) {
        this.#row++;
        const next = this.#nextContent();
        if (next > indent || (next === indent && isSequenceItem(this.#lines[this.#row]!, indent))) {
          value = this.#block(next, depth + 1);
        } else {
          this.#count(depth + 1);
          value = null;
        }
      } else {
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
      const flow = new FlowReader(line, (d) => this.#count(d));
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


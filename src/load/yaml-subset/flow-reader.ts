import type { Entry, Position } from '../source-map.js';
import { flowPlainEnd, giveUp, skipSpaces, startsWithIndicator } from './line-syntax.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';

/** Where each entry of each flow collection read was written; the locator asks for them, the reader does not. */
export interface FlowPositions {
  entries: Map<object, Map<string, Entry> | Entry[]>;
  at: (col: number) => Position;
}

/** Reads one-line flow collections: `[a, b]`, `{ trust: 1, cooperation: -1 }`, nested. */
export class FlowReader {
  end = 0;

  constructor(
    readonly line: string,
    readonly count: (depth: number) => void,
    readonly positions?: FlowPositions,
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
        mapEntries?.set(key, { key: this.positions!.at(keyStart), value: this.positions!.at(valueAt) });
        i = this.end;
      } else {
        seqEntries?.push({ value: this.positions!.at(i) });
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


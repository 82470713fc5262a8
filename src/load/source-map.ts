export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A machine-form path prefix (`from`) and the authoring-form path it was written at. */
export interface Move {
  from: Path;
  to: Path;
  /** The move lands on a key (a meter named in `meters: { trust: 1 }`), so a position for exactly `from` points at the key. */
  key: boolean;
}

/** The move covering the longest prefix of a path, if any prefix was moved. */
export type MoveResolver = (path: Path) => Move | undefined;

export interface Entry {
  key?: Position;
  value: Position;
}


/**
 * Positions of every node of a parsed document by path, so any later stage can
 * point at the line an author has to fix. Lookups fall back to the nearest
 * ancestor that exists (a missing key is reported at its parent). Positions
 * are found on demand by `locate` (in the lines, or in the YAML parser's tree):
 * most files have no problems, so most positions are never asked for.
 */
export class SourceMap {
  readonly #locate: ((path: Path) => Entry | undefined) | undefined;

  constructor(locate?: (path: Path) => Entry | undefined) {
    this.#locate = locate;
  }

  /**
   * Adds a way to find where nodes that normalising moved were written, so
   * diagnostics about machine-form paths land on the authoring form. Asked
   * per lookup rather than declared per node: a large dialogue moves hundreds
   * of thousands of nodes and most loads report nothing.
   */
  addMoves(moves: MoveResolver): void {
    this.#moves.push(moves);
  }
  readonly #moves: MoveResolver[] = [];

  /** Position of the value at `path`, or with `{ key: true }` of its key. */
  at(path: Path, options: { key?: boolean } = {}): Position {
    const alias = this.#aliasFor(path);
    // An alias that lands on a key (a meter named in `meters: { trust: 1 }`) points at the name.
    const wantKey = options.key || (alias !== undefined && alias.key && alias.from.length === path.length);
    let current = this.#resolveAlias(path);
    for (;;) {
      const entry = this.#locate?.(current);
      if (entry) return (wantKey && entry.key) || entry.value;
      if (current.length === 0) return { line: 1, col: 1 };
      current = current.slice(0, -1);
    }
  }

  /** The source path a (possibly normalised) path came from. */
  sourcePath(path: Path): Path {
    return this.#resolveAlias(path);
  }

  #aliasFor(path: Path): Move | undefined {
    for (const moves of this.#moves) {
      const move = moves(path);
      if (move) return move;
    }
    return undefined;
  }

  #resolveAlias(path: Path): Path {
    const best = this.#aliasFor(path);
    return best ? [...best.to, ...path.slice(best.from.length)] : path;
  }
}

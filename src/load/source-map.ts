export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

export interface Entry {
  key?: Position;
  value: Position;
}

const keyOf = (path: Path): string => JSON.stringify(path);

/**
 * Positions of every node of a parsed document by path, so any later stage can
 * point at the line an author has to fix. Lookups fall back to the nearest
 * ancestor that exists (a missing key is reported at its parent). Positions
 * can be set one by one, or found on demand by `locate` (the YAML parser's
 * tree): most files have no problems, so most positions are never asked for.
 */
export class SourceMap {
  readonly #entries = new Map<string, Entry>();
  readonly #locate: ((path: Path) => Entry | undefined) | undefined;

  constructor(locate?: (path: Path) => Entry | undefined) {
    this.#locate = locate;
  }
  /**
   * Declared in the order they came; indexed by the key of `from` on the first
   * lookup, because most documents have nothing to report and a large one
   * declares hundreds of thousands.
   */
  readonly #declared: Array<{ from: Path; to: Path; key: boolean }> = [];
  #aliases: Map<string, { from: Path; to: Path; key: boolean }> | undefined;

  set(path: Path, value: Position, key?: Position): void {
    this.#entries.set(keyOf(path), key ? { key, value } : { value });
  }

  /**
   * Declares that paths under `from` (machine form) were written at `to`
   * (authoring form), so diagnostics about normalised nodes land on the source.
   */
  alias = (from: Path, to: Path, options?: { key?: boolean }): void => {
    this.#declared.push({ from, to, key: options?.key ?? false });
    this.#aliases = undefined;
  };

  /** Aliases declared by `declare` when a position is first asked for, not before. */
  aliasLater(declare: (alias: SourceMap['alias']) => void): void {
    this.#pending.push(declare);
    this.#aliases = undefined;
  }
  readonly #pending: Array<(alias: SourceMap['alias']) => void> = [];

  /** Position of the value at `path`, or with `{ key: true }` of its key. */
  at(path: Path, options: { key?: boolean } = {}): Position {
    const alias = this.#aliasFor(path);
    // An alias that lands on a key (a meter named in `meters: { trust: 1 }`) points at the name.
    const wantKey = options.key || (alias !== undefined && alias.key && alias.from.length === path.length);
    let current = this.#resolveAlias(path);
    for (;;) {
      const entry = this.#entries.get(keyOf(current)) ?? this.#locate?.(current);
      if (entry) return (wantKey && entry.key) || entry.value;
      if (current.length === 0) return { line: 1, col: 1 };
      current = current.slice(0, -1);
    }
  }

  /** The source path a (possibly normalised) path came from. */
  sourcePath(path: Path): Path {
    return this.#resolveAlias(path);
  }

  #aliasFor(path: Path) {
    if (!this.#aliases) {
      for (const declare of this.#pending.splice(0)) declare(this.alias);
      this.#aliases = new Map();
      for (const declared of this.#declared) {
        const key = keyOf(declared.from);
        // The first declaration for a path wins, as authors' own positions are declared first.
        if (!this.#aliases.has(key)) this.#aliases.set(key, declared);
      }
    }
    for (let length = path.length; length >= 0; length--) {
      const alias = this.#aliases.get(keyOf(path.slice(0, length)));
      if (alias) return alias;
    }
    return undefined;
  }

  #resolveAlias(path: Path): Path {
    const best = this.#aliasFor(path);
    return best ? [...best.to, ...path.slice(best.from.length)] : path;
  }
}

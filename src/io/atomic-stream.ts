import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A file written piece by piece that readers see only once it is complete: the
 * pieces go to a temporary file beside it, renamed over the target on commit.
 * For outputs too large to build in memory first (xAPI statements of many
 * sessions); whole contents go through writeFileAtomic instead.
 */
export class AtomicFileStream {
  readonly #path: string;
  readonly #temporary: string;
  #fd: number | undefined;

  constructor(path: string) {
    this.#path = path;
    this.#temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    this.#fd = openSync(this.#temporary, 'wx');
  }

  write(text: string): void {
    if (this.#fd === undefined) throw new Error(`${this.#path}: already closed`);
    writeSync(this.#fd, text);
  }

  commit(): void {
    if (this.#fd === undefined) return;
    try {
      fsyncSync(this.#fd);
      closeSync(this.#fd);
      this.#fd = undefined;
      renameSync(this.#temporary, this.#path);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Drops the temporary file, leaving any earlier version of the target as it was. */
  abort(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    rmSync(this.#temporary, { force: true });
  }
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { assertWritableTarget, temporaryBeside } from './atomic-write.js';
import { asFileError } from './file-error.js';
import { writeAll } from './write-all.js';

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
    assertWritableTarget(path);
    this.#temporary = temporaryBeside(path);
    try {
      this.#fd = openSync(this.#temporary, 'wx');
    } catch (error) {
      throw asFileError(error, 'write', path);
    }
  }

  write(text: string): void {
    if (this.#fd === undefined) throw new Error(`${this.#path}: already closed`);
    try {
      writeAll(this.#fd, text);
    } catch (error) {
      this.abort();
      throw asFileError(error, 'write', this.#path);
    }
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
      throw asFileError(error, 'write', this.#path);
    }
  }

  /** Drops the temporary file, leaving any earlier version of the target as it was. */
  abort(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // The temporary file is removed below whatever the close said.
      }
    }
    this.#fd = undefined;
    rmSync(this.#temporary, { force: true });
  }
}

import { closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { AtomicFileStream } from './atomic-stream.js';
import { dataDir } from './data-dir.js';
import { asFileError } from './file-error.js';
import { writeAll } from './write-all.js';
import { readLines } from './read-lines.js';

/** The default outbox for an endpoint: one file per LRS in the user's data folder, so two LRSs never share one. */
export const defaultOutbox = (endpoint: string, env: NodeJS.ProcessEnv): string =>
  join(dataDir(env), 'lrs-outbox', `${new URL(endpoint).hostname || 'lrs'}-${createHash('sha256').update(endpoint).digest('hex').slice(0, 12)}.jsonl`);

/**
 * Statements waiting for a record store, one JSON statement per line. Every
 * statement goes through it: added first, sent from it, and only what the LRS
 * took (or already had) leaves it, so a network failure loses nothing and the
 * next send picks up where this one stopped.
 */
export class LrsOutbox {
  readonly #ids = new Set<string>();
  #fd: number | undefined;

  constructor(readonly path: string) {
    for (const { id } of this.#lines()) this.#ids.add(id);
  }

  get size(): number {
    return this.#ids.size;
  }

  /** Adds a statement unless one with its id is already waiting. */
  add(statement: { id: string }): void {
    if (this.#ids.has(statement.id)) return;
    try {
      if (this.#fd === undefined) {
        mkdirSync(dirname(this.path), { recursive: true });
        this.#fd = openSync(this.path, 'a', 0o600);
      }
      writeAll(this.#fd, `${JSON.stringify(statement)}\n`);
    } catch (error) {
      // A torn last line is skipped by the reader; the statement is simply not queued.
      throw asFileError(error, 'write', this.path);
    }
    this.#ids.add(statement.id);
  }

  /** The waiting statements as the JSON text of each, oldest first. */
  *texts(): Generator<string> {
    this.#close();
    for (const { text } of this.#lines()) yield text;
  }

  /** Keeps only the statements whose ids `keep` accepts (atomically); removes the file when none are left. */
  retain(keep: (id: string) => boolean): void {
    this.#close();
    const kept = [...this.#ids].filter(keep);
    if (kept.length === 0) {
      rmSync(this.path, { force: true });
      this.#ids.clear();
      return;
    }
    const wanted = new Set(kept);
    const file = new AtomicFileStream(this.path);
    try {
      for (const { id, text } of this.#lines()) if (wanted.has(id)) file.write(`${text}\n`);
      file.commit();
    } catch (error) {
      file.abort();
      throw error;
    }
    this.#ids.clear();
    for (const id of kept) this.#ids.add(id);
  }

  #close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** A line that is not a statement (a hand edit, a disk error) is dropped, not sent: the LRS would only refuse it. */
  *#lines(): Generator<{ id: string; text: string }> {
    if (!existsSync(this.path)) return;
    for (const line of readLines(this.path)) {
      if (line.problem) continue;
      const id = idOf(line.text);
      if (id !== undefined) yield { id, text: line.text };
    }
  }
}

function idOf(text: string): string | undefined {
  try {
    const { id } = JSON.parse(text) as { id?: unknown };
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

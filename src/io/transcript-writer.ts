import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { TranscriptChain } from '../transcript/transcript-chain.js';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION, type TranscriptHeader, type UnchainedLine } from '../transcript/transcript-format.js';
import { asFileError, FileError } from './file-error.js';
import { writeAll } from './write-all.js';

/**
 * Appends a session to a JSON-lines file as it happens. Every line is written
 * and fsync'd before the call returns, so a crash loses at most the step in
 * flight. Files are created exclusively: two sessions never share one. Each
 * line carries the hash of the line before it (see transcript-chain.ts).
 *
 * When a line cannot be written (a full disk), the file is cut back to its
 * last whole line, the writer stops, and `failure` says what the file holds:
 * a transcript is never left ending mid-line, and an empty one is removed.
 */
export class TranscriptWriter {
  readonly path: string;
  #fd: number | undefined;
  readonly #chain = new TranscriptChain();
  /** Bytes of whole lines written so far. */
  #size = 0;
  #turns = 0;
  #ended = false;
  #failure: FileError | undefined;

  private constructor(path: string, fd: number) {
    this.path = path;
    this.#fd = fd;
  }

  static create(path: string, header: TranscriptHeader): TranscriptWriter {
    const writer = new TranscriptWriter(path, openSync(path, 'wx'));
    writer.#write(header);
    return writer;
  }

  /** Why the transcript stopped being written, and what it holds; undefined while all is well. */
  get failure(): FileError | undefined {
    return this.#failure;
  }

  /** Steps recorded so far (undone ones included: the file keeps them). */
  get turns(): number {
    return this.#turns;
  }

  /** A fresh file in `directory`, named so concurrent sessions never collide. */
  static createIn(directory: string, header: TranscriptHeader): TranscriptWriter {
    mkdirSync(directory, { recursive: true });
    const stamp = header.startedAt.replace(/[:.]/g, '-');
    for (let attempt = 0; ; attempt++) {
      const suffix = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
      try {
        return TranscriptWriter.create(join(directory, `${header.dialogue.id}-${stamp}-${suffix}.jsonl`), header);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 5) throw error;
      }
    }
  }

  step(step: Step): void {
    this.#write({ kind: 'step', at: new Date().toISOString(), step });
    this.#turns++;
  }

  undo(turn: number): void {
    this.#write({ kind: 'undo', at: new Date().toISOString(), turn });
  }

  /** Writes the end line and closes. Safe to call twice (a quit racing a signal). */
  end(session: Session, reason?: string): void {
    if (this.#fd === undefined || this.#failure) return;
    this.#ended = true;
    this.#write({
      kind: 'end',
      at: new Date().toISOString(),
      finished: session.ended,
      ...(reason ? { reason } : {}),
      debrief: session.debrief(),
    });
    this.close();
  }

  close(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
  }

  #write(line: UnchainedLine): void {
    if (this.#failure) throw this.#failure;
    if (this.#fd === undefined) throw new Error(`transcript ${this.path} is already closed`);
    const text = `${this.#chain.encode(line)}\n`;
    try {
      writeAll(this.#fd, text);
      fsyncSync(this.#fd);
      this.#size += Buffer.byteLength(text);
    } catch (error) {
      throw this.#fail(error);
    }
  }

  /** Cuts the file back to its last whole line, closes it, and records what it holds. */
  #fail(error: unknown): unknown {
    const wrapped = asFileError(error, 'write', this.path);
    if (!(wrapped instanceof FileError)) return wrapped;
    const fd = this.#fd!;
    this.#fd = undefined;
    let holds: string;
    try {
      ftruncateSync(fd, this.#size);
      closeSync(fd);
    } catch {
      // The file may stay a line longer than we wanted; the reader skips a torn last line.
    }
    if (this.#size === 0) {
      rmSync(this.path, { force: true });
      holds = 'nothing was saved, and the empty file was removed';
    } else {
      const turns = `${this.#turns} turn${this.#turns === 1 ? '' : 's'}`;
      holds = this.#ended ? `it holds ${turns} but no end line, so it reads as unfinished` : `it holds the first ${turns}, unfinished`;
    }
    this.#failure = new FileError('write', `transcript ${this.path}`, `${wrapped.reason}; ${holds}`, wrapped.code);
    return this.#failure;
  }
}

export function transcriptHeader(
  session: Session,
  file: string,
  hash: string,
  source: TranscriptHeader['source'],
  learner?: string,
  startedAt: string = new Date().toISOString(),
): TranscriptHeader {
  const { dialogue } = session;
  return {
    kind: 'header',
    format: TRANSCRIPT_FORMAT,
    version: TRANSCRIPT_VERSION,
    dialogue: { id: dialogue.id, title: dialogue.meta.title, language: dialogue.meta.language, file, hash },
    ...(learner ? { learner } : {}),
    mode: session.mode,
    seed: session.seed,
    language: session.language,
    source,
    startedAt,
    jurisdiction: session.jurisdiction.id,
    ...(session.personaOverride ? { persona: session.personaOverride } : {}),
    ...(Object.keys(session.contact).length ? { contact: session.contact } : {}),
  };
}

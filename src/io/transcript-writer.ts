import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { TranscriptChain } from '../transcript/transcript-chain.js';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION, type TranscriptHeader, type UnchainedLine } from '../transcript/transcript-format.js';

/**
 * Appends a session to a JSON-lines file as it happens. Every line is written
 * and fsync'd before the call returns, so a crash loses at most the step in
 * flight. Files are created exclusively: two sessions never share one. Each
 * line carries the hash of the line before it (see transcript-chain.ts).
 */
export class TranscriptWriter {
  readonly path: string;
  #fd: number | undefined;
  readonly #chain = new TranscriptChain();

  private constructor(path: string, fd: number) {
    this.path = path;
    this.#fd = fd;
  }

  static create(path: string, header: TranscriptHeader): TranscriptWriter {
    const writer = new TranscriptWriter(path, openSync(path, 'wx'));
    writer.#write(header);
    return writer;
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
  }

  undo(turn: number): void {
    this.#write({ kind: 'undo', at: new Date().toISOString(), turn });
  }

  /** Writes the end line and closes. Safe to call twice (a quit racing a signal). */
  end(session: Session, reason?: string): void {
    if (this.#fd === undefined) return;
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
    if (this.#fd === undefined) throw new Error(`transcript ${this.path} is already closed`);
    writeSync(this.#fd, `${this.#chain.encode(line)}\n`);
    fsyncSync(this.#fd);
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

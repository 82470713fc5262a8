import type { Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { asFileError, FileError } from './file-error.js';
import { TranscriptWriter, transcriptHeader } from './transcript-writer.js';

/** The dialogue file a session plays, as transcripts record it. */
export interface DialogueSource {
  file: string;
  hash: string;
}

/** What an interface records a session through; one per session. Never throws: a failure is kept in `failure`. */
export interface Recorder {
  readonly path: string;
  /** Set once the transcript could not be written (a full disk): why, and what the file holds. */
  readonly failure: FileError | undefined;
  step(step: Step): void;
  undo(turn: number): void;
  /** Writes the end line; `reason` says why a session stopped early. Safe to call twice. */
  end(session: Session, reason?: string): void;
}

/** What became of the session being recorded when the program stopped. */
export interface Closed {
  path: string;
  failure: FileError | undefined;
}

/**
 * A transcript that keeps its failure instead of throwing it into the play
 * screen: the learner is told, the session goes on unrecorded, and the command
 * reports the truth when it ends.
 */
class FolderRecorder implements Recorder {
  #failure: FileError | undefined;

  constructor(
    readonly path: string,
    readonly writer: TranscriptWriter | undefined,
    failure?: FileError,
  ) {
    this.#failure = failure;
  }

  get failure(): FileError | undefined {
    return this.#failure ?? this.writer?.failure;
  }

  step(step: Step): void {
    this.#guard(() => this.writer?.step(step));
  }

  undo(turn: number): void {
    this.#guard(() => this.writer?.undo(turn));
  }

  end(session: Session, reason?: string): void {
    this.#guard(() => this.writer?.end(session, reason));
  }

  #guard(write: () => void): void {
    if (this.failure) return;
    try {
      write();
    } catch (error) {
      const wrapped = asFileError(error, 'write', this.path);
      if (!(wrapped instanceof FileError)) throw error;
      this.#failure = this.writer?.failure ?? wrapped;
    }
  }
}

/**
 * A folder of transcripts for interactive play. It remembers the session being
 * recorded so that whatever stops the program (a signal, a crash in the
 * interface) can still close the transcript with an end line.
 */
export class TranscriptFolder {
  #active: { recorder: Recorder; session: Session } | undefined;
  /** Every transcript this folder opened, in order (what `play --lrs` sends at the end). */
  readonly opened: string[] = [];

  constructor(
    readonly directory: string,
    readonly learner?: string,
    readonly learnerHome?: string,
  ) {}

  open(session: Session, source: DialogueSource, resumedFrom?: string): Recorder {
    const header = {
      ...transcriptHeader(session, source.file, source.hash, 'play', this.learner),
      ...(this.learner && this.learnerHome ? { learnerHome: this.learnerHome } : {}),
      ...(resumedFrom ? { resumedFrom } : {}),
    };
    let recorder: Recorder;
    try {
      const writer = TranscriptWriter.createIn(this.directory, header);
      recorder = new FolderRecorder(writer.path, writer);
      this.opened.push(writer.path);
    } catch (error) {
      const wrapped = asFileError(error, 'write', `a transcript in ${this.directory}`);
      if (!(wrapped instanceof FileError)) throw error;
      recorder = new FolderRecorder(this.directory, undefined, wrapped);
    }
    this.#active = { recorder, session };
    return recorder;
  }

  /** Closes the session being recorded, if it is still open, as unfinished for `reason`. */
  endActive(reason: string): Closed | undefined {
    if (!this.#active) return undefined;
    const { recorder, session } = this.#active;
    recorder.end(session, reason);
    return { path: recorder.path, failure: recorder.failure };
  }
}

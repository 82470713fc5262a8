import type { Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { TranscriptWriter, transcriptHeader } from './transcript-writer.js';

/** The dialogue file a session plays, as transcripts record it. */
export interface DialogueSource {
  file: string;
  hash: string;
}

/** What an interface records a session through; one per session. */
export interface Recorder {
  readonly path: string;
  step(step: Step): void;
  undo(turn: number): void;
  /** Writes the end line; `reason` says why a session stopped early. Safe to call twice. */
  end(session: Session, reason?: string): void;
}

/**
 * A folder of transcripts for interactive play. It remembers the session being
 * recorded so that whatever stops the program (a signal, a crash in the
 * interface) can still close the transcript with an end line.
 */
export class TranscriptFolder {
  #active: { recorder: TranscriptWriter; session: Session } | undefined;
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
    const recorder = TranscriptWriter.createIn(this.directory, header);
    this.opened.push(recorder.path);
    this.#active = { recorder, session };
    return recorder;
  }

  /** Closes the session being recorded, if it is still open, as unfinished for `reason`. */
  endActive(reason: string): string | undefined {
    if (!this.#active) return undefined;
    const { recorder, session } = this.#active;
    recorder.end(session, reason);
    return recorder.path;
  }
}

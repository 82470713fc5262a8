import type { SessionOptions } from '../engine/session.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import { readTranscript, type ReadTranscript } from '../transcript/read-transcript.js';
import { sessionOptionsOf } from '../transcript/session-options-of.js';
import type { TranscriptHeader } from '../transcript/transcript-format.js';
import { locateRecordedDialogue } from './locate-dialogue.js';
import { showControls } from '../text/show-controls.js';
import { loadDialogueFile, type LoadedDialogueFile, type LoadLimits } from './load-dialogue-file.js';
import { splitLines } from './read-lines.js';
import { readTextFile } from './read-text-file.js';

/** Transcripts grow with every step and carry a debrief; they are allowed to be larger than dialogues. */
export const MAX_TRANSCRIPT_BYTES = 16 * 1024 * 1024;

export interface ResumePoint {
  transcript: ReadTranscript & { header: TranscriptHeader };
  loaded: Extract<LoadedDialogueFile, { ok: true }>;
  /** The recorded seed, mode and language: replaying with them gives back the same lines. */
  options: SessionOptions;
  /** The dialogue file's text differs from the one the transcript was recorded against. */
  fileChanged: boolean;
}

export type ResumeResult = { ok: true; point: ResumePoint } | { ok: false; errors: string[] };

const refuse = (file: string, line: number, message: string): ResumeResult => ({
  ok: false,
  errors: [diagnosticText({ code: 'PAR050', severity: 'error', message, file, line, col: 1 })],
});

/**
 * Where an unfinished transcript left off: its dialogue reloaded from the path
 * in its header, and the choices that stand. Replaying them is the caller's.
 * A last line cut off mid-write is what a killed session leaves, so it is
 * dropped; any other damaged line would silently lose a choice, so it stops.
 */
export function findResumePoint(transcriptFile: string, limits: LoadLimits, confirmedDialogue?: string): ResumeResult {
  const file = readTextFile(transcriptFile, MAX_TRANSCRIPT_BYTES);
  if (!file.ok) return { ok: false, errors: [diagnosticText(file.diagnostic)] };
  const transcript = readTranscript(splitLines(file.text));
  const { header } = transcript;
  if (!header) {
    const first = transcript.integrity[0];
    return refuse(transcriptFile, first?.line ?? 1, `is not a Parley transcript (${first?.message ?? 'no header line'})`);
  }
  const damaged = transcript.skipped.find((line) => !(transcript.truncated && line === transcript.lines));
  if (damaged !== undefined) {
    const why = transcript.integrity.find((p) => p.line === damaged)!.message;
    return refuse(transcriptFile, damaged, `is damaged (${why}); resuming would lose a choice`);
  }
  if (transcript.end?.finished) {
    return { ok: false, errors: [`${transcriptFile}: this session already reached the end of its dialogue; nothing to resume`] };
  }
  const located = locateRecordedDialogue(transcriptFile, header.dialogue.file, process.cwd(), confirmedDialogue);
  if (!located.ok) {
    return {
      ok: false,
      errors: [
        located.problem === 'refused'
          ? `${transcriptFile}: cannot reload its dialogue '${showControls(header.dialogue.file)}': ${located.message.replace(/name the file with --dialogue <file>$/, 'name it before the transcript: parley play <dialogue> --resume <transcript>')}`
          : `${transcriptFile}: cannot reload its dialogue '${showControls(header.dialogue.file)}': no such file`,
      ],
    };
  }
  const loaded = loadDialogueFile(located.file, limits);
  if (!loaded.ok) {
    // The path came from the transcript, not the user: never quote back what the file holds.
    const count = loaded.diagnostics.length;
    return {
      ok: false,
      errors: [`${transcriptFile}: cannot reload its dialogue '${showControls(header.dialogue.file)}': it does not hold a valid dialogue (${count} problem${count === 1 ? '' : 's'}; see them with parley validate)`],
    };
  }
  if (loaded.compiled.dialogue.id !== header.dialogue.id) {
    return {
      ok: false,
      errors: [`${transcriptFile}: '${showControls(header.dialogue.file)}' now holds dialogue '${loaded.compiled.dialogue.id}', not '${header.dialogue.id}'`],
    };
  }
  return {
    ok: true,
    point: {
      transcript: { ...transcript, header },
      loaded,
      options: sessionOptionsOf(header),
      fileChanged: loaded.hash !== header.dialogue.hash,
    },
  };
}

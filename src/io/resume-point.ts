import type { SessionOptions } from '../engine/session.js';
import { formatDiagnostic } from '../load/diagnostic.js';
import { loadDialogueFile, type LoadedDialogueFile, type LoadLimits } from './load-dialogue-file.js';
import { readTranscript, type TranscriptRead } from './read-transcript.js';

export interface ResumePoint {
  transcript: TranscriptRead;
  loaded: Extract<LoadedDialogueFile, { ok: true }>;
  /** The recorded seed, mode and language: replaying with them gives back the same lines. */
  options: SessionOptions;
  /** The dialogue file's text differs from the one the transcript was recorded against. */
  fileChanged: boolean;
}

export type ResumeResult = { ok: true; point: ResumePoint } | { ok: false; errors: string[] };

/**
 * Where an unfinished transcript left off: its dialogue reloaded from the path
 * in its header, and the choices that stand. Replaying them is the caller's.
 */
export function findResumePoint(transcriptFile: string, limits: LoadLimits): ResumeResult {
  const read = readTranscript(transcriptFile);
  if (!read.ok) return { ok: false, errors: [formatDiagnostic(read.diagnostic)] };
  const { transcript } = read;
  if (transcript.end?.finished) {
    return { ok: false, errors: [`${transcriptFile}: this session already reached the end of its dialogue; nothing to resume`] };
  }
  const { header } = transcript;
  const loaded = loadDialogueFile(header.dialogue.file, limits);
  if (!loaded.ok) {
    return {
      ok: false,
      errors: [`${transcriptFile}: cannot reload its dialogue '${header.dialogue.file}':`, ...loaded.diagnostics.map(formatDiagnostic)],
    };
  }
  if (loaded.compiled.dialogue.id !== header.dialogue.id) {
    return {
      ok: false,
      errors: [`${transcriptFile}: '${header.dialogue.file}' now holds dialogue '${loaded.compiled.dialogue.id}', not '${header.dialogue.id}'`],
    };
  }
  return {
    ok: true,
    point: {
      transcript,
      loaded,
      options: { seed: header.seed, mode: header.mode, language: header.language },
      fileChanged: loaded.hash !== header.dialogue.hash,
    },
  };
}

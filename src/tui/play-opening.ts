import { dirname } from 'node:path';
import { findVersion, loadLibrary, type LibraryEntry } from '../io/dialogue-library.js';
import { loadDialogueFile, type LoadLimits } from '../io/load-dialogue-file.js';
import { isDirectory } from '../io/path-kind.js';
import { findResumePoint } from '../io/resume-point.js';
import { TranscriptFolder } from '../io/transcript-folder.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import type { Note } from './hooks/use-play-run.js';
import { replayRun, startRun, type PlaySettings, type Run } from './run.js';
import { LANGUAGE_NAMES } from './ui-strings.js';

export interface PlayRequest {
  /** A dialogue file or a library folder; neither means `library`. */
  path?: string;
  /** An unfinished transcript to continue. */
  resume?: string;
  /** With `resume`: the dialogue the user named for it, which the transcript may load wherever it is. */
  resumeDialogue?: string;
  settings: PlaySettings;
  transcripts: string;
  learner?: string;
  /** The LMS home page the learner's account name belongs to. */
  learnerHome?: string;
  limits: LoadLimits;
  /** The folder to list when no path is given. */
  library: string;
}

/** What the play screens open with. */
export interface PlayOpening {
  settings: PlaySettings;
  folder: TranscriptFolder;
  /** The dialogues to offer; loading a folder parses every file in it, so it waits until the menu is shown. */
  library: () => LibraryEntry[];
  initialRun?: Run;
  notes: Note[];
  /** Files in the library that did not load. */
  skipped: number;
}

export type OpeningResult = { ok: true; opening: PlayOpening } | { ok: false; errors: string[] };

/**
 * A resumed session (its dialogue replayed up to where it stopped), one
 * dialogue (in the language asked for when it has that version), or the menu
 * of a library: whichever the request names.
 */
export function openPlay(request: PlayRequest): OpeningResult {
  const { limits } = request;
  const settings = { ...request.settings };
  if (request.resume) {
    const found = findResumePoint(request.resume, limits, request.resumeDialogue);
    if (!found.ok) return { ok: false, errors: found.errors };
    const { point } = found;
    // Playing again or choosing another dialogue keeps the resumed session's mode and language.
    settings.mode = point.transcript.header.mode;
    settings.language = point.transcript.header.language;
    const { header } = point.transcript;
    const folder = request.learner
      ? new TranscriptFolder(request.transcripts, request.learner, request.learnerHome)
      : new TranscriptFolder(request.transcripts, header.learner, header.learnerHome);
    const { run, replay } = replayRun(point.loaded, point.options, point.transcript.standing, folder, request.resume);
    const notes: Note[] = [(t) => t.resumed(replay.applied)];
    if (point.fileChanged) notes.push((t) => t.fileChanged);
    const { stopped } = replay;
    if (stopped) notes.push((t) => t.reloadStopped(stopped.turn, stopped.choice));
    return { ok: true, opening: { settings, folder, library: lazyLibrary(dirname(point.loaded.file), limits), initialRun: run, notes, skipped: 0 } };
  }
  const folder = new TranscriptFolder(request.transcripts, request.learner, request.learnerHome);
  if (request.path && !isDirectory(request.path)) {
    const loaded = loadDialogueFile(request.path, limits);
    if (!loaded.ok) return { ok: false, errors: loaded.diagnostics.map(diagnosticText) };
    const library = lazyLibrary(dirname(request.path), limits);
    const wanted = settings.language;
    const own = loaded.compiled.dialogue.meta.language;
    const version = wanted && wanted !== own ? findVersion({ entries: library(), problems: [] }, loaded.compiled.dialogue.id, wanted) : undefined;
    const notes: Note[] = wanted && wanted !== own && !version ? [(t) => t.noVersion(LANGUAGE_NAMES[wanted][wanted])] : [];
    return { ok: true, opening: { settings, folder, library, initialRun: startRun(version?.loaded ?? loaded, settings, folder), notes, skipped: 0 } };
  }
  const from = request.path ?? request.library;
  const found = loadLibrary([from], limits);
  if (found.entries.length === 0) return { ok: false, errors: [`no valid dialogues in ${from}`, ...found.problems.slice(0, 5).map(diagnosticText)] };
  const skipped = new Set(found.problems.map((d) => d.file)).size;
  return { ok: true, opening: { settings, folder, library: () => found.entries, notes: [], skipped } };
}

function lazyLibrary(directory: string, limits: LoadLimits): () => LibraryEntry[] {
  let entries: LibraryEntry[] | undefined;
  return () => (entries ??= loadLibrary([directory], limits).entries);
}

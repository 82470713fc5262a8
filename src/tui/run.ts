import { replayChoices, type Replay, type ReplayedChoice } from '../engine/replay.js';
import { Session, type SessionOptions } from '../engine/session.js';
import type { Mode } from '../engine/types.js';
import type { LoadedDialogueFile } from '../io/load-dialogue-file.js';
import type { Closed, DialogueSource, Recorder } from '../io/transcript-folder.js';
import type { Language } from '../schema/language.js';

export type PlayableDialogue = Extract<LoadedDialogueFile, { ok: true }>;

/** What the learner asked for on the command line; applies to every session started from the menu. */
export interface PlaySettings {
  mode: Mode;
  /** Interface and dialogue language; without it each dialogue plays in its own. */
  language?: Language;
  /** Without it every session draws a fresh seed. */
  seed?: number;
  /** Free reply: calls start with the learner typing the reply rather than picking it. */
  free?: boolean;
}

/** Where sessions are recorded. The play screens never touch files themselves. */
export interface TranscriptSink {
  open(session: Session, source: DialogueSource, resumedFrom?: string): Recorder;
  /** Closes whatever session is still being recorded, as unfinished for `reason`. */
  endActive(reason: string): Closed | undefined;
}

/** One session being played: the dialogue, the engine's session and its transcript. */
export interface Run {
  dialogue: PlayableDialogue;
  session: Session;
  recorder: Recorder;
}

export function sessionOptions(settings: PlaySettings): SessionOptions {
  return {
    mode: settings.mode,
    ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
    ...(settings.language ? { language: settings.language } : {}),
  };
}

export function startRun(dialogue: PlayableDialogue, settings: PlaySettings, sink: TranscriptSink): Run {
  const session = new Session(dialogue.compiled, sessionOptions(settings));
  return { dialogue, session, recorder: sink.open(session, dialogue) };
}

/**
 * A session rebuilt from earlier choices (a reloaded file, a resumed transcript):
 * the choices are replayed with the same seed, mode and language, and recorded
 * in a fresh transcript so each transcript matches one version of the file.
 */
export function replayRun(
  dialogue: PlayableDialogue,
  options: SessionOptions,
  choices: readonly ReplayedChoice[],
  sink: TranscriptSink,
  resumedFrom?: string,
): { run: Run; replay: Replay } {
  const replay = replayChoices(dialogue.compiled, options, choices);
  const recorder = sink.open(replay.session, dialogue, resumedFrom);
  for (const step of replay.session.steps) recorder.step(step);
  if (replay.session.ended) recorder.end(replay.session);
  return { run: { dialogue, session: replay.session, recorder }, replay };
}

/** The options a running session was started with, to rebuild it elsewhere. */
export const optionsOf = (session: Session): SessionOptions => ({ seed: session.seed, mode: session.mode, language: session.language });

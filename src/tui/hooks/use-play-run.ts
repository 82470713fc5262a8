import { useCallback, useRef, useState } from 'react';
import { namesExcuse } from '../../engine/excuse-options.js';
import { ChoiceUnavailableError } from '../../engine/session.js';
import type { TypedReply } from '../../engine/types.js';
import type { LoadedDialogueFile } from '../../io/load-dialogue-file.js';
import { optionsOf, replayRun, startRun, type PlayableDialogue, type PlaySettings, type Run, type TranscriptSink } from '../run.js';
import type { UiStrings } from '../ui-strings.js';
import type { Language } from '../../schema/language.js';
import { diagnosticText } from '../../diagnostics/diagnostic-text.js';

/** A message for the status line, worded when shown so it follows the interface language. */
export type Note = (t: UiStrings) => string;

/** How a play session ended, for the command to report once the screen is gone. */
export interface PlayExit {
  transcript?: string;
  finished: boolean;
  score?: number;
  /** Why the transcript could not be written, and what it holds. */
  failure?: string;
  /** The interface language, for the message printed after the screen closes. */
  language?: Language;
  /** Ctrl-C: the command exits 130, as a shell expects of an interrupted program. */
  interrupted?: boolean;
}

export interface PlayRun {
  run: Run | undefined;
  note: Note | undefined;
  /** Excuse types the learner has named correctly: their labels are shown from then on. */
  identified: ReadonlySet<string>;
  start(dialogue: PlayableDialogue, note?: Note): void;
  /** Plays a choice; in free reply, with what the learner typed for it. */
  choose(choiceId: string, typed?: TypedReply): void;
  undo(): void;
  identify(excuseId: string): void;
  reload(loaded: LoadedDialogueFile): void;
  replay(): void;
  leave(): void;
  quit(reason: string): PlayExit;
  say(note: Note | undefined): void;
}

/**
 * The session being played and everything that changes it. The engine's
 * Session is mutable, so it lives in a ref and a counter re-renders after each
 * change; every change is recorded in the transcript before it is shown.
 */
export function usePlayRun(sink: TranscriptSink, settings: PlaySettings, initialRun?: Run, initialNote?: Note): PlayRun {
  const runRef = useRef<Run | undefined>(initialRun);
  const [, setVersion] = useState(0);
  const [note, setNote] = useState<Note | undefined>(() => initialNote);
  const [identified, setIdentified] = useState<ReadonlySet<string>>(() => new Set());
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const replace = (run: Run | undefined, next?: Note) => {
    runRef.current = run;
    setNote(() => next);
    refresh();
  };

  const start = (dialogue: PlayableDialogue, next?: Note) => {
    setIdentified(new Set());
    replace(startRun(dialogue, settings, sink), next);
  };

  const choose = (choiceId: string, typed?: TypedReply) => {
    const run = runRef.current;
    if (!run) return;
    let step;
    try {
      step = run.session.choose(choiceId, typed);
    } catch (error) {
      if (error instanceof ChoiceUnavailableError) return; // A key pressed for a choice this turn does not have.
      throw error;
    }
    const failedBefore = run.recorder.failure;
    run.recorder.step(step);
    if (run.session.ended) run.recorder.end(run.session);
    const failure = run.recorder.failure;
    setNote(failure && !failedBefore ? () => (t: UiStrings) => t.transcriptFailed(failure.reason) : undefined);
    refresh();
  };

  const undo = () => {
    const run = runRef.current;
    if (!run) return;
    if (run.session.mode !== 'practice') return setNote(() => (t: UiStrings) => t.noUndoInAssessment);
    const step = run.session.undo();
    if (!step) return setNote(() => (t: UiStrings) => t.nothingToUndo);
    run.recorder.undo(step.turn);
    setNote(() => (t: UiStrings) => t.undone(step.turn));
    refresh();
  };

  const identify = (excuseId: string) => {
    const turn = runRef.current?.session.turn;
    if (!turn) return;
    if (!turn.excuse) return setNote(() => (t: UiStrings) => t.quizNoExcuse);
    if (!namesExcuse(turn.excuse.id, excuseId)) return setNote(() => (t: UiStrings) => t.quizWrong);
    const name = turn.excuse.name;
    setIdentified((known) => new Set([...known, excuseId]));
    setNote(() => (t: UiStrings) => t.quizRight(name));
  };

  const reload = (loaded: LoadedDialogueFile) => {
    const run = runRef.current;
    if (!run) return;
    if (!loaded.ok) {
      const first = loaded.diagnostics.find((d) => d.severity === 'error') ?? loaded.diagnostics[0];
      const detail = first ? diagnosticText(first) : '';
      return setNote(() => (t: UiStrings) => `${t.reloadFailed} ${detail}`);
    }
    // Typed replies keep their words and flags across a reload, as in a resume.
    const choices = run.session.steps.map((s) => (s.typed ? { id: s.choice.id, typed: s.typed } : s.choice.id));
    run.recorder.end(run.session, 'reloaded');
    const { run: next, replay } = replayRun(loaded, optionsOf(run.session), choices, sink);
    const { stopped } = replay;
    replace(next, stopped ? (t) => t.reloadStopped(stopped.turn, stopped.choice) : (t) => t.reloaded(replay.applied + 1));
  };

  const replay = () => {
    const run = runRef.current;
    if (run) start(run.dialogue);
  };

  const leave = () => {
    const run = runRef.current;
    run?.recorder.end(run.session, 'left for the menu');
    setIdentified(new Set());
    replace(undefined);
  };

  const quit = (reason: string): PlayExit => {
    const run = runRef.current;
    const interrupted = reason.startsWith('interrupted') ? { interrupted: true } : {};
    if (!run) return { finished: false, ...interrupted, ...(settings.language ? { language: settings.language } : {}) };
    run.recorder.end(run.session, reason);
    const ended = run.session.ended;
    const failure = run.recorder.failure;
    return {
      transcript: run.recorder.path,
      finished: ended,
      ...(ended ? { score: run.session.debrief().score.total } : {}),
      ...(failure ? { failure: failure.message } : {}),
      language: run.session.language,
      ...interrupted,
    };
  };

  return {
    run: runRef.current,
    note,
    identified,
    start,
    choose,
    undo,
    identify,
    reload,
    replay,
    leave,
    quit,
    say: (next) => setNote(() => next),
  };
}

import type { Debrief, Mode, Step } from '../engine/types.js';
import type { Language } from '../schema/language.js';

/**
 * A transcript is JSON lines: one header, one line per step as it happens, and
 * an end line with the debrief. A session cut short has no end line, which is
 * how readers know it is unfinished.
 */
export const TRANSCRIPT_FORMAT = 'parley-transcript';
export const TRANSCRIPT_VERSION = 1;

export interface TranscriptHeader {
  kind: 'header';
  format: typeof TRANSCRIPT_FORMAT;
  version: typeof TRANSCRIPT_VERSION;
  dialogue: { id: string; title: string; language: Language; file: string; hash: string };
  learner?: string;
  mode: Mode;
  seed: number;
  language: Language;
  source: 'play' | 'run' | 'test';
  startedAt: string;
  /** The unfinished transcript this session continues (`parley play --resume`). */
  resumedFrom?: string;
}

export interface TranscriptStep {
  kind: 'step';
  at: string;
  step: Step;
}

export interface TranscriptUndo {
  kind: 'undo';
  at: string;
  turn: number;
}

export interface TranscriptEnd {
  kind: 'end';
  at: string;
  finished: boolean;
  /** Why a session stopped before its dialogue ended (quit, signal). */
  reason?: string;
  debrief: Debrief;
}

export type TranscriptLine = TranscriptHeader | TranscriptStep | TranscriptUndo | TranscriptEnd;

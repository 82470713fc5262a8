import type { CompiledDialogue } from '../compile/compile-machine.js';
import { ChoiceUnavailableError, Session, UndoNotAllowedError } from '../engine/session.js';
import type { Debrief, Step } from '../engine/types.js';
import type { ReadTranscript } from './read-transcript.js';
import { sessionOptionsOf } from './session-options-of.js';
import type { TranscriptHeader } from './transcript-format.js';

/**
 * A difference between what a transcript recorded and what the dialogue does
 * now. `course` differences change where the session goes (another state,
 * other flags, another outcome or score); `wording` ones change only what is
 * said or shown along the way (debtor lines, meters, coaching).
 */
export interface ReplayDifference {
  kind: 'course' | 'wording';
  /** The turn it shows at; absent for the session as a whole. */
  turn?: number;
  /** The transcript line it concerns. */
  line?: number;
  what: string;
  recorded: string;
  replayed: string;
}

export interface ReplayResult {
  /** Every recorded choice was available again and led to the same states, flags, outcome and score. */
  sameCourse: boolean;
  /** Nothing differs at all, wording included: what verification requires. */
  identical: boolean;
  differences: ReplayDifference[];
  /** Choices re-played before the replay had to stop (or all of them). */
  replayedTurns: number;
  session: Session;
  debrief: Debrief;
}

/** Re-runs a transcript's choices (and undos, and the typed replies' recorded flags) through the dialogue as it is now and compares every step. */
export function replayTranscript(compiled: CompiledDialogue, header: TranscriptHeader, transcript: ReadTranscript): ReplayResult {
  const session = new Session(compiled, sessionOptionsOf(header));
  const differences: ReplayDifference[] = [];
  const differ = (d: ReplayDifference) => differences.push(d);
  let stopped = false;
  for (const event of transcript.events) {
    if (event.kind === 'undo') {
      try {
        session.undo();
      } catch (error) {
        if (!(error instanceof UndoNotAllowedError)) throw error;
        differ({ kind: 'course', turn: event.turn, line: event.lineNumber, what: 'undo', recorded: `turn ${event.turn} undone`, replayed: 'undo is not allowed in assessment mode' });
        stopped = true;
        break;
      }
      continue;
    }
    const recorded = event.step;
    let step: Step;
    try {
      step = session.choose(recorded.choice.id, recorded.typed);
    } catch (error) {
      if (!(error instanceof ChoiceUnavailableError)) throw error;
      const available = error.available.length ? `available now: ${error.available.join(', ')}` : `the dialogue has already ended in '${error.state}'`;
      differ({ kind: 'course', turn: recorded.turn, line: event.lineNumber, what: 'choice', recorded: `'${recorded.choice.id}' in '${recorded.state}'`, replayed: `not available in '${error.state}'; ${available}` });
      stopped = true;
      break;
    }
    compareStep(recorded, step, event.lineNumber).forEach(differ);
  }
  const debrief = session.debrief();
  if (!stopped && transcript.end) compareDebrief(transcript.end.debrief, debrief, transcript.end.finished).forEach(differ);
  return {
    sameCourse: !differences.some((d) => d.kind === 'course'),
    identical: differences.length === 0,
    differences,
    replayedTurns: session.steps.length,
    session,
    debrief,
  };
}

const flagList = (flags: readonly { id: string }[]) => flags.map((f) => f.id).sort().join(', ') || 'none';
const meterList = (meters: Record<string, number>) => Object.entries(meters).map(([k, v]) => `${k} ${v}`).join(', ');

/** Differences between a recorded step and the same choice made now. */
export function compareStep(recorded: Step, actual: Step, line?: number): ReplayDifference[] {
  const out: ReplayDifference[] = [];
  const turn = recorded.turn;
  const add = (kind: ReplayDifference['kind'], what: string, a: string, b: string) => {
    if (a !== b) out.push({ kind, turn, ...(line !== undefined ? { line } : {}), what, recorded: a, replayed: b });
  };
  add('course', 'state', recorded.state, actual.state);
  add('course', 'next state', recorded.next.state, actual.next.state);
  add('course', 'flags', flagList(recorded.flags), flagList(actual.flags));
  add('course', 'tasks', [...recorded.tasks].sort().join(', ') || 'none', [...actual.tasks].sort().join(', ') || 'none');
  add('course', 'outcome', recorded.outcome?.id ?? 'none', actual.outcome?.id ?? 'none');
  add('wording', 'debtor line before', recorded.line ?? '', actual.line ?? '');
  add('wording', 'choice text', recorded.choice.text, actual.choice.text);
  add('wording', 'debtor line after', recorded.next.line ?? '', actual.next.line ?? '');
  add('wording', 'meters', meterList(recorded.meters), meterList(actual.meters));
  add('wording', 'coaching', recorded.feedback ?? '', actual.feedback ?? '');
  add('wording', 'typed reply', recorded.typed?.text ?? '', actual.typed?.text ?? '');
  return out;
}

/** Differences between a recorded debrief and the one the same choices give now. */
export function compareDebrief(recorded: Debrief, actual: Debrief, recordedFinished: boolean): ReplayDifference[] {
  const out: ReplayDifference[] = [];
  const add = (kind: ReplayDifference['kind'], what: string, a: string, b: string) => {
    if (a !== b) out.push({ kind, what, recorded: a, replayed: b });
  };
  add('course', 'finished', String(recordedFinished), String(actual.finished));
  add('course', 'outcome', recorded.outcome?.id ?? 'none', actual.outcome?.id ?? 'none');
  add('course', 'score', String(recorded.score.total), String(actual.score.total));
  const met = (d: Debrief) => d.tasks.filter((t) => t.met).map((t) => t.id).sort().join(', ') || 'none';
  add('course', 'core tasks met', met(recorded), met(actual));
  const flagsAt = (d: Debrief) => d.flags.map((f) => `${f.id}@${f.turn}`).sort().join(', ') || 'none';
  add('course', 'debrief flags', flagsAt(recorded), flagsAt(actual));
  add('wording', 'debrief meters', JSON.stringify(recorded.meters), JSON.stringify(actual.meters));
  return out;
}

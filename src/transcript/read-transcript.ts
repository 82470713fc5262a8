import { parseTranscriptLine } from './parse-transcript-line.js';
import { endLineSealed, hashLine } from './transcript-chain.js';
import type { ReplayedChoice } from '../engine/replay.js';
import type { TranscriptEnd, TranscriptHeader, TranscriptStep, TranscriptUndo } from './transcript-format.js';

/** One line of text as a reader delivers it (src/io/read-lines.ts). */
export interface RawLine {
  number: number;
  text: string;
  terminated: boolean;
  problem?: string;
}

export interface IntegrityProblem {
  line: number;
  message: string;
}

export type TranscriptEvent = (TranscriptStep | TranscriptUndo) & { lineNumber: number };

/** One transcript, read whole: transcripts are small, and replay needs every step. */
export interface ReadTranscript {
  header?: TranscriptHeader;
  events: TranscriptEvent[];
  /** The choices that stand once each undo has taken back the latest one, in order: what a resume re-enters. */
  choices: string[];
  /** The same, with what was typed for each in free reply: a resume re-enters the typed replies and their flags too. */
  standing: ReplayedChoice[];
  end?: TranscriptEnd;
  lines: number;
  /** The last line has no newline after it: the process stopped while writing it. */
  truncated: boolean;
  /** Lines left out because they could not be read or are not transcript lines (each also in `integrity`). */
  skipped: number[];
  /** Everything that shows the file is not exactly what Parley wrote, in line order. */
  integrity: IntegrityProblem[];
}

/**
 * Reads a transcript and checks its integrity on the way: the header first,
 * every line well formed, each `prev` the hash of the line before, turns in
 * sequence, nothing after the end line, and an end line at all. It never
 * throws: lines that do not parse are skipped and named, so one damaged line
 * does not lose the rest of a learner's session.
 */
export function readTranscript(lines: Iterable<RawLine>): ReadTranscript {
  const result: ReadTranscript = { events: [], choices: [], standing: [], lines: 0, truncated: false, skipped: [], integrity: [] };
  const problem = (line: number, message: string) => result.integrity.push({ line, message });
  const skip = (line: number, message: string) => {
    result.skipped.push(line);
    problem(line, message);
  };
  let previousHash: string | undefined;
  let turn = 0;
  for (const raw of lines) {
    result.lines = raw.number;
    const expectedPrev = previousHash;
    previousHash = raw.problem ? undefined : hashLine(raw.text);
    if (raw.problem) {
      skip(raw.number, `unreadable: ${raw.problem}`);
      continue;
    }
    const parsed = parseTranscriptLine(raw.text);
    if (!raw.terminated) {
      result.truncated = true;
      (parsed.ok ? problem : skip)(raw.number, 'the last line is cut off (no newline after it): the file was truncated or is still being written');
    }
    if (!parsed.ok) {
      if (raw.terminated) skip(raw.number, parsed.problem);
      continue;
    }
    const line = parsed.line;
    if (raw.number === 1 && line.kind !== 'header') problem(1, `the first line is a '${line.kind}' line, not the header: lines were removed from the start`);
    if (line.kind === 'header') {
      if (result.header) skip(raw.number, 'a second header: two transcripts were joined');
      else if (result.events.length || result.end) skip(raw.number, 'a header after other lines: lines were moved');
      else {
        result.header = line;
        if (raw.number !== 1) problem(raw.number, 'the header is not on the first line: lines were inserted before it');
      }
      continue;
    }
    if (result.end) problem(raw.number, 'a line after the end line: lines were appended');
    if (expectedPrev !== undefined && line.prev !== expectedPrev) {
      problem(raw.number, `hash chain broken: 'prev' is not the hash of line ${raw.number - 1}, so line ${raw.number - 1} was edited or lines were removed or inserted here`);
    }
    if (line.kind === 'end') {
      if (!endLineSealed(raw.text)) problem(raw.number, "the end line's own hash does not match its text: the end line was edited");
      result.end ??= line;
      continue;
    }
    if (line.kind === 'step') {
      if (line.step.turn !== turn + 1) problem(raw.number, `turn ${line.step.turn} follows turn ${turn}: steps are missing or out of order`);
      turn = line.step.turn;
      result.choices.push(line.step.choice.id);
      result.standing.push(line.step.typed ? { id: line.step.choice.id, typed: line.step.typed } : line.step.choice.id);
    } else {
      if (line.turn !== turn) problem(raw.number, `undo of turn ${line.turn}, but the last turn was ${turn}`);
      turn = Math.max(0, turn - 1);
      // Like the engine (and so a replay), an undo takes back the latest choice whatever turn it names.
      result.choices.pop();
      result.standing.pop();
    }
    result.events.push({ ...line, lineNumber: raw.number });
  }
  if (result.lines === 0) problem(1, 'the file is empty');
  else if (!result.end) {
    problem(result.lines, 'no end line: the session was interrupted, or the file was truncated after this line');
  }
  return result;
}

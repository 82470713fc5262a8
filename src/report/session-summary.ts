import type { RawLine } from '../transcript/read-transcript.js';
import { parseReportLine, type ReportFlag, type ReportLine, type ReportStep } from './report-lines.js';

type Header = Extract<ReportLine, { kind: 'header' }>;
type End = Extract<ReportLine, { kind: 'end' }>;

/** One session as a report counts it. */
export interface SessionSummary {
  file: string;
  header: Header;
  /** The steps that stand after undos, for xAPI statements. */
  steps: ReportStep[];
  end?: End;
  /** finished: reached an ending; quit: stopped (end line, finished false); interrupted: no end line. */
  status: 'finished' | 'quit' | 'interrupted';
  flags: Array<ReportFlag & { turn: number }>;
}

export interface SkippedLine {
  file: string;
  line: number;
  problem: string;
}

/**
 * Folds the lines of one transcript into a session summary. Bad lines are
 * reported through `skip` and left out; a file whose header cannot be read
 * cannot be attributed to a learner or dialogue and yields nothing.
 */
export async function summarizeSession(
  file: string,
  lines: AsyncIterable<RawLine> | Iterable<RawLine>,
  skip: (skipped: SkippedLine) => void,
): Promise<SessionSummary | undefined> {
  let header: Header | undefined;
  const steps: ReportStep[] = [];
  let end: End | undefined;
  for await (const raw of lines) {
    if (raw.problem) {
      skip({ file, line: raw.number, problem: raw.problem });
      continue;
    }
    if (raw.text.trim() === '' && raw.terminated) continue;
    const parsed = parseReportLine(raw.text);
    if (!parsed.ok) {
      skip({ file, line: raw.number, problem: raw.terminated ? parsed.problem : `${parsed.problem}; the file is cut off` });
      continue;
    }
    const line = parsed.line;
    if (line.kind === 'header') {
      if (header) skip({ file, line: raw.number, problem: 'a second header (two transcripts joined?)' });
      else header = line;
    } else if (!header) {
      skip({ file, line: raw.number, problem: 'comes before any header' });
    } else if (end) {
      skip({ file, line: raw.number, problem: 'comes after the end line' });
    } else if (line.kind === 'step') steps.push(line);
    else if (line.kind === 'undo') steps.pop();
    else end = line;
  }
  if (!header) return undefined;
  const flags = end ? end.debrief.flags : steps.flatMap((s) => s.step.flags.map((f) => ({ ...f, turn: s.step.turn })));
  return { file, header, steps, ...(end ? { end } : {}), status: end ? (end.finished ? 'finished' : 'quit') : 'interrupted', flags };
}

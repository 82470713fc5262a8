import type { RawLine } from '../transcript/read-transcript.js';
import { ReportAggregator, type Report } from './aggregate-report.js';
import { summarizeSession, type SessionSummary, type SkippedLine } from './session-summary.js';

export interface BuildReportOptions {
  /** Opens a transcript's lines (src/io/read-lines.ts); injected so the report stays free of file handling. */
  lines: (file: string) => AsyncIterable<RawLine> | Iterable<RawLine>;
  /** Why `lines` failed, when it is a file the user can fix (src/io/file-error.ts); undefined for a bug, which is rethrown. */
  readProblem: (error: unknown) => string | undefined;
  /** A line left out, for the warning that names its file and line. */
  onSkippedLine?: (skipped: SkippedLine) => void;
  /** A file left out whole (unreadable, or no header). */
  onSkippedFile?: (file: string, problem: string) => void;
  /** Each session as it is read (xAPI export streams from here). */
  onSession?: (session: SessionSummary) => void;
}

/**
 * Reads transcripts one at a time and aggregates as it goes: at any moment it
 * holds one transcript and the running totals, so the number of transcripts is
 * limited only by time.
 */
export async function buildReport(files: AsyncIterable<string> | Iterable<string>, options: BuildReportOptions): Promise<Report> {
  const aggregator = new ReportAggregator();
  for await (const file of files) {
    aggregator.fileRead();
    let session: SessionSummary | undefined;
    try {
      session = await summarizeSession(file, options.lines(file), (skipped) => {
        aggregator.lineSkipped();
        options.onSkippedLine?.(skipped);
      });
    } catch (error) {
      aggregator.fileSkipped();
      const problem = options.readProblem(error);
      if (!problem) throw error;
      options.onSkippedFile?.(file, `cannot read: ${problem}`);
      continue;
    }
    if (!session) {
      aggregator.fileSkipped();
      options.onSkippedFile?.(file, 'no readable transcript header');
      continue;
    }
    aggregator.add(session);
    options.onSession?.(session);
  }
  return aggregator.report();
}

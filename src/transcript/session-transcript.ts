import type { Session } from '../engine/session.js';
import type { TranscriptHeader, UnchainedLine } from './transcript-format.js';

/**
 * The transcript lines of a session already played, for transcripts made after
 * the fact (golden files, generated test data). `at` gives each line's time;
 * golden files pass a fixed clock so re-recording an unchanged dialogue leaves
 * them byte for byte the same.
 */
export function sessionTranscriptLines(session: Session, header: TranscriptHeader, at: (index: number) => string): UnchainedLine[] {
  const lines: UnchainedLine[] = [header];
  session.steps.forEach((step, index) => lines.push({ kind: 'step', at: at(index + 1), step }));
  lines.push({ kind: 'end', at: at(session.steps.length + 1), finished: session.ended, debrief: session.debrief() });
  return lines;
}

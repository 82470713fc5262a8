import { showControls } from '../text/show-controls.js';
import type { Coded } from './codes.js';

/** Anything with a code at a place in a file: a diagnostic, or a lint finding (which may be a hint). */
export type PlacedProblem = Coded & { file: string; line: number; col: number; message: string; hint?: string | undefined };

/**
 * The one way a diagnostic is written for people: `file:line:col: severity
 * CODE: message (hint)`, its control characters written out, because file
 * names and quoted values come from the file and may be what needs fixing.
 */
export function diagnosticText(d: PlacedProblem): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return showControls(`${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}${hint}`);
}

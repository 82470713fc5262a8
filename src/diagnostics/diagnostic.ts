import type { Coded } from './codes.js';

/** A problem found in a file, as data: tools print it, editors could show it. */
export type Diagnostic = Coded<'error' | 'warning'> & {
  message: string;
  file: string;
  line: number;
  col: number;
  /** Where in the document (source form), e.g. ['states', 'opening', 'on', 'ask']. */
  path?: readonly (string | number)[];
  hint?: string;
};

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

/** A problem found in a file, as data: tools print it, editors could show it. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  col: number;
  /** Where in the document (source form), e.g. ['states', 'opening', 'on', 'ask']. */
  path?: readonly (string | number)[];
  hint?: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

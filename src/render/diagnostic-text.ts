import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { showControls } from '../text/show-controls.js';
import type { Style } from './style.js';

/** `file:line:col: severity CODE: message`, its control characters written out (they may be what needs fixing). */
export function diagnosticText(d: Diagnostic): string {
  return showControls(formatDiagnostic(d));
}

/** Diagnostic lines coloured by severity: errors red, warnings yellow; with `quiet`, errors only. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], style: Style, options: { quiet?: boolean } = {}): string[] {
  return diagnostics
    .filter((d) => !options.quiet || d.severity === 'error')
    .map((d) => (d.severity === 'error' ? style.red(diagnosticText(d)) : style.yellow(diagnosticText(d))));
}

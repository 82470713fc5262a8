import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import type { Style } from './style.js';

/** Diagnostic lines coloured by severity: errors red, warnings yellow; with `quiet`, errors only. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], style: Style, options: { quiet?: boolean } = {}): string[] {
  return diagnostics
    .filter((d) => !options.quiet || d.severity === 'error')
    .map((d) => (d.severity === 'error' ? style.red(diagnosticText(d)) : style.yellow(diagnosticText(d))));
}

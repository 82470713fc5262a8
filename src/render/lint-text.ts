import { coercionFlags } from '../catalog/index.js';
import type { CoercionMatch } from '../lint/match-coercion.js';
import type { Coded } from '../diagnostics/codes.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './style.js';

export type PositionedLintFinding = Coded<'warning' | 'hint'> & {
  file: string;
  line: number;
  col: number;
  message: string;
  suggested: string[];
  state: string;
  choice: string;
  hint?: string;
  /** Where in the source document, e.g. ['states', 'start', 'choices', 0, 'text']. */
  path: readonly (string | number)[];
};

export function renderLintFinding(f: PositionedLintFinding, style: Style): string {
  const hint = f.suggested.length ? `add flags: [${f.suggested.join(', ')}], or lint: { allow: [${f.suggested.join(', ')}] } if intended` : f.hint;
  const text = diagnosticText({ ...f, hint });
  return f.severity === 'warning' ? style.yellow(text) : style.dim(text);
}

/**
 * `parley lint --text`: each flag the sentence reads as, the words that
 * suggest it, the rule that fired and what it means, and which words stood
 * for each of the rule's concepts — so an author can see why.
 */
export function explainMatches(matches: readonly CoercionMatch[], style: Style): string {
  if (!matches.length) return style.green('✔ nothing in this text reads as coercive');
  return matches
    .map((m) => {
      const flag = coercionFlags.get(m.flag);
      const severity = flag?.severity ?? 'caution';
      const color = severity === 'caution' ? style.yellow : style.red;
      const words = m.words.map((w) => `${w.concept.toLowerCase().replace(/_/g, ' ')} “${sanitizeLine(w.text)}”`).join(', ');
      return [
        `${color(`⚑ ${flag?.name.en ?? m.flag} [${m.flag}]`)} ${style.dim(`(${severity}, ${m.language})`)}: “${sanitizeLine(m.phrase)}”`,
        `    rule: ${sanitizeLine(m.rule)} — ${sanitizeLine(m.why)}`,
        `    words: ${words}`,
      ].join('\n');
    })
    .join('\n');
}

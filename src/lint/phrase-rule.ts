import type { Language } from '../schema/language.js';

/**
 * Wording that reads as a coercion flag, as data: per language, per flag, a
 * list of regular-expression sources matched against normalised text (lower
 * case, accents removed, straight quotes; see normalize-text.ts). Patterns are
 * written so that the lawful version of a sentence ("we won't call your
 * employer") does not match; the matcher also skips a match that a negation
 * word directly precedes.
 */
export type PhraseRules = Readonly<Record<string, readonly string[]>>;

export interface LanguagePhrases {
  language: Language;
  rules: PhraseRules;
  /** Words that, just before a match in the same clause, turn it into a denial ("not", "nadie", "不会"). */
  negations: readonly string[];
  /** How far back a negation reaches: words for en/es, characters for zh. */
  negationReach: number;
  /** Words that make a following negation a condition, not a denial ("if you don't pay", "por no pagar"). */
  conditions?: readonly string[];
}

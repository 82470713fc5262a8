import type { Language } from '../schema/language.js';
import type { LanguagePhrases } from './phrase-rule.js';
import { PHRASES_EN } from './phrases-en.js';
import { PHRASES_ES } from './phrases-es.js';
import { PHRASES_ZH } from './phrases-zh.js';

export const PHRASES: Readonly<Record<Language, LanguagePhrases>> = { en: PHRASES_EN, es: PHRASES_ES, zh: PHRASES_ZH };

/** Flags the lint has wording for; the others (missing disclosure, timing, …) depend on the moment, not the words. */
export const WORDED_FLAGS: ReadonlySet<string> = new Set(Object.values(PHRASES).flatMap((p) => Object.keys(p.rules)));

export interface CoercionMatch {
  flag: string;
  language: Language;
  /** The words that matched, from the normalised text. */
  phrase: string;
}

interface CompiledRule {
  flag: string;
  pattern: RegExp;
}

const compiled = new Map<Language, CompiledRule[]>();
function rulesFor(language: Language): CompiledRule[] {
  let rules = compiled.get(language);
  if (!rules) {
    rules = Object.entries(PHRASES[language].rules).flatMap(([flag, sources]) => sources.map((source) => ({ flag, pattern: new RegExp(source, 'gu') })));
    compiled.set(language, rules);
  }
  return rules;
}

/** Lower case, no accents, straight quotes, single spaces: what the phrase rules are written against. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

// Clauses end at punctuation (Latin and CJK) or at "but"; a negation only reaches inside its clause.
const CLAUSE_BREAK = /[.,;:!?¿¡…\n，。；：！？、]|\b(?:but|pero)\b|但是|可是/u;

/**
 * Every flag the wording of `text` suggests, in the given languages (all three
 * when none is given). One match per flag, the first found.
 */
export function matchCoercion(text: string, languages: readonly Language[] = ['en', 'es', 'zh']): CoercionMatch[] {
  const normalized = normalizeText(text);
  const found = new Map<string, CoercionMatch>();
  for (const language of languages) {
    const phrases = PHRASES[language];
    for (const { flag, pattern } of rulesFor(language)) {
      if (found.has(flag)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(normalized); m; m = pattern.exec(normalized)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else if (!negated(normalized.slice(0, m.index), phrases)) {
          found.set(flag, { flag, language, phrase: m[0].trim() });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

/** Whether the words just before a match, in the same clause, deny it ("we won't call your employer"). */
function negated(before: string, phrases: LanguagePhrases): boolean {
  const clause = before.split(CLAUSE_BREAK).at(-1) ?? '';
  if (phrases.language === 'zh') {
    const window = [...clause].slice(-phrases.negationReach).join('');
    return phrases.negations.some((cue) => window.includes(cue));
  }
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const conditions = phrases.conditions ?? [];
  const isCue = (word: string) => phrases.negations.some((cue) => (cue.startsWith("n'") ? word.endsWith(cue) : word === cue));
  for (let i = Math.max(0, words.length - phrases.negationReach); i < words.length; i++) {
    if (!isCue(words[i]!)) continue;
    const conditional = words.slice(Math.max(0, i - 2), i).some((w) => conditions.includes(w));
    if (!conditional) return true;
  }
  return false;
}

import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es.js';
import type { Language } from '../schema/language.js';
import type { Lexicon } from './lexicon.js';
import { normalizeForLint } from './normalize.js';
import TERM_STEMS from './term-stems.json' with { type: 'json' };

/**
 * Tokens of a normalised reply (en, es): words with their stems (the Snowball
 * stemmers of NLP.js) and the clause and sentence each sits in. Chinese is
 * read by characters (see WORD below).
 */
export interface Token {
  /** The word as written (normalised). */
  text: string;
  stem: string;
  start: number;
  end: number;
  clause: number;
  sentence: number;
}

export interface AnalyzedText {
  language: Language;
  normalized: string;
  tokens: Token[];
  /** zh: the clause and sentence index of each character. */
  clauseAt: number[];
  sentenceAt: number[];
}

interface Stemmer {
  stemWord(word: string): string;
}
const stemmers = new Map<Language, Stemmer>();
function stemmer(language: 'en' | 'es'): Stemmer {
  let s = stemmers.get(language);
  if (!s) {
    // Only the stemmers: the packages' index files would also load sentiment lexicons the lint does not use.
    s = language === 'en' ? new StemmerEn() : new StemmerEs();
    stemmers.set(language, s);
  }
  return s;
}

/** The stem as the stemmer gives it, without the precomputed table. */
export function stemFresh(language: 'en' | 'es', word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(language).stemWord(word);
}

const stemCache = new Map<string, string>();
export function stem(language: Language, word: string): string {
  if (language === 'zh') return word;
  const key = `${language}:${word}`;
  let s = stemCache.get(key) ?? (TERM_STEMS as Record<string, Record<string, string>>)[language]![word];
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : stemmer(language).stemWord(word);
    stemCache.set(key, s);
  }
  return s;
}

/**
 * Words of en and es text: letters and digits, with an inner apostrophe ("gary's").
 * (Intl.Segmenter finds the same words here but costs ~25 ms to set up per process;
 * Chinese is matched on characters, so no segmenter is needed at all: a lexicon term
 * is found wherever it is written, whatever word boundaries a segmenter would draw.)
 */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** English contractions, spelt out so "won't" is a negation and "we'll" a future. */
export function expandEnglish(text: string): string {
  return text
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\bain't\b/g, 'is not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/'ll\b/g, ' will')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'m\b/g, ' am')
    .replace(/'d\b/g, ' would')
    .replace(/\b(he|she|it|that|there|what|who|where|here)'s\b/g, '$1 is');
}

const SENTENCE_PUNCT = /[.!?…。！？]/u;
const CLAUSE_PUNCT = /[.,;:!?¿¡…\u2014\u2013()"，。；：！？、（）「」『』《》]/u;

export function analyzeText(text: string, lexicon: Lexicon): AnalyzedText {
  const language = lexicon.language;
  let normalized = normalizeForLint(text);
  if (language === 'en') normalized = expandEnglish(normalized);
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  if (language !== 'zh') {
    const clauseWords = new Set(lexicon.clauseWords);
    let last = 0;
    for (const m of normalized.matchAll(WORD)) {
      const between = normalized.slice(last, m.index);
      last = m.index + m[0].length;
      if (CLAUSE_PUNCT.test(between) || / - /.test(between)) clause++;
      if (SENTENCE_PUNCT.test(between)) sentence++;
      if (clauseWords.has(m[0])) {
        clause++;
        continue;
      }
      tokens.push({ text: m[0], stem: stem(language, m[0]), start: m.index, end: last, clause, sentence });
    }
  }
  const clauseAt: number[] = [];
  const sentenceAt: number[] = [];
  if (language === 'zh') {
    let c = 0;
    let st = 0;
    for (let i = 0; i < normalized.length; i++) {
      if (CLAUSE_PUNCT.test(normalized[i]!)) c++;
      else for (const w of lexicon.clauseWords) if (normalized.startsWith(w, i)) c++;
      if (SENTENCE_PUNCT.test(normalized[i]!)) st++;
      clauseAt.push(c);
      sentenceAt.push(st);
    }
  }
  return { language, normalized, tokens, clauseAt, sentenceAt };
}

import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es.js';
import type { Language } from '../schema/language.js';
import type { Lexicon } from './lexicon.js';
import { normalizeForLint } from './normalize.js';

/**
 * Tokens of a normalised reply: words with their stems (Snowball stemmers from
 * NLP.js for en and es), the clause each sits in, and for zh the words
 * Intl.Segmenter finds (used to show whole words as the trigger).
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

const stemCache = new Map<string, string>();
export function stem(language: Language, word: string): string {
  if (language === 'zh') return word;
  const key = `${language}:${word}`;
  let s = stemCache.get(key);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : stemmer(language).stemWord(word);
    stemCache.set(key, s);
  }
  return s;
}

const segmenters = new Map<Language, Intl.Segmenter>();
function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'word' })));
  return s;
}

/** English contractions, spelt out so "won't" is a negation and "we'll" a future. */
function expandEnglish(text: string): string {
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
  const clauseWords = new Set(lexicon.clauseWords);
  for (const seg of segmenter(language).segment(normalized)) {
    if (!seg.isWordLike) {
      if (CLAUSE_PUNCT.test(seg.segment) || / - /.test(` ${seg.segment} `)) clause++;
      if (SENTENCE_PUNCT.test(seg.segment)) sentence++;
      continue;
    }
    if (language !== 'zh' && clauseWords.has(seg.segment)) {
      clause++;
      continue;
    }
    tokens.push({ text: seg.segment, stem: stem(language, seg.segment), start: seg.index, end: seg.index + seg.segment.length, clause, sentence });
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

import { expandEnglish, stem } from '../lint/analyze-text.js';
import { LEXICONS, matchCoercion } from '../lint/match-coercion.js';
import { normalizeForLint } from '../lint/normalize.js';
import type { Language } from '../schema/language.js';
import { REPLY_CONCEPTS } from './reply-concepts.js';
import { STOP_WORDS } from './stop-words.js';

/** A reply as the matcher compares it: feature → weight (before idf). */
export type Features = Map<string, number>;

/** How much each kind of feature counts against a plain word (tuned on the dev set only). */
export const FEATURE_WEIGHTS = {
  word: 1,
  /** A move said in other words is the strongest sign of meaning the same thing. */
  concept: 1.5,
  /** A coercion flag the lint finds: a threat is a threat whatever its words. */
  flag: 2.5,
  /** zh: characters carry little meaning alone, pairs of them more. */
  zhChar: 0.4,
  zhPair: 1,
};

/** How far back (words; zh: characters) a negation reaches to deny a concept: "we will not be passing it to solicitors". */
const NEGATION_REACH = { words: 4, chars: 4 };

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const CLAUSE_PUNCT = /[.,;:!?¿¡…\u2014\u2013()"，。；：！？、（）「」『』《》]/u;
const HAN = /\p{Script=Han}/u;

interface Token {
  text: string;
  stem: string;
  clause: number;
}

/** What the matcher reads: the lint's normalisation, English contractions spelt out, "£1,386" read as 1386. */
function normalizeReply(text: string, language: Language): string {
  let t = normalizeForLint(text);
  if (language === 'en') t = expandEnglish(t);
  return t.replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
}

function tokenize(text: string, language: 'en' | 'es'): Token[] {
  const tokens: Token[] = [];
  const clauseWords = new Set(LEXICONS[language].clauseWords);
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (CLAUSE_PUNCT.test(text.slice(last, m.index))) clause++;
    last = m.index + m[0].length;
    if (clauseWords.has(m[0])) clause++;
    tokens.push({ text: m[0], stem: stem(language, m[0]), clause });
  }
  return tokens;
}

/** One word of a concept term: its stem, a prefix (`word*`), or any word (`_`). */
type TermWord = { kind: 'stem'; stem: string; text: string } | { kind: 'prefix'; prefix: string } | { kind: 'any' };
interface Term {
  concept: string;
  words: TermWord[];
}
/** Terms indexed by what their first word must be: its stem, or the first three letters of its prefix; `anyFirst` starts with `_`. */
interface CompiledConcepts {
  byFirst: Map<string, Term[]>;
  byPrefix: Map<string, Term[]>;
  anyFirst: Term[];
}

const compiledConcepts = new Map<Language, CompiledConcepts>();
function conceptsOf(language: 'en' | 'es'): CompiledConcepts {
  let c = compiledConcepts.get(language);
  if (c) return c;
  c = { byFirst: new Map(), byPrefix: new Map(), anyFirst: [] };
  for (const [concept, terms] of Object.entries(REPLY_CONCEPTS[language])) {
    for (const term of terms) {
      const words: TermWord[] = normalizeReply(term, language)
        .split(' ')
        .filter(Boolean)
        .map((w) => (w === '_' ? { kind: 'any' } : w.endsWith('*') ? { kind: 'prefix', prefix: w.slice(0, -1) } : { kind: 'stem', stem: stem(language, w.replace(/'/g, '')), text: w }));
      const first = words[0];
      if (!first) continue;
      const t = { concept, words };
      if (first.kind === 'stem') c.byFirst.set(first.stem, [...(c.byFirst.get(first.stem) ?? []), t]);
      else if (first.kind === 'prefix') c.byPrefix.set(first.prefix.slice(0, 3), [...(c.byPrefix.get(first.prefix.slice(0, 3)) ?? []), t]);
      else c.anyFirst.push(t);
    }
  }
  compiledConcepts.set(language, c);
  return c;
}

const wordMatches = (w: TermWord, t: Token) =>
  w.kind === 'any' || (w.kind === 'prefix' ? t.text.startsWith(w.prefix) || t.stem.startsWith(w.prefix) : t.stem === w.stem || t.text === w.text);

function add(features: Features, key: string, weight: number) {
  features.set(key, (features.get(key) ?? 0) + weight);
}

function wordFeatures(text: string, language: 'en' | 'es', features: Features) {
  const tokens = tokenize(text, language);
  const negations = new Set(LEXICONS[language].negations);
  const stop = STOP_WORDS[language];
  const { byFirst, byPrefix, anyFirst } = conceptsOf(language);
  const denied = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lists = [byFirst.get(token.stem), byPrefix.get(token.text.slice(0, 3)), token.stem.slice(0, 3) === token.text.slice(0, 3) ? undefined : byPrefix.get(token.stem.slice(0, 3)), anyFirst];
    for (const term of lists.flatMap((l) => l ?? [])) {
      const end = i + term.words.length;
      if (end > tokens.length || !term.words.every((w, k) => wordMatches(w, tokens[i + k]!))) continue;
      // A negation just before a move, in its clause and outside the term itself, denies it: "nobody's involving solicitors".
      const negated = tokens.slice(Math.max(0, i - NEGATION_REACH.words), i).some((t) => t.clause === tokens[i]!.clause && negations.has(t.text));
      add(features, `${negated ? '!' : ''}@${term.concept}`, FEATURE_WEIGHTS.concept);
      if (negated) for (let k = i; k < end; k++) denied.add(k);
    }
  }
  tokens.forEach((t, i) => {
    if (stop.has(t.text) || denied.has(i)) return;
    add(features, t.stem, FEATURE_WEIGHTS.word);
  });
}

function characterFeatures(text: string, features: Features) {
  const negations = LEXICONS.zh.negations;
  const stop = STOP_WORDS.zh;
  const clauseAt: number[] = [];
  let clause = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_PUNCT.test(text[i]!)) clause++;
    clauseAt.push(clause);
  }
  const chars = [...text];
  for (const [concept, terms] of Object.entries(REPLY_CONCEPTS.zh)) {
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        const before = text.slice(Math.max(0, at - NEGATION_REACH.chars), at);
        const negated = negations.some((n) => {
          const k = before.lastIndexOf(n);
          return k >= 0 && clauseAt[at - before.length + k] === clauseAt[at];
        });
        add(features, `${negated ? '!' : ''}@${concept}`, FEATURE_WEIGHTS.concept);
      }
    }
  }
  // Chinese is written without spaces: characters and pairs of them stand in for words.
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i]!;
    if (!HAN.test(a)) continue;
    if (!stop.has(a)) add(features, a, FEATURE_WEIGHTS.zhChar);
    const b = chars[i + 1];
    if (b && HAN.test(b) && !(stop.has(a) && stop.has(b))) add(features, a + b, FEATURE_WEIGHTS.zhPair);
  }
  for (const m of text.matchAll(/[\p{N}]+|[a-z]+/gu)) add(features, m[0], FEATURE_WEIGHTS.word);
}

/** The features of one reply: words (stemmed, stop words out) or Chinese characters, the moves it makes, and the coercion flags the lint reads in it. */
export function replyFeatures(text: string, language: Language): Features {
  const features: Features = new Map();
  const normalized = normalizeReply(text, language);
  if (language === 'zh') characterFeatures(normalized.replace(/\s+/g, ''), features);
  else wordFeatures(normalized, language, features);
  // The rules' reading only: it says which coercive moves two replies share, and the matcher's weights were tuned on it;
  // whether a typed reply is flagged is decided by the whole lint (flags-in-typed.ts).
  for (const m of matchCoercion(text, [language], { reading: 'rules' })) add(features, `flag:${m.flag}`, FEATURE_WEIGHTS.flag);
  return features;
}

import type { Language } from '../schema/language.js';
import { analyzeText, stem, type AnalyzedText } from './analyze-text.js';
import type { Lexicon, LexiconRule } from './lexicon.js';
import { LEXICON_EN } from './lexicon-en.js';
import { LEXICON_ES } from './lexicon-es.js';
import { LEXICON_ZH } from './lexicon-zh.js';

export const LEXICONS: Readonly<Record<Language, Lexicon>> = { en: LEXICON_EN, es: LEXICON_ES, zh: LEXICON_ZH };

/** Flags the lint has rules for; the others depend on the moment, not the words. */
export const WORDED_FLAGS: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((l) => l.rules.map((r) => r.flag)));

export interface CoercionMatch {
  flag: string;
  language: Language;
  /** The words that triggered it, from the normalised text, in reading order ("call … your boss"). */
  phrase: string;
  /** Each concept of the rule and the words that stood for it. */
  words: { concept: string; text: string }[];
  /** The rule's short name and what it means. */
  rule: string;
  why: string;
  /** The clauses the rule's words sit in, normalised: what the rule read, for weighing it on its own. */
  passage?: string;
}

/** Where a concept was found: token indexes (en, es) or character offsets (zh), end exclusive. */
interface Hit {
  concept: string;
  start: number;
  end: number;
  /** Offsets in the normalised text. */
  from: number;
  to: number;
  clause: number;
  sentence: number;
}

type TokenTest = (i: number, a: AnalyzedText) => boolean;
type Step = { kind: 'token'; test: TokenTest; keys?: string[] } | { kind: 'gap'; max: number };
/**
 * Every term of every concept, indexed by what its first word must be (the
 * word, its stem or its first three letters), so each token of a reply only
 * tries the terms that can start there: one pass over the reply finds every concept.
 */
interface Term {
  concept: string;
  steps: Step[];
}
interface TermIndex {
  byFirst: Map<string, Term[]>;
  others: Term[];
}
interface CompiledLexicon {
  lexicon: Lexicon;
  /** en, es: each concept's terms as token steps; zh: one regular expression per concept. */
  terms: TermIndex;
  zh: Map<string, RegExp>;
  negations: Set<string>;
  conditions: Set<string>;
  conditionalAfter: Set<string>;
  coordinators: Set<string>;
}

/** The debtor, addressed (en, es): a negation after these is about what the debtor does. */
const DEBTOR = new Set(['you', 'usted', 'tu', 'ustedes', 'si']);

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred thousand dozen dozens couple few several un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta cien ciento cientos mil'.split(' '),
);

/** A term as the words the matcher compares (contractions spelt out, accents removed). */
export function termWords(language: Language, term: string): string[] {
  const norm = (t: string) =>
    language === 'en' ? t.replace(/n't\b/g, ' not').replace(/'ll\b/g, ' will').replace(/'m\b/g, ' am').replace(/'re\b/g, ' are').replace(/'ve\b/g, ' have').replace(/'d\b/g, ' would') : t;
  return norm(term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).split(/\s+/).filter(Boolean);
}

/** The plain words of a language's lexicon: the ones whose stems the matcher compares (see term-stems.json). */
export function lexiconWords(language: 'en' | 'es'): string[] {
  const words = new Set<string>();
  for (const list of Object.values(LEXICONS[language].concepts)) {
    for (const t of list) for (const w of termWords(language, t)) if (/^[\p{L}\p{N}']+$/u.test(w)) words.add(w);
  }
  return [...words].sort();
}

function compileWord(language: Language, word: string): Step {
  if (word === '~') return { kind: 'gap', max: 3 };
  if (word === '_') return { kind: 'token', test: () => true };
  if (word === '#') return { kind: 'token', test: (i, a) => /^\d/.test(a.tokens[i]!.text) || NUMBER_WORDS.has(a.tokens[i]!.text) };
  if (word.length > 2 && word.startsWith('/') && word.endsWith('/')) {
    const re = new RegExp(`^(?:${word.slice(1, -1)})$`, 'u');
    return { kind: 'token', test: (i, a) => re.test(a.tokens[i]!.text) };
  }
  if (word.length > 1 && word.startsWith('=')) {
    const exact = word.slice(1);
    return { kind: 'token', test: (i, a) => a.tokens[i]!.text === exact, keys: [`w:${exact}`] };
  }
  if (word.endsWith('*')) {
    const prefix = word.slice(0, -1);
    const keys = prefix.length >= 3 ? [`p:${prefix.slice(0, 3)}`] : undefined;
    return { kind: 'token', test: (i, a) => a.tokens[i]!.text.startsWith(prefix) || a.tokens[i]!.stem.startsWith(prefix), keys };
  }
  const s = stem(language, word);
  return { kind: 'token', test: (i, a) => a.tokens[i]!.text === word || a.tokens[i]!.stem === s, keys: [`w:${word}`, `s:${s}`] };
}

const compiledLexicons = new Map<Language, CompiledLexicon>();
function compiled(language: Language): CompiledLexicon {
  let c = compiledLexicons.get(language);
  if (c) return c;
  const lexicon = LEXICONS[language];
  const terms: TermIndex = { byFirst: new Map(), others: [] };
  const zh = new Map<string, RegExp>();
  for (const [concept, list] of Object.entries(lexicon.concepts)) {
    if (language === 'zh') {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const sources = list.map((t) => t.split('…').map(escape).join('[^，。！？；、,.!?;]{0,6}?'));
      // Longest first, so a hit shows the whole term.
      sources.sort((a, b) => b.length - a.length);
      zh.set(concept, new RegExp(sources.join('|'), 'gu'));
    } else {
      for (const t of list) {
        const steps = termWords(language, t).map((w) => compileWord(language, w));
        const term: Term = { concept, steps };
        const first = steps[0];
        if (first?.kind === 'token' && first.keys) {
          for (const key of new Set(first.keys)) {
            const at = terms.byFirst.get(key);
            if (at) at.push(term);
            else terms.byFirst.set(key, [term]);
          }
        } else terms.others.push(term);
      }
    }
  }
  for (const rule of lexicon.rules) {
    for (const concept of [...rule.all, ...(rule.none ?? [])]) {
      if (!(concept in lexicon.concepts)) throw new Error(`lint lexicon ${language}: rule '${rule.id}' names unknown concept ${concept}`);
    }
  }
  c = {
    lexicon,
    terms,
    zh,
    negations: new Set(lexicon.negations),
    conditions: new Set(lexicon.conditions),
    conditionalAfter: new Set(lexicon.conditionalAfter),
    coordinators: new Set(lexicon.coordinators ?? []),
  };
  compiledLexicons.set(language, c);
  return c;
}

/** Every place a term of any concept matches the token sequence (en, es), by concept. */
function findAllTokens(index: TermIndex, a: AnalyzedText): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  const n = a.tokens.length;
  let steps: Step[] = [];
  const walk = (si: number, ti: number): number => {
    if (si === steps.length) return ti;
    const step = steps[si]!;
    if (step.kind === 'gap') {
      for (let g = 0; g <= step.max && ti + g <= n; g++) {
        const end = walk(si + 1, ti + g);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (ti >= n || !step.test(ti, a)) return -1;
    return walk(si + 1, ti + 1);
  };
  for (let i = 0; i < n; i++) {
    const t = a.tokens[i]!;
    const lists = [
      index.byFirst.get(`w:${t.text}`),
      index.byFirst.get(`s:${t.stem}`),
      index.byFirst.get(`p:${t.text.slice(0, 3)}`),
      t.stem.slice(0, 3) === t.text.slice(0, 3) ? undefined : index.byFirst.get(`p:${t.stem.slice(0, 3)}`),
      index.others,
    ];
    const tried = new Set<Term>();
    for (const list of lists) {
      if (!list) continue;
      for (const term of list) {
        if (tried.has(term)) continue;
        tried.add(term);
        steps = term.steps;
        const end = walk(0, i);
        if (end > i && t.clause === a.tokens[end - 1]!.clause) {
          const hit = { concept: term.concept, start: i, end, from: t.start, to: a.tokens[end - 1]!.end, clause: t.clause, sentence: t.sentence };
          const at = hits.get(term.concept);
          if (at) at.push(hit);
          else hits.set(term.concept, [hit]);
        }
      }
    }
  }
  return hits;
}

function findConcept(c: CompiledLexicon, a: AnalyzedText, concept: string, tokenHits: Map<string, Hit[]> | undefined): Hit[] {
  if (a.language === 'zh') {
    const re = c.zh.get(concept)!;
    const hits: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(a.normalized); m; m = re.exec(a.normalized)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ concept, start: m.index, end: m.index + m[0].length, from: m.index, to: m.index + m[0].length, clause: a.clauseAt[m.index] ?? 0, sentence: a.sentenceAt[m.index] ?? 0 });
    }
    return hits;
  }
  return tokenHits?.get(concept) ?? [];
}

/** Whether a hit is denied by a negation just before it in its clause ("we will not tell your employer"). */
function denied(c: CompiledLexicon, a: AnalyzedText, hit: Hit, covered: (pos: number) => boolean): boolean {
  const reach = c.lexicon.negationReach;
  if (a.language === 'zh') {
    const text = a.normalized;
    for (let i = Math.max(0, hit.from - reach); i < hit.from; i++) {
      if (a.clauseAt[i] !== hit.clause || covered(i)) continue;
      for (const cue of c.negations) {
        if (!text.startsWith(cue, i) || i + cue.length > hit.from) continue;
        const after = text.slice(i + cue.length, hit.from);
        if ([...c.conditionalAfter].some((w) => after.startsWith(w))) continue;
        const before = text.slice(Math.max(0, i - 3), i);
        if ([...c.conditions].some((w) => before.includes(w))) continue;
        return true;
      }
    }
    return false;
  }
  // A negation reaches further across a coordination: "nobody will post about you or get in touch with your friends".
  let from = Math.max(0, hit.start - reach);
  for (let i = hit.start - 1; i >= 0 && a.tokens[i]!.clause === hit.clause; i--) if (c.coordinators.has(a.tokens[i]!.text)) from = 0;
  for (let i = from; i < hit.start; i++) {
    const t = a.tokens[i]!;
    if (t.clause !== hit.clause || covered(t.start) || !c.negations.has(t.text)) continue;
    // The debtor's not paying is the condition of a threat, not a denial of it: "if you don't pay", "you won't pay? then…".
    const next = a.tokens[i + 1];
    const debtorBefore = a.tokens.slice(Math.max(0, i - 3), i).some((b) => DEBTOR.has(b.text));
    if (debtorBefore && next && (c.conditionalAfter.has(next.text) || c.conditionalAfter.has(next.stem))) continue;
    const before = a.tokens.slice(Math.max(0, i - 3), i);
    if (before.some((b) => b.clause === hit.clause && c.conditions.has(b.text))) continue;
    return true;
  }
  return false;
}

/** Why a rule did not fire, where that says something: its concepts were there but denied, or a lawful stance was present. */
type RuleOutcome = Hit[] | 'denied' | 'stance' | undefined;

function applyRule(c: CompiledLexicon, a: AnalyzedText, rule: LexiconRule, cache: Map<string, Hit[]>, tokenHits: Map<string, Hit[]> | undefined): RuleOutcome {
  const get = (concept: string) => {
    let h = cache.get(concept);
    if (!h) cache.set(concept, (h = findConcept(c, a, concept, tokenHits)));
    return h;
  };
  const all = rule.all.map(get);
  if (all.some((h) => h.length === 0)) return undefined;
  if (rule.none?.some((concept) => get(concept).length > 0)) return 'stance';
  // Positions inside any hit of this rule's concepts: a negation word that is part of a term ("wouldn't want") denies nothing.
  const spans = all.flat();
  const [head, ...rest] = all;
  const overlaps = (x: Hit, y: Hit) => x.from < y.to && y.from < x.to;
  let wasDenied = false;
  for (const h of head!) {
    const covered = (pos: number) => spans.some((s) => s !== h && pos >= s.from && pos < s.to);
    if (rule.negatable !== false && denied(c, a, h, covered)) {
      wasDenied = true;
      continue;
    }
    // One word stands for one concept: "post" cannot be both the public place and the act of posting.
    const chosen: Hit[] = [h];
    for (const r of rest) {
      const scope = rule.scope ?? 'sentence';
      const near = (y: Hit) => scope === 'reply' || (scope === 'clause' ? y.clause === h.clause : y.sentence === h.sentence);
      const x = r.find((y) => near(y) && !chosen.some((z) => overlaps(y, z)));
      if (!x) break;
      chosen.push(x);
    }
    if (chosen.length === all.length) return chosen;
  }
  return wasDenied ? 'denied' : undefined;
}

export interface MatchOptions {
  /** Return every rule that fires, not only the first per flag. */
  allRules?: boolean;
}

/**
 * Every flag the wording of `text` suggests, in the given languages (all three
 * when none is given): per flag, the first rule that fires, with the words
 * that triggered it.
 */
export function matchRules(text: string, languages: readonly Language[] = ['en', 'es', 'zh'], options: MatchOptions = {}): CoercionMatch[] {
  const found: CoercionMatch[] = [];
  const seen = new Set<string>();
  for (const language of languages) {
    const c = compiled(language);
    const a = analyzeText(text, c.lexicon);
    const cache = new Map<string, Hit[]>();
    const tokenHits = language === 'zh' ? undefined : findAllTokens(c.terms, a);
    for (const rule of c.lexicon.rules) {
      if (!options.allRules && seen.has(rule.flag)) continue;
      const hits = applyRule(c, a, rule, cache, tokenHits);
      if (!Array.isArray(hits)) continue;
      seen.add(rule.flag);
      const ordered = [...hits].sort((x, y) => x.from - y.from);
      const words = hits.map((h) => ({ concept: h.concept, text: a.normalized.slice(h.from, h.to) }));
      found.push({
        flag: rule.flag,
        language,
        phrase: ordered.map((h) => a.normalized.slice(h.from, h.to)).join(' … '),
        words,
        rule: rule.id,
        why: rule.why,
        passage: passageOf(a, hits),
      });
    }
  }
  return found;
}

/** The whole clauses from the first of `hits` to the last. */
function passageOf(a: AnalyzedText, hits: Hit[]): string {
  const first = Math.min(...hits.map((h) => h.clause));
  const last = Math.max(...hits.map((h) => h.clause));
  if (a.language === 'zh') {
    let from = a.clauseAt.indexOf(first);
    let to = a.clauseAt.lastIndexOf(last) + 1;
    if (from < 0) from = 0;
    if (to <= from) to = a.normalized.length;
    return a.normalized.slice(from, to);
  }
  const inside = a.tokens.filter((t) => t.clause >= first && t.clause <= last);
  return inside.length ? a.normalized.slice(inside[0]!.start, inside.at(-1)!.end) : a.normalized;
}

/** The normalised text the rules read, for explaining a finding. */
export function normalizedFor(text: string, language: Language): string {
  return analyzeText(text, compiled(language).lexicon).normalized;
}

/**
 * The concepts whose terms appear in `text` (negated or not), each with the
 * words of its first appearance, for the learned reading (`sentence-features.ts`):
 * a concept the rules know is a clue even where no rule's full combination is present.
 */
export function conceptsIn(text: string, language: Language): { concept: string; words: string }[] {
  const c = compiled(language);
  const a = analyzeText(text, c.lexicon);
  const found = language === 'zh' ? Object.keys(c.lexicon.concepts).map((concept) => [concept, findConcept(c, a, concept, undefined)] as const) : [...findAllTokens(c.terms, a)];
  return found.filter(([, hits]) => hits.length > 0).map(([concept, hits]) => ({ concept, words: a.normalized.slice(hits[0]!.from, hits[0]!.to) }));
}

/**
 * Flags whose rule had every concept present but did not fire, and why: the
 * head was denied ("we will not tell your neighbours") or a lawful stance was
 * present ("you have the right to dispute"). Clues for the learned reading.
 */
export function rulesHeldBack(text: string, language: Language): { flag: string; why: 'denied' | 'stance' }[] {
  const c = compiled(language);
  const a = analyzeText(text, c.lexicon);
  const cache = new Map<string, Hit[]>();
  const tokenHits = language === 'zh' ? undefined : findAllTokens(c.terms, a);
  const out: { flag: string; why: 'denied' | 'stance' }[] = [];
  for (const rule of c.lexicon.rules) {
    const outcome = applyRule(c, a, rule, cache, tokenHits);
    if (outcome === 'denied' || outcome === 'stance') out.push({ flag: rule.flag, why: outcome });
  }
  return out;
}

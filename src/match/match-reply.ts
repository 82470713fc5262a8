import type { Language } from '../schema/language.js';
import { isBareAcknowledgement } from './bare-acknowledgement.js';
import { replyFeatures, type Features } from './reply-features.js';
import { inverseDocumentFrequency, similarity, weigh } from './term-weighting.js';

/** A reply the learner could pick at this turn, as the dialogue gives it. */
export interface ReplyCandidate {
  id: string;
  text: string;
  /** Authored paraphrases (`examples:` on the choice). */
  examples?: readonly string[];
}

export interface ScoredChoice {
  choice: string;
  /** 0 to 1: how alike what was typed and this choice are. */
  confidence: number;
}

/**
 * Which choice a typed reply means, or a request to rephrase: never a silent
 * guess. `unclear`: nothing on screen is close enough; `ambiguous`: two
 * choices are about equally close; `empty`: nothing was typed.
 */
export type ReplyMatch =
  | ({ kind: 'match'; runnerUp?: ScoredChoice } & ScoredChoice)
  | { kind: 'rephrase'; reason: 'unclear' | 'ambiguous' | 'empty'; best?: ScoredChoice; runnerUp?: ScoredChoice };

export interface MatchThresholds {
  /** Below this confidence the learner is asked to rephrase. */
  minConfidence: number;
  /** When the runner-up is this close to the best, the learner is asked to rephrase. */
  minMargin: number;
}

/** Tuned on the dev set (tests/free-reply-dev) only. */
export const DEFAULT_THRESHOLDS: MatchThresholds = { minConfidence: 0.22, minMargin: 0.1 };

/** Longer input says nothing more about which move it is, and would only cost time. */
export const MAX_TYPED = 600;

/** Features of choice texts and examples, kept: the same screen is matched again and again. */
const featureCache = new Map<string, Features>();
const MAX_CACHED = 5_000;
function cachedFeatures(text: string, language: Language): Features {
  const key = `${language}\u0000${text}`;
  let f = featureCache.get(key);
  if (!f) {
    if (featureCache.size >= MAX_CACHED) featureCache.clear();
    f = replyFeatures(text, language);
    featureCache.set(key, f);
  }
  return f;
}

/**
 * Reads a screen's choices ahead of the learner's typing (their texts and
 * examples are what costs the most the first time), so matching what is typed
 * stays within a frame. Call it when the screen is shown; matchReply works without it.
 */
export function prepareCandidates(candidates: readonly ReplyCandidate[], language: Language): void {
  for (const c of candidates) for (const t of [c.text, ...(c.examples ?? [])]) cachedFeatures(t, language);
}

/** The best document of a choice decides, with a little credit for the choice as a whole. */
const WHOLE_CHOICE_SHARE = 0.25;

/**
 * Matches what the learner typed against the choices available at this turn.
 * Each choice is read as its text plus its examples; the typed reply is compared
 * with each of them (TF-IDF over this screen, cosine blended with how much of
 * the typed reply the document accounts for), and with all of them together.
 */
export function matchReply(typed: string, candidates: readonly ReplyCandidate[], language: Language, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): ReplyMatch {
  const input = typed.slice(0, MAX_TYPED);
  if (input.trim() === '' || candidates.length === 0) return { kind: 'rephrase', reason: 'empty' };
  if (isBareAcknowledgement(input, language)) return { kind: 'rephrase', reason: 'unclear' };
  const typedFeatures = replyFeatures(input, language);

  const documents = candidates.map((c) => [c.text, ...(c.examples ?? [])].map((t) => cachedFeatures(t, language)));
  const idf = inverseDocumentFrequency(documents.flat());
  const t = weigh(typedFeatures, idf);
  const scored: ScoredChoice[] = candidates.map((c, i) => {
    const docs = documents[i]!;
    const score = (f: Features) => {
      const { cosine, coverage } = similarity(t, weigh(f, idf));
      return Math.sqrt(cosine * coverage);
    };
    const best = Math.max(...docs.map(score));
    const whole = new Map<string, number>();
    for (const d of docs) for (const [f, w] of d) whole.set(f, Math.max(whole.get(f) ?? 0, w));
    const confidence = (1 - WHOLE_CHOICE_SHARE) * best + WHOLE_CHOICE_SHARE * score(whole);
    return { choice: c.id, confidence: Math.min(1, Math.max(0, confidence)) };
  });
  scored.sort((a, b) => b.confidence - a.confidence);
  const [best, runnerUp] = scored as [ScoredChoice, ScoredChoice | undefined];
  const extra = runnerUp ? { runnerUp } : {};
  if (best.confidence < thresholds.minConfidence) return { kind: 'rephrase', reason: 'unclear', best, ...extra };
  if (runnerUp && best.confidence - runnerUp.confidence < thresholds.minMargin) return { kind: 'rephrase', reason: 'ambiguous', best, runnerUp };
  return { kind: 'match', ...best, ...extra };
}

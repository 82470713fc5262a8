import type { Language } from '../schema/language.js';
import { COERCIVE_HEAD, decodeModel, type LearnedModel } from './learned-model.js';
import { clueValues, type Feature } from './sentence-features.js';

export interface LearnedFlag {
  flag: string;
  /** The head's probability (for the coercive fallback, the coercive head's). */
  score: number;
  /** The clues that weighed most towards it, strongest first. */
  clues: Feature[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each head's probability for a sentence with these clues (the same scaling as training). */
export function headScores(model: LearnedModel, features: readonly Feature[]): number[] {
  const { index, weights } = decodeModel(model);
  const H = model.heads.length;
  const z = [...model.bias];
  const values = clueValues(features.map((f) => f.name));
  features.forEach((f, i) => {
    const at = index.get(f.name);
    if (at === undefined) return;
    const value = values[i]! * model.step;
    for (let h = 0; h < H; h++) z[h]! += weights[at * H + h]! * value;
  });
  return z.map(sigmoid);
}

/**
 * The flags the learned reading finds: every flag head at or over the flag
 * threshold; when none is, but the sentence reads as coercive, the likeliest
 * flag.
 */
export function readLearned(model: LearnedModel, features: readonly Feature[]): LearnedFlag[] {
  const p = headScores(model, features);
  const flagHeads = model.heads.map((h, i) => ({ h, i })).filter(({ h }) => h !== COERCIVE_HEAD);
  const coercive = p[model.heads.indexOf(COERCIVE_HEAD)]!;
  // A flag head alone does not make a finding when the coercive head reads the sentence as plainly lawful.
  let chosen = coercive < (model.flagFloor ?? 0) ? [] : flagHeads.filter(({ i }) => p[i]! >= model.flagThreshold);
  if (!chosen.length && coercive >= model.coerciveThreshold) {
    const best = flagHeads.reduce((a, b) => (p[b.i]! > p[a.i]! ? b : a));
    chosen = [best];
  }
  return chosen.map(({ h, i }) => ({ flag: h, score: Math.max(p[i]!, p[i]! >= model.flagThreshold ? 0 : coercive), clues: strongest(model, features, i) }));
}

function strongest(model: LearnedModel, features: readonly Feature[], head: number): Feature[] {
  const { index, weights } = decodeModel(model);
  const weighed: { f: Feature; w: number }[] = [];
  for (const f of features) {
    const at = index.get(f.name);
    const w = at === undefined ? 0 : weights[at * model.heads.length + head]!;
    if (w > 0) weighed.push({ f, w });
  }
  // Distinct words, strongest first: "mum" from a word, a pair and a concept is shown once.
  const shown: Feature[] = [];
  for (const { f } of weighed.sort((a, b) => b.w - a.w)) {
    if (shown.length === 3) break;
    if (shown.some((g) => g.words.includes(f.words) || f.words.includes(g.words))) continue;
    shown.push(f);
  }
  return shown;
}

/** The languages a text is plausibly written in, so a reading for one language is not applied to another's words. */
export function plausibleLanguages(text: string, languages: readonly Language[]): Language[] {
  if (languages.length <= 1) return [...languages];
  const han = /\p{Script=Han}/u.test(text);
  if (han) return languages.filter((l) => l === 'zh');
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const en = words.filter((w) => EN_WORDS.has(w)).length;
  const es = words.filter((w) => ES_WORDS.has(w)).length + (/[ñ¿¡áéíóú]/i.test(text) ? 2 : 0);
  const pick: Language[] = en === es ? ['en', 'es'] : en > es ? ['en'] : ['es'];
  return languages.filter((l) => pick.includes(l));
}

const EN_WORDS = new Set('the you your to and of is are we will it that this have be not if or for on with i my me our pay'.split(' '));
const ES_WORDS = new Set('el la los las usted su sus de que y es no se lo le por para con un una si yo mi nos pague pagar'.split(' '));

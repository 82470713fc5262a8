import type { Language } from '../schema/language.js';
import { headScores, readLearned, plausibleLanguages, type LearnedFlag } from './learned-reading.js';
import type { LearnedModel } from './learned-model.js';
import MODEL_EN from './learned-model-en.json' with { type: 'json' };
import MODEL_ES from './learned-model-es.json' with { type: 'json' };
import MODEL_ZH from './learned-model-zh.json' with { type: 'json' };
import { matchRules, type CoercionMatch, type MatchOptions } from './match-rules.js';
import { sentenceFeatures } from './sentence-features.js';

export { conceptsIn, LEXICONS, matchRules, termWords, lexiconWords, WORDED_FLAGS, type CoercionMatch, type MatchOptions } from './match-rules.js';

export const LEARNED_MODELS: Readonly<Record<Language, LearnedModel>> = {
  en: MODEL_EN as LearnedModel,
  es: MODEL_ES as LearnedModel,
  zh: MODEL_ZH as LearnedModel,
};

export interface CoercionOptions extends MatchOptions {
  /** `rules` reads with the lexicon's rules alone (for comparison in lint-eval); the default weighs them with the learned reading. */
  reading?: 'combined' | 'rules';
  /** Every rule finding stands, whatever the learned reading says (typed replies: a lawful move said with a threat). */
  keepRules?: boolean;
}

/**
 * Below this probability of being coercive, the learned reading outweighs a
 * rule's finding (most often a lawful sentence that shares a threat's words).
 * Chosen with the thresholds in scripts/lint-train.ts by cross-validation.
 */
export const RULE_VETO = 0.5;

const DISCLOSURE = new Set(['third_party_disclosure', 'threat_to_expose']);
const CLUE_KIND: Record<string, string> = { w: 'word', b: 'words', n: 'letters', g: 'characters', c: 'concept', r: 'rule' };

/**
 * Every flag the wording of `text` suggests, in the given languages (all three
 * when none is given; then only those the text is plausibly written in).
 *
 * The lexicon's rules find concepts and their combinations; the learned reading
 * (trained on Parley's labelled sentences) weighs those findings together with
 * the words themselves and decides. A flag both agree on is explained by the
 * rule's words; a flag only the learned reading finds, by the clues that
 * weighed most; a rule's finding stands unless the learned reading is
 * confident the sentence is lawful (RULE_VETO).
 */
export function matchCoercion(text: string, languages: readonly Language[] = ['en', 'es', 'zh'], options: CoercionOptions = {}): CoercionMatch[] {
  const rules = matchRules(text, languages, options);
  if (options.reading === 'rules' || options.allRules) return rules;
  const found: CoercionMatch[] = [];
  for (const language of plausibleLanguages(text, languages)) {
    const own = rules.filter((m) => m.language === language);
    const model = LEARNED_MODELS[language];
    const features = sentenceFeatures(text, language, own);
    const add = (match: CoercionMatch) => {
      if (!found.some((m) => m.language === language && m.flag === match.flag)) found.push(match);
    };
    for (const learned of readLearned(model, features)) {
      const rule = own.find((m) => m.flag === learned.flag) ?? (DISCLOSURE.has(learned.flag) ? own.find((m) => DISCLOSURE.has(m.flag)) : undefined);
      add(rule ?? learnedMatch(language, learned));
    }
    // A rule finding stands unless the learned reading is confident the sentence is lawful.
    if (options.keepRules || headScores(model, features)[0]! >= RULE_VETO) for (const m of own) add(m);
  }
  return found;
}

function learnedMatch(language: Language, learned: LearnedFlag): CoercionMatch {
  const clues = learned.clues;
  return {
    flag: learned.flag,
    language,
    phrase: clues.map((c) => c.words).join(' … '),
    words: clues.map((c) => ({ concept: CLUE_KIND[c.name.slice(0, 1)] ?? 'clue', text: c.words })),
    rule: 'learned reading',
    why: `reads like the labelled sentences with this flag (score ${learned.score.toFixed(2)}); the clues that weighed most are shown`,
  };
}

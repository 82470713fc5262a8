import type { Lexicon } from './lexicon.js';

export const LEXICON_ZH: Lexicon = {
  language: 'zh',
  negationReach: 4,
  negations: [],
  conditions: [],
  conditionalAfter: [],
  clauseWords: [],
  concepts: {},
  rules: [],
};

import type { Lexicon } from './lexicon.js';

export const LEXICON_ES: Lexicon = {
  language: 'es',
  negationReach: 4,
  negations: [],
  conditions: [],
  conditionalAfter: [],
  clauseWords: [],
  concepts: {},
  rules: [],
};

import { describe, expect, it } from 'vitest';
import { DEBRIEF_WORDS } from '../src/render/debrief-words.js';
import { RUN_LABELS } from '../src/render/run-labels.js';
import { LANGUAGES } from '../src/schema/language.js';
import { UI_STRINGS } from '../src/tui/ui-strings.js';

// A learner reads the debrief from `parley run` and on the play screen: one set of terms in each language.
describe('the debrief words', () => {
  it.each(LANGUAGES)('%s: parley run and the play screen use the same ones', (language) => {
    for (const [key, word] of Object.entries(DEBRIEF_WORDS[language])) {
      const sample = (value: unknown) => (typeof value === 'function' ? (value as (...n: number[]) => string)(3, 40, 10) : value);
      expect(sample(RUN_LABELS[language][key as keyof typeof RUN_LABELS.en]), key).toBe(sample(word));
      expect(sample(UI_STRINGS[language][key as keyof typeof UI_STRINGS.en]), key).toBe(sample(word));
    }
  });
});

// Writes src/lint/term-stems.json: the Snowball stem of every plain word in the
// en and es lint lexicons, so `parley lint` does not stem some 3,000 lexicon words
// at every start (about 60 ms). Run after editing a lexicon:
//   npm run lint-stems
// tests/lint-corpus.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { stemFresh } from '../src/lint/analyze-text.js';
import { lexiconWords } from '../src/lint/match-coercion.js';

export function termStems(): Record<'en' | 'es', Record<string, string>> {
  const table = { en: {} as Record<string, string>, es: {} as Record<string, string> };
  for (const language of ['en', 'es'] as const) for (const w of lexiconWords(language)) table[language][w] = stemFresh(language, w);
  return table;
}

if (process.argv[1] && /lint-stems\.ts$/.test(process.argv[1])) {
  writeFileSync('src/lint/term-stems.json', `${JSON.stringify(termStems(), null, 1)}\n`);
  console.log('wrote src/lint/term-stems.json');
}

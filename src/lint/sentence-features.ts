import type { Language } from '../schema/language.js';
import { analyzeText } from './analyze-text.js';
import { conceptsIn, LEXICONS, matchRules, rulesHeldBack, type CoercionMatch } from './match-rules.js';

/**
 * One clue the learned reading weighs, and the words it stands for (shown to
 * the author when the clue tips a sentence into a flag).
 */
export interface Feature {
  name: string;
  words: string;
}

/**
 * The clues in a sentence for the learned reading (`learned-reading.ts`):
 *   `w:stem`       a word (en, es) by its stem; `w:¬stem` when a negation before it in its clause denies it;
 *   `b:stem stem`  two words next to each other in one clause;
 *   `n:abcde`      a run of five letters inside a word, its edges marked `<` `>` (en, es): a misspelt, slangy or
 *                  inflected form the corpus never had still shares most of its runs with forms it had;
 *   `g:字`/`g:字字`/`g:字字字`  characters and runs of two and three (zh, which has no word spaces), `g:¬…` just after a negation;
 *   `c:CONCEPT`    a concept of the lexicon whose terms appear (a person who might be told, a seizure, a threat mood …);
 *   `r:flag`       a rule of the lexicon that fires, with its negation and stance checks;
 *   `d:flag`/`s:flag`  a rule whose concepts are all there but denied ("we will not tell …"), or said with a lawful stance.
 * Every clue is a name from a fixed alphabet; nothing from the text is ever run.
 */
export function sentenceFeatures(text: string, language: Language, rules: readonly CoercionMatch[] = matchRules(text, [language])): Feature[] {
  const out = new Map<string, string>();
  const add = (name: string, words: string) => {
    if (!out.has(name)) out.set(name, words);
  };
  const lexicon = LEXICONS[language];
  const analyzed = analyzeText(text, lexicon);
  if (language === 'zh') {
    const text = analyzed.normalized;
    // A run of characters just after a negation in its clause is marked as denied, as words are in en/es ("不会通知…").
    const negated = new Array<boolean>(text.length).fill(false);
    for (let i = 0; i < text.length; i++) {
      for (const cue of lexicon.negations) {
        if (!text.startsWith(cue, i)) continue;
        const end = i + cue.length;
        if (lexicon.conditionalAfter.some((w) => text.startsWith(w, end))) continue; // 不还就…: a condition, not a denial
        for (let k = end; k < Math.min(text.length, end + lexicon.negationReach) && analyzed.clauseAt[k] === analyzed.clauseAt[i]; k++) negated[k] = true;
      }
    }
    for (const m of text.matchAll(/[\p{Script=Han}\p{L}\p{N}]+/gu)) {
      const run = m[0];
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const gram = run.slice(i, i + n);
          add(`g:${negated[m.index + i] ? '¬' : ''}${gram}`, gram);
        }
      }
    }
  } else {
    const negations = new Set(lexicon.negations);
    const conditionalAfter = new Set(lexicon.conditionalAfter);
    const tokens = analyzed.tokens;
    let negatedAt = -Infinity;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (i > 0 && tokens[i - 1]!.clause !== t.clause) negatedAt = -Infinity;
      const negated = i - negatedAt <= lexicon.negationReach;
      add(`w:${negated ? '¬' : ''}${t.stem}`, t.text);
      const next = tokens[i + 1];
      if (next && next.clause === t.clause) add(`b:${t.stem} ${next.stem}`, `${t.text} ${next.text}`);
      const edged = `<${t.text}>`;
      for (let k = 0; k + 5 <= edged.length; k++) add(`n:${edged.slice(k, k + 5)}`, t.text);
      // "if you don't pay", "por no pagar": the debtor's non-payment is a condition, not a denial of what follows (as in the rules).
      if (negations.has(t.text) && !(next && (conditionalAfter.has(next.text) || conditionalAfter.has(next.stem)))) negatedAt = i;
    }
  }
  for (const { concept, words } of conceptsIn(text, language)) add(`c:${concept}`, words);
  for (const m of rules) if (m.language === language) add(`r:${m.flag}`, m.phrase);
  for (const held of rulesHeldBack(text, language)) add(`${held.why === 'denied' ? 'd' : 's'}:${held.flag}`, held.why);
  return [...out].map(([name, words]) => ({ name, words }));
}

/**
 * How much each clue counts: 1/√n for a sentence of n clues, so a long
 * sentence's clues each say less. Training and reading both use it.
 * (Concepts and rules counting in full whatever the length was tried: it lost
 * recall and raised false alarms on the held-out authors of round 4.)
 */
export function clueValues(names: readonly string[]): number[] {
  const value = 1 / Math.sqrt(Math.max(1, names.length));
  return names.map(() => value);
}

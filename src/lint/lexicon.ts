import type { Language } from '../schema/language.js';

/**
 * A language's coercion lexicon: *concepts* (who, what action, what claim,
 * what condition — each a list of terms) and *rules* that compose them per
 * flag. A rule fires when every concept in `all` is present in the reply, the
 * first of them (its head: the threatened action, the claim) is not denied
 * ("you won't be arrested", "nadie lo va a detener", "不会告诉您的家人"),
 * and no concept in `none` is present (the speaker's stance: explaining a
 * right, quoting the contract, a court process that really happened).
 *
 * Terms for en and es are words as written; each is stemmed with the same
 * stemmer as the text, so "arrest" also finds "arrested" and "embargar"
 * finds "embargaremos" and "embargarle". In a term:
 *   `word*`  any word beginning so (on the word or its stem);
 *   `_`      any one word;   `~`  up to three words;
 *   `#`      a number, in digits or words;
 *   `=word`  exactly this word, not its stem (for stems that say too much);
 *   `/re/`   one word matching a regular expression (Spanish future endings).
 * Terms for zh are characters; `…` stands for up to six characters of the same clause.
 */
export interface Lexicon {
  language: Language;
  concepts: Readonly<Record<string, readonly string[]>>;
  rules: readonly LexiconRule[];
  /** Words (zh: strings) that deny what follows them in the same clause. */
  negations: readonly string[];
  /** How far back a negation reaches: words (en, es) or characters (zh). */
  negationReach: number;
  /** Words just before a negation that make it a condition ("if you don't pay"). */
  conditions: readonly string[];
  /** Words (zh: strings) just after a negation that make it the debtor's non-payment, a condition, not a denial ("不还就…", "if you don't pay"). */
  conditionalAfter: readonly string[];
  /** Words that carry a negation on to a further verb ("or", "nor", "ni"). */
  coordinators?: readonly string[];
  /** Words that end a clause, besides punctuation ("but", "pero", "但是"). */
  clauseWords: readonly string[];
}

export interface LexiconRule {
  flag: string;
  /** A short name for the rule, shown with each finding. */
  id: string;
  /** The rule in words, for the author: why these words read as this flag. */
  why: string;
  /** Concepts that must all be present; the first is the head, which a negation denies. */
  all: readonly string[];
  /** Concepts that, present anywhere in the reply, make it lawful for this rule. */
  none?: readonly string[];
  /** Where the concepts must sit together: one clause, one sentence (the default), or anywhere in the reply. */
  scope?: 'clause' | 'sentence' | 'reply';
  /** Whether a negation before the head denies it (default true; an insult stays an insult: "I don't ring deadbeats for fun"). */
  negatable?: boolean;
}

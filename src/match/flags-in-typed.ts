import { matchCoercion } from '../lint/match-coercion.js';
import type { Language } from '../schema/language.js';
import { MAX_TYPED } from './match-reply.js';

/** A coercion flag read in what the learner typed, with the words that raised it. */
export interface TypedFlag {
  flag: string;
  /** The words that triggered it, in reading order ("tell … your boss"). */
  phrase: string;
  words: { concept: string; text: string }[];
  /** The lint rule's short name and what it means, for the learner's feedback. */
  rule: string;
  why: string;
  /** False when the matched choice already carries this flag: the typed words add nothing the choice did not. */
  beyondChoice: boolean;
}


/**
 * Runs the coercion lint (the same rules `parley lint` applies to a dialogue)
 * on the learner's own words. A typed reply can be coercive even when the
 * choice it matches is lawful: "I'd like to set up a plan, or I'll tell your
 * boss" means the plan and still threatens to expose.
 */
export function flagsInTyped(typed: string, language: Language, choiceFlags: readonly string[] = []): TypedFlag[] {
  const declared = new Set(choiceFlags);
  // keepRules: a typed reply was matched to a lawful move, so its words are mostly lawful by construction; the
  // learned reading weighs the whole reply and would let the lawful part outweigh a threat added to it.
  return matchCoercion(typed.slice(0, MAX_TYPED), [language], { keepRules: true }).map((m) => ({
    flag: m.flag,
    phrase: m.phrase,
    words: m.words,
    rule: m.rule,
    why: m.why,
    // The lint reads a threat to tell others as threat_to_expose; older dialogues flag it third_party_disclosure.
    beyondChoice: !(declared.has(m.flag) || (m.flag === 'threat_to_expose' && declared.has('third_party_disclosure'))),
  }));
}

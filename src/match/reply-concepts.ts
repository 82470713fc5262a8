import type { Language } from '../schema/language.js';
import { CONCEPTS_EN } from './concepts-en.js';
import { CONCEPTS_ES } from './concepts-es.js';
import { CONCEPTS_ZH } from './concepts-zh.js';

/**
 * The moves collectors make, as concepts: each a list of the words and phrases
 * that say it in one language. Two replies that say the same move in other
 * words ("ring you back" / "call you later") share the concept, which is the
 * light semantic part of free-reply matching.
 *
 * en, es: a term is words separated by spaces, each compared by its stem (the
 * same Snowball stemmers as the lint); `word*` is any word beginning so.
 * zh: a term is characters, found anywhere in the reply.
 */
export type ConceptTable = Readonly<Record<string, readonly string[]>>;

export const REPLY_CONCEPTS: Readonly<Record<Language, ConceptTable>> = { en: CONCEPTS_EN, es: CONCEPTS_ES, zh: CONCEPTS_ZH };

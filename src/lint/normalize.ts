/**
 * What the lint reads: the text with every trick that hides a word from a
 * reader-by-rules taken out, so `I will call your \u009b2Jboss`, `bo\u200bss`,
 * `ＢＯＳＳ` and `bοss` (with a Greek omicron) all read as `boss`.
 *
 * - terminal escape sequences (ESC [ … / the one-byte CSI \u009b …, OSC … BEL/ST) are dropped whole;
 * - other control characters become spaces, format characters (zero-width
 *   spaces and joiners, soft hyphens, bidi embeddings, overrides and isolates,
 *   the BOM, tag characters) are dropped;
 * - NFKC folds full-width and compatibility forms (Ｃｈｉｎｅｓｅ full-width, ligatures, ⁵);
 * - Cyrillic and Greek letters that look like Latin ones are read as Latin
 *   inside words that are otherwise Latin;
 * - lower case, accents removed (for matching: "policía" and "policia" are one word),
 *   curly quotes straightened, CJK punctuation kept (it ends clauses), spaces collapsed.
 */
export function normalizeForLint(text: string): string {
  let t = text
    // ESC-introduced sequences: CSI (ESC [ params final), OSC (ESC ] … BEL or ESC \), and two-byte escapes.
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '')
    .replace(/\u001b[@-_]/g, '')
    // C1 CSI and OSC.
    .replace(/\u009b[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g, '')
    .normalize('NFKC')
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, '');
  t = t.replace(/[\p{L}\p{M}]+/gu, (word) => (/[a-z]/i.test(word) && CONFUSABLE.test(word) ? word.replace(CONFUSABLE_G, (c) => LOOKALIKE[c] ?? c) : word));
  return t
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\P{M})\p{M}+/gu, (all, base: string) => (/[\p{Script=Latin}]/u.test(base) ? base : all))
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cyrillic and Greek letters drawn like Latin ones (the common homoglyphs). */
const LOOKALIKE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ո: 'n',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const CONFUSABLE_SOURCE = `[${Object.keys(LOOKALIKE).join('')}]`;
const CONFUSABLE = new RegExp(CONFUSABLE_SOURCE, 'u');
const CONFUSABLE_G = new RegExp(CONFUSABLE_SOURCE, 'gu');

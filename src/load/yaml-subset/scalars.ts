/**
 * Scalars as the `yaml` library's core schema reads them. The subset reader
 * must give exactly the values the full parser gives, so these follow the
 * library's own tag tests, in its order (null, bool, octal, int, hex, .inf/.nan,
 * exponent, float); tests/yaml-subset.test.ts holds the two readers equal.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Characters a core-schema non-string can start with; anything else is a string without trying the patterns. */
const MAYBE_TYPED = new Set(['', '~', 'n', 'N', 't', 'T', 'f', 'F', '+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

export function resolvePlain(text: string): unknown {
  if (!MAYBE_TYPED.has(text.charAt(0))) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.substring(2), 16);
  if (INF_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/**
 * A double-quoted scalar that closes on the line it opens, starting at the
 * quote. Returns the value and the index after the closing quote, or undefined
 * for anything the subset leaves to the full parser (line folding, bad escapes).
 */
export function readDoubleQuoted(line: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 0x22 /* " */) return { value: value + line.slice(from, i), end: i + 1 };
    if (ch !== 0x5c /* \ */) continue;
    value += line.slice(from, i);
    const next = line[i + 1];
    if (next === undefined) return undefined;
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = line.substr(i + 2, length);
      if (digits.length !== length || !HEX_DIGITS.test(digits)) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += 1 + length;
    } else {
      return undefined;
    }
    from = i + 1;
  }
  return undefined;
}

/** A single-quoted scalar that closes on its line ('' is a quote). */
export function readSingleQuoted(line: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < line.length; i++) {
    if (line.charCodeAt(i) !== 0x27 /* ' */) continue;
    if (line.charCodeAt(i + 1) === 0x27) {
      value += line.slice(from, i + 1);
      i += 1;
      from = i + 1;
      continue;
    }
    return { value: value + line.slice(from, i), end: i + 1 };
  }
  return undefined;
}

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

/**
 * Whether the text could be anything but a string: it starts like a number,
 * or is short enough to be null/true/false. Most dialogue text is neither, and
 * skips the patterns.
 */
function maybeTyped(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b /* + */ || first === 0x2d /* - */ || first === 0x2e /* . */) return true;
  if (text.length > 5) return false;
  return first === 0x7e /* ~ */ || first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46; // n N t T f F
}

export function resolvePlain(text: string): unknown {
  if (!maybeTyped(text)) return text;
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
  const close = line.indexOf('"', start + 1);
  if (close === -1) return undefined;
  const escape = line.indexOf('\\', start + 1);
  if (escape === -1 || escape > close) return { value: line.slice(start + 1, close), end: close + 1 };
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
  const close = line.indexOf("'", start + 1);
  if (close === -1) return undefined;
  if (line.charCodeAt(close + 1) !== 0x27) return { value: line.slice(start + 1, close), end: close + 1 };
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

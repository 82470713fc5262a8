/**
 * Display width and line wrapping for the terminal, the way ink measures text
 * (East Asian wide and fullwidth characters take two columns, combining marks none).
 *
 * Ink's own wrapping keeps the space it breaks at, so every continuation line
 * starts one column too far right, and it knows nothing of Chinese line-breaking
 * rules; the play screens wrap text here, to the width the layout gives them.
 */

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]/u;

/** Columns one code point takes. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (ZERO.test(char)) return 0;
  for (const [from, to] of WIDE) {
    if (code < from) break;
    if (code <= to) return 2;
  }
  return 1;
}

/** Terminal columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Pads with spaces to `width` columns (by display width, not characters). */
export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts to `width` columns, ending in "…" when anything was cut. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** Characters a Chinese (or Japanese) line must not start with: they stay with the character before. */
export const NO_LINE_START = new Set([...'。，、．！？：；」』）》〉】〕〗〙〛”’・…—～%％)]},.!?:;']);
/** Characters a line must not end with: they go with the character after. */
const NO_LINE_END = new Set([...'「『（《〈【〔〖〘〚“‘([{']);

const isWide = (char: string) => charWidth(char) === 2;

interface Token {
  text: string;
  width: number;
  /** A space came before it in the source: kept between tokens on one line, dropped at a break. */
  space: boolean;
}

/** The pieces a line may break between: words, and each wide character on its own. */
function tokens(paragraph: string): Token[] {
  const out: Token[] = [];
  let space = false;
  let word = '';
  const flush = () => {
    if (word) out.push({ text: word, width: displayWidth(word), space });
    if (word) space = false;
    word = '';
  };
  for (const char of paragraph) {
    if (char === ' ' || char === '\t') {
      flush();
      space = out.length > 0;
      continue;
    }
    if (isWide(char)) {
      flush();
      word = char;
      flush();
      continue;
    }
    word += char;
  }
  flush();
  // Glue: closing punctuation to what comes before, opening punctuation to what follows.
  const glued: Token[] = [];
  for (const token of out) {
    const previous = glued[glued.length - 1];
    const first = [...token.text][0] ?? '';
    const last = previous ? [...previous.text].at(-1) ?? '' : '';
    if (previous && !token.space && (NO_LINE_START.has(first) || NO_LINE_END.has(last))) {
      previous.text += token.text;
      previous.width += token.width;
    } else glued.push({ ...token });
  }
  return glued;
}

/**
 * Wraps to `width` columns: breaks at spaces (dropping the space, so continuation
 * lines start flush), between wide characters, and inside a word only when it is
 * longer than a line. No line starts with closing punctuation such as "。" or "）".
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const token of tokens(paragraph)) {
      const gap = line && token.space ? 1 : 0;
      if (used + gap + token.width <= limit) {
        line += (gap ? ' ' : '') + token.text;
        used += gap + token.width;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      used = 0;
      if (token.width <= limit) {
        line = token.text;
        used = token.width;
        continue;
      }
      // A word longer than a line: cut it by columns.
      for (const char of token.text) {
        const w = charWidth(char);
        if (used + w > limit && line) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += char;
        used += w;
      }
    }
    lines.push(line);
  }
  return lines;
}

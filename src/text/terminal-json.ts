/**
 * JSON.stringify escapes C0 controls but not C1 controls (U+0080–U+009F, where
 * U+009B is a one-character CSI) or bidi overrides, so a dialogue's raw text
 * could still reach a terminal through `--json`. Escaping them keeps the JSON
 * identical once parsed, while the printed bytes stay inert.
 *
 * Every machine-readable output (JSON, JUnit XML) escapes the same characters
 * through `escapeInert`, each in its own syntax.
 */
export const UNSAFE_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/** Replaces each C1 control, DEL and bidi override in `text` with `escape(codeAsFourHexDigits)`. */
export function escapeInert(text: string, escape: (hex: string) => string): string {
  return text.replace(UNSAFE_RAW, (c) => escape(hex4(c)));
}

/** JSON with C1 controls, DEL and bidi overrides as `\uXXXX` (the same value once parsed). */
export function stringifyForTerminal(value: unknown, space?: number): string {
  return escapeInert(JSON.stringify(value, null, space) ?? 'null', (hex) => `\\u${hex}`);
}

/** The same characters as XML character references (`&#x009b;`), legal in XML 1.0 text and attributes. */
export function escapeInertXml(text: string): string {
  return escapeInert(text, (hex) => `&#x${hex};`);
}

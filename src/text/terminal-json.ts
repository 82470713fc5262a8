/**
 * JSON.stringify escapes C0 controls but not C1 controls (U+0080–U+009F, where
 * U+009B is a one-character CSI) or bidi overrides, so a dialogue's raw text
 * could still reach a terminal through `--json`. Escaping them keeps the JSON
 * identical once parsed, while the printed bytes stay inert.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stringifyForTerminal(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A diagnostic quotes the key or value to fix. Stripping the control
 * characters in it (as `sanitize` does for text that is only shown) would make
 * `unknown key '␛[2Jchoises'` read `unknown key 'choises'` and hide the very
 * thing to fix, so they are written out as `\u001b`, the way a quoted value is
 * (`must be a number, not "\u001b[6n"`). The result holds no control character.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

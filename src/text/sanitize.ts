/**
 * Removes terminal control sequences from text that came from a file, so a
 * dialogue cannot retitle the terminal, write hyperlinks, clear the screen or
 * move the cursor. Newlines and tabs survive; JSON output keeps the raw text.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?', // OSC … BEL / ST (title, hyperlinks)
    '\\u001b[P^_X][^\\u001b]*(?:\\u001b\\\\)?', // DCS, PM, APC, SOS strings
    '[\\u0090\\u0098\\u009d-\\u009f][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u009c)?', // the same strings with 8-bit introducers
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?', // CSI (cursor, colours, clear screen)
    '\\u001b[ -/]*[0-~]?', // other two-character escapes
  ].join('|'),
  'g',
);
// C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that can disguise text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** For one-line fields (names, titles): newlines become spaces too. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\r\n\t]+/g, ' ');
}

/** A path (a file name from a folder, a transcript, a command line) as printed: the same cleaning as file text, on one line. */
export const showPath = (path: string): string => sanitizeLine(path);

// Parley's own colours (src/render/style.ts) and nothing else.
const OWN_COLOUR = /(\u001b\[(?:0|1|2|22|31|32|33|36|39)m)/;

/**
 * The last line of defence before a byte reaches stdout or stderr: whatever a
 * command forgot to clean is cleaned here, keeping only the colour sequences
 * Parley itself draws with (a dialogue's own SGR, such as concealed text, is
 * removed at the source by `sanitize`). JSON output never has anything to
 * lose here: it escapes controls itself.
 */
export function terminalSafe(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  return text
    .split(OWN_COLOUR)
    .map((piece, i) => (i % 2 === 1 ? piece : sanitize(piece)))
    .join('');
}

/** What one key (or a pasted chunk) does to the reply being typed. */
export type TypingKey =
  | { kind: 'text'; text: string }
  | { kind: 'backspace' | 'delete' | 'left' | 'right' | 'home' | 'end' | 'clear' | 'enter' | 'escape' | 'tab' | 'pageUp' | 'pageDown' | 'interrupt' };

/** Escape sequences of the editing keys, as xterm, tmux and the Linux console send them. */
const SEQUENCES: Record<string, TypingKey['kind']> = {
  '\u001b[D': 'left',
  '\u001bOD': 'left',
  '\u001b[C': 'right',
  '\u001bOC': 'right',
  '\u001b[H': 'home',
  '\u001bOH': 'home',
  '\u001b[1~': 'home',
  '\u001b[7~': 'home',
  '\u001b[F': 'end',
  '\u001bOF': 'end',
  '\u001b[4~': 'end',
  '\u001b[8~': 'end',
  '\u001b[3~': 'delete',
  '\u001b[5~': 'pageUp',
  '\u001b[6~': 'pageDown',
  '\u001b': 'escape',
  '\u001b\u001b': 'escape',
};

/** Control characters inside a chunk: the terminal sends these for single keys. */
const CONTROLS: Record<string, TypingKey['kind']> = {
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\u0015': 'clear', // Ctrl-U
  '\u0001': 'home', // Ctrl-A
  '\u0005': 'end', // Ctrl-E
  '\u0003': 'interrupt', // Ctrl-C
  '\t': 'tab',
};

// An escape sequence inside a chunk: CSI (ESC [ … final byte), SS3 (ESC O x), or ESC and one more character (Alt-key).
const ESCAPE_IN_CHUNK = /\u001b(?:\[[0-?]*[ -/]*[@-~]|O[\s\S]|[\s\S])?/g;

/**
 * Reads what the terminal sent while the learner is typing. Keys typed in a
 * burst, and pasted text, arrive as one chunk: its printable characters are
 * text, taken whole, and each escape sequence in it is one key. A line break
 * inside pasted text is a space (a reply is one line); one at the end of a
 * chunk is Enter. Any other escape sequence (↑, F-keys) and control character
 * is ignored, never inserted.
 */
export function typingKeys(raw: string): TypingKey[] {
  const known = SEQUENCES[raw];
  if (known) return [{ kind: known } as TypingKey];
  const keys: TypingKey[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  let from = 0;
  for (const sequence of raw.matchAll(ESCAPE_IN_CHUNK)) {
    readText(raw.slice(from, sequence.index), false);
    const key = SEQUENCES[sequence[0]];
    if (key && key !== 'escape') {
      flush();
      keys.push({ kind: key } as TypingKey);
    }
    from = sequence.index + sequence[0].length;
  }
  readText(raw.slice(from), true);
  flush();
  return keys;

  function readText(part: string, last: boolean): void {
    const chars = [...part];
    // Line breaks from here to the end of the chunk are Enter; earlier ones are spaces in pasted text.
    let enterFrom = chars.length;
    if (last) while (enterFrom > 0 && (chars[enterFrom - 1] === '\r' || chars[enterFrom - 1] === '\n')) enterFrom--;
    chars.forEach((char, index) => {
      if (char === '\r' || char === '\n') {
        if (index >= enterFrom) {
          // Enter, or pasted text that ends a line: once, at the end.
          if (keys.at(-1)?.kind !== 'enter' || text) {
            flush();
            keys.push({ kind: 'enter' });
          }
        } else if (!(char === '\n' && chars[index - 1] === '\r')) text += ' ';
        return;
      }
      if (char === '\t' && raw.length > 1) {
        text += ' ';
        return;
      }
      const control = CONTROLS[char];
      if (control) {
        flush();
        keys.push({ kind: control } as TypingKey);
      } else if (!/[\u0000-\u001f\u007f-\u009f]/.test(char)) text += char;
    });
  }
}

import { describe, expect, it } from 'vitest';
import { typingKeys } from '../src/tui/typing-keys.js';

/** Keys pressed while the screen is busy (matching, a slow terminal) reach the input as one chunk. */
describe('typingKeys: a burst of keys', () => {
  it('reads an editing key after text, not its escape sequence as text', () => {
    expect(typingKeys('ab\u001b[D')).toEqual([{ kind: 'text', text: 'ab' }, { kind: 'left' }]);
    expect(typingKeys('ab\u001b[3~c')).toEqual([{ kind: 'text', text: 'ab' }, { kind: 'delete' }, { kind: 'text', text: 'c' }]);
  });

  it('keeps the text typed after an editing key', () => {
    expect(typingKeys('\u001b[Dx')).toEqual([{ kind: 'left' }, { kind: 'text', text: 'x' }]);
    expect(typingKeys('\u001bOHhi')).toEqual([{ kind: 'home' }, { kind: 'text', text: 'hi' }]);
  });

  it('drops a key it does not use (↑, Ctrl-→, F5) whole, leaving the text around it', () => {
    expect(typingKeys('ab\u001b[A')).toEqual([{ kind: 'text', text: 'ab' }]);
    expect(typingKeys('ab\u001b[1;5Ccd')).toEqual([{ kind: 'text', text: 'abcd' }]);
    expect(typingKeys('\u001b[15~ok')).toEqual([{ kind: 'text', text: 'ok' }]);
  });

  it('still reads single keys, Enter and a pasted line as before', () => {
    expect(typingKeys('\u001b')).toEqual([{ kind: 'escape' }]);
    expect(typingKeys('\u001b[D')).toEqual([{ kind: 'left' }]);
    expect(typingKeys('\r')).toEqual([{ kind: 'enter' }]);
    expect(typingKeys('pay\ntoday\r')).toEqual([{ kind: 'text', text: 'pay today' }, { kind: 'enter' }]);
    expect(typingKeys('\u007f')).toEqual([{ kind: 'backspace' }]);
  });
});

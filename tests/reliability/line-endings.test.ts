import { describe, expect, it } from 'vitest';
import { loadDialogue } from '../../src/validate/load-dialogue.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';

/** Files from Windows and old Mac editors load, and point at the same line and column as LF files. */

const broken = MINIMAL_DIALOGUE.replace('target: done\n        tasks', 'target: dnoe\n        tasks');
const variants: Record<string, (text: string) => string> = {
  LF: (t) => t,
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  'CR only': (t) => t.replace(/\n/g, '\r'),
  'BOM + LF': (t) => `\uFEFF${t}`,
  'BOM + CRLF': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
};

describe.each(Object.entries(variants))('%s', (_, convert) => {
  it('loads a valid dialogue to the same data', () => {
    const lf = loadDialogue(MINIMAL_DIALOGUE, 'a.yaml');
    const converted = loadDialogue(convert(MINIMAL_DIALOGUE), 'a.yaml');
    expect(converted.ok).toBe(true);
    if (lf.ok && converted.ok) expect(converted.dialogue).toEqual(lf.dialogue);
  });

  it('reports a problem at the same line and column', () => {
    const result = loadDialogue(convert(broken), 'a.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['PAR201', 19, 17]]);
  });

  it('measures line length without the line break', () => {
    const exact = convert(MINIMAL_DIALOGUE.replace('title: Minimal', `title: ${'x'.repeat(200 - '  title: '.length)}`));
    expect(loadDialogue(exact, 'a.yaml', { maxNodes: 1000, maxDepth: 64, maxLineLength: 200 }).ok).toBe(true);
    const over = loadDialogue(exact, 'a.yaml', { maxNodes: 1000, maxDepth: 64, maxLineLength: 199 });
    expect(over.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['PAR007', 4, 200]]);
  });
});

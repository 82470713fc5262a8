import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/load/parse-yaml.js';

/** YAML syntax errors land where the author has to act, with what to do. */
describe('YAML syntax errors', () => {
  const first = (text: string) => {
    const [d] = parseYaml(text, 'x.yaml').diagnostics;
    return d && `${d.line}:${d.col} ${d.message}`;
  };

  it('an unclosed quote is reported at the quote that opens it, even when the text runs on for lines', () => {
    expect(first('id: x\ntitle: "Away on business\nlanguage: en\nstates: {}\n')).toMatch(/^2:8 the quoted text that starts here is never closed; add the closing "/);
    expect(first("id: x\ntitle: 'Away\n")).toMatch(/^2:8 .*add the closing '/);
  });

  it('a misaligned key is reported at the key, naming both indents', () => {
    expect(first('states:\n  start:\n     line: "Hello?"\n    excuse: forgot\n')).toBe(
      '4:5 keys of one mapping must line up: this key is indented 4 spaces, the line above 5; indent both the same',
    );
  });

  it('an unclosed [ or { is reported where it opens', () => {
    expect(first('id: [unclosed\n')).toBe('1:5 the [ that starts here is never closed; add the ] where the list ends');
  });

  it('other errors keep the parser\'s own words and place', () => {
    expect(first('id: x\n\tname: y\n')).toMatch(/^2:1 Tabs are not allowed as indentation/);
  });
});

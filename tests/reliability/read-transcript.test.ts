import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse-transcript.js';
import { parley } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-read-transcript-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function transcript(choices: string): string {
  const file = join(tmp, `${choices.replace(/,/g, '-')}-${Math.random().toString(36).slice(2)}.jsonl`);
  parley(['run', 'dialogues/away-on-business.yaml', '-c', choices, '--transcript', file, '--seed', '5']);
  return readFileSync(file, 'utf8');
}

describe('parseTranscript', () => {
  const good = transcript('identify,disclose_and_ask,ask_why');

  it('reads what parley run writes', () => {
    const read = parseTranscript(good);
    expect(read.problems).toEqual([]);
    expect(read.header?.dialogue.id).toBe('away-on-business');
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
    expect(read.end?.finished).toBe(false);
    expect(read.unfinished).toBe(false);
  });

  it('skips a corrupt line, names its line number, and keeps the rest', () => {
    const lines = good.split('\n');
    lines[2] = lines[2]!.slice(0, 40);
    const read = parseTranscript(lines.join('\n'));
    expect(read.problems).toEqual([{ line: 3, message: 'not valid JSON' }]);
    expect(read.choices).toEqual(['identify', 'ask_why']);
    expect(read.end).toBeDefined();
  });

  it('says when the last line was cut off mid-write', () => {
    const cut = good.slice(0, good.lastIndexOf('\n', good.length - 2) + 30);
    const read = parseTranscript(cut);
    expect(read.unfinished).toBe(true);
    expect(read.problems).toEqual([{ line: 5, message: 'the last line is incomplete (the session was cut off while writing it)' }]);
  });

  it('reports lines of the wrong shape and kind, a second header, and lines after the end', () => {
    const lines = good.trimEnd().split('\n');
    const read = parseTranscript(
      [lines[0], '{"kind":"step","at":"x","step":{"turn":"one"}}', '[1,2]', '{"kind":"party"}', lines[0], ...lines.slice(1), lines[1]].join('\n'),
    );
    expect(read.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 10]);
    expect(read.problems[0]!.message).toMatch(/^step: 'step\.turn'/);
    expect(read.problems[3]!.message).toBe('a second header');
    expect(read.problems[4]!.message).toBe("a 'step' line after the end line");
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
  });

  it('applies undo lines to the choices that stand', () => {
    const lines = good.trimEnd().split('\n');
    const undo = JSON.stringify({ kind: 'undo', at: 'now', turn: 3 });
    const read = parseTranscript([...lines.slice(0, 4), undo].join('\n'));
    expect(read.choices).toEqual(['identify', 'disclose_and_ask']);
    expect(read.unfinished).toBe(true);
    const wrong = parseTranscript([...lines.slice(0, 4), JSON.stringify({ kind: 'undo', at: 'now', turn: 1 })].join('\n'));
    expect(wrong.problems[0]!.message).toBe('undo of turn 1, but the last standing turn is 3');
  });

  it('handles CRLF and blank lines, and flags text that is not a transcript at all', () => {
    expect(parseTranscript(good.replace(/\n/g, '\r\n')).problems).toEqual([]);
    expect(parseTranscript(`\n\n${good}\n\n`).problems).toEqual([]);
    const notOne = parseTranscript('hello\nworld\n');
    expect(notOne.problems.map((p) => p.line)).toEqual([1, 1, 2]);
    expect(parseTranscript('')).toMatchObject({ steps: [], problems: [], unfinished: true });
  });
});

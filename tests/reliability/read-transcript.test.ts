import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/load-dialogue-file.js';
import { findResumePoint } from '../../src/io/resume-point.js';
import { hashLine } from '../../src/transcript/transcript-chain.js';
import { parley } from '../helpers/cli.js';
import { readTranscriptText } from '../helpers/transcripts.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-read-transcript-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function transcript(choices: string): Promise<string> {
  const file = join(tmp, `${choices.replace(/,/g, '-')}-${Math.random().toString(36).slice(2)}.jsonl`);
  await parley(['run', 'tests/fixtures/frozen/away-on-business.yaml', '-c', choices, '--transcript', file, '--seed', '5']);
  return readFileSync(file, 'utf8');
}

const CUT = 'the last line is cut off (no newline after it): the file was truncated or is still being written';
const NO_END = 'no end line: the session was interrupted, or the file was truncated after this line';

describe('readTranscript on damaged files', async () => {
  const good = await transcript('identify,disclose_and_ask,ask_why');

  it('reads what parley run writes', () => {
    const read = readTranscriptText(good);
    expect(read.integrity).toEqual([]);
    expect(read.skipped).toEqual([]);
    expect(read.header?.dialogue.id).toBe('away-on-business');
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
    expect(read.end?.finished).toBe(false);
    expect(read.truncated).toBe(false);
  });

  it('skips a corrupt line, names its line number, and keeps the rest', () => {
    const lines = good.split('\n');
    lines[2] = lines[2]!.slice(0, 40);
    const read = readTranscriptText(lines.join('\n'));
    expect(read.skipped).toEqual([3]);
    expect(read.integrity[0]).toEqual({ line: 3, message: 'not JSON (cut off or edited?)' });
    expect(read.choices).toEqual(['identify', 'ask_why']);
    expect(read.end).toBeDefined();
  });

  it('says when the last line was cut off mid-write, and keeps every step before it', () => {
    const cut = good.slice(0, good.lastIndexOf('\n', good.length - 2) + 30);
    const read = readTranscriptText(cut);
    expect(read.truncated).toBe(true);
    expect(read.end).toBeUndefined();
    expect(read.skipped).toEqual([5]);
    expect(read.integrity).toEqual([
      { line: 5, message: CUT },
      { line: 5, message: NO_END },
    ]);
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
  });

  it('reports lines of the wrong shape and kind, a second header, and lines after the end', () => {
    const lines = good.trimEnd().split('\n');
    const read = readTranscriptText(
      [lines[0], '{"kind":"step","at":"x","step":{"turn":"one"}}', '[1,2]', '{"kind":"party"}', lines[0], ...lines.slice(1), lines[3]].join('\n') + '\n',
    );
    expect(read.skipped).toEqual([2, 3, 4, 5]);
    expect(read.integrity.find((p) => p.line === 2)!.message).toMatch(/^not a transcript line \('prev'/);
    expect(read.integrity.find((p) => p.line === 5)!.message).toBe('a second header: two transcripts were joined');
    expect(read.integrity.filter((p) => p.line === 10).map((p) => p.message)).toContain('a line after the end line: lines were appended');
    expect(read.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why', 'ask_why']);
  });

  it('applies undo lines to the choices that stand', () => {
    const lines = good.trimEnd().split('\n');
    const undo = (turn: number) => JSON.stringify({ kind: 'undo', prev: hashLine(lines[3]!), at: '2025-03-01T09:00:00.000Z', turn });
    const read = readTranscriptText([...lines.slice(0, 4), undo(3)].join('\n') + '\n');
    expect(read.choices).toEqual(['identify', 'disclose_and_ask']);
    expect(read.end).toBeUndefined();
    expect(read.integrity).toEqual([{ line: 5, message: NO_END }]);
    const wrong = readTranscriptText([...lines.slice(0, 4), undo(1)].join('\n') + '\n');
    expect(wrong.integrity[0]).toEqual({ line: 5, message: 'undo of turn 1, but the last turn was 3' });
    expect(wrong.choices).toEqual(['identify', 'disclose_and_ask']);
  });

  it('handles CRLF and blank lines, and flags text that is not a transcript at all', () => {
    expect(readTranscriptText(good.replace(/\n/g, '\r\n')).integrity).toEqual([]);
    const padded = readTranscriptText(`\n\n${good}\n\n`);
    expect(padded.skipped).toEqual([1, 2, 8, 9]);
    expect(padded.choices).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
    const notOne = readTranscriptText('hello\nworld\n');
    expect(notOne.header).toBeUndefined();
    expect(notOne.skipped).toEqual([1, 2]);
    expect(readTranscriptText('')).toMatchObject({ events: [], skipped: [], integrity: [{ line: 1, message: 'the file is empty' }] });
  });

  it('never throws on bytes that are not a transcript', () => {
    for (const text of ['\u0000\u0001', '{', '}{', 'null\n', '"x"\n', '{"kind":"header"}', '\r\n\r\n', '{"kind":"end"}\n{"kind":"step"}']) {
      const read = readTranscriptText(text);
      expect(read.header).toBeUndefined();
      expect(read.integrity.length).toBeGreaterThan(0);
    }
  });
});

describe('play --resume reads with the same reader', async () => {
  const good = await transcript('identify,disclose_and_ask,ask_why');
  const saved = (text: string) => {
    const file = join(tmp, `resume-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, text);
    return file;
  };

  it('continues a session killed mid-write: the cut last line is dropped', () => {
    const lines = good.trimEnd().split('\n');
    const found = findResumePoint(saved(`${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 50)}`), DEFAULT_LIMITS);
    if (!found.ok) throw new Error(found.errors.join('\n'));
    expect(found.point.transcript.choices).toEqual(['identify', 'disclose_and_ask']);
    expect(found.point.options).toEqual({ seed: 5, mode: 'practice', language: 'en', jurisdiction: 'us' });
  });

  it('refuses a damaged line in the middle, naming it, rather than lose a choice', () => {
    const lines = good.split('\n');
    lines[2] = '{"kind":"step"}';
    const file = saved(lines.join('\n'));
    const found = findResumePoint(file, DEFAULT_LIMITS);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.errors[0]).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:3:1: error PAR050: is damaged \\(not a transcript line`));
  });

  it('refuses a file that is missing or is a folder with one message', () => {
    for (const [path, why] of [[join(tmp, 'nope.jsonl'), 'no such file'], [tmp, 'is a directory']] as const) {
      const found = findResumePoint(path, DEFAULT_LIMITS);
      expect(!found.ok && found.errors).toEqual([expect.stringContaining(why)]);
    }
  });
});

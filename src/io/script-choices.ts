import { StringDecoder } from 'node:string_decoder';
import { readLines } from './read-lines.js';

export interface ScriptChoice {
  /** 1-based line of the script it came from. */
  line: number;
  token: string;
}

/** A script's line is a choice or a typed reply: anything longer is not one, from a file or from stdin. */
const MAX_LINE_BYTES = 64 * 1024;

/**
 * The choices of a script, one per line, from a file or from stdin (`-`),
 * yielded as they arrive so another program can drive a run through a pipe.
 * Blank lines and lines starting with `#` are skipped.
 */
export async function* scriptChoices(source: string, stdin: NodeJS.ReadableStream): AsyncGenerator<ScriptChoice> {
  const lines = source === '-' ? streamLines(stdin, MAX_LINE_BYTES) : readLines(source, MAX_LINE_BYTES);
  for await (const { number, text, problem } of lines) {
    if (problem) throw new ScriptError(`${source}:${number}: ${problem}`);
    const token = text.trim();
    if (token && !token.startsWith('#')) yield { line: number, token };
  }
}

/**
 * The lines of a stream as they arrive, split as `readLines` splits a file:
 * a line longer than `maxLineBytes` is reported, not held, since a pipe can
 * deliver a line of any length.
 */
async function* streamLines(stream: NodeJS.ReadableStream, maxLineBytes: number): AsyncGenerator<{ number: number; text: string; problem?: string }> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  const take = (text: string) => {
    if (tooLong) return;
    pendingBytes += Buffer.byteLength(text);
    if (pendingBytes > maxLineBytes) {
      tooLong = true;
      pending = '';
    } else pending += text;
  };
  const finish = () => {
    number++;
    const line = tooLong ? { number, text: '', problem: `longer than ${maxLineBytes} bytes` } : { number, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
    pending = '';
    pendingBytes = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      take(text.slice(start, i));
      yield finish();
      start = i + 1;
    }
    take(text.slice(start));
  }
  take(decoder.end());
  if (pendingBytes > 0 || tooLong) yield finish();
}

export class ScriptError extends Error {}

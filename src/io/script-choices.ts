import { createInterface } from 'node:readline';
import { readLines } from './read-lines.js';

export interface ScriptChoice {
  /** 1-based line of the script it came from. */
  line: number;
  token: string;
}

/**
 * The choices of a script, one per line, from a file or from stdin (`-`),
 * yielded as they arrive so another program can drive a run through a pipe.
 * Blank lines and lines starting with `#` are skipped.
 */
export async function* scriptChoices(source: string, stdin: NodeJS.ReadableStream): AsyncGenerator<ScriptChoice> {
  if (source === '-') {
    const reader = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
    let line = 0;
    try {
      for await (const text of reader) {
        line++;
        const token = text.trim();
        if (token && !token.startsWith('#')) yield { line, token };
      }
    } finally {
      reader.close();
    }
    return;
  }
  for await (const { number, text, problem } of readLines(source, 64 * 1024)) {
    if (problem) throw new ScriptError(`${source}:${number}: ${problem}`);
    const token = text.trim();
    if (token && !token.startsWith('#')) yield { line: number, token };
  }
}

export class ScriptError extends Error {}

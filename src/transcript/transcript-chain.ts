import { createHash } from 'node:crypto';
import type { UnchainedLine } from './transcript-format.js';

/** SHA-256 of one transcript line exactly as written, without its newline. */
export const hashLine = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Turns transcript lines into text, each line after the header carrying the
 * hash of the one before. Hash chains only reveal edits by someone who does not
 * recompute every later hash; `parley replay --verify` also re-plays the choices,
 * so a consistently forged transcript still has to match what the dialogue does.
 */
export class TranscriptChain {
  #prev: string | undefined;

  /** The JSON text of `line`, without a newline. */
  encode(line: UnchainedLine): string {
    let text: string;
    if (line.kind === 'header') {
      text = JSON.stringify(line);
    } else {
      if (this.#prev === undefined) throw new Error('a transcript starts with its header');
      const { kind, ...rest } = line;
      text = JSON.stringify({ kind, prev: this.#prev, ...rest });
      // No line follows the end line to vouch for it, so it vouches for itself.
      if (kind === 'end') text = sealEndLine(text);
    }
    this.#prev = hashLine(text);
    return text;
  }
}

const SEAL = /,"hash":"([0-9a-f]{64})"\}$/;

/** Appends `"hash"`: the hash of the end line's text without it. */
function sealEndLine(text: string): string {
  return `${text.slice(0, -1)},"hash":"${hashLine(text)}"}`;
}

/** Whether an end line's own `hash` matches its text. */
export function endLineSealed(text: string): boolean {
  const match = SEAL.exec(text);
  return match !== null && hashLine(`${text.slice(0, match.index)}}`) === match[1];
}

/** A whole transcript as text, for transcripts built in memory (golden files, tests). */
export function transcriptText(lines: readonly UnchainedLine[]): string {
  const chain = new TranscriptChain();
  return lines.map((line) => `${chain.encode(line)}\n`).join('');
}

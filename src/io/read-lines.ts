import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { FileError } from './file-error.js';

export interface TextLine {
  /** 1-based. */
  number: number;
  text: string;
  /** false for a last line with no newline after it: a file cut off mid-write. */
  terminated: boolean;
  /** Set when the line was not readable as text; `text` is then empty. */
  problem?: string;
}

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;
export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * The lines of a file, read a chunk at a time so a file of any size costs only
 * its longest line in memory. A line longer than `maxLineBytes` or not UTF-8 is
 * reported (with `problem`) instead of held, since files come from strangers.
 * Reads are synchronous: for the many small files a report reads one after
 * another, waiting on the thread pool per file costs more than it saves.
 */
export function* readLines(file: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): Generator<TextLine> {
  const fd = openRegularFile(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const buffer = Buffer.allocUnsafe(CHUNK);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  const finish = (terminated: boolean): TextLine => {
    number++;
    if (tooLong) return { number, text: '', terminated, problem: `longer than ${maxLineBytes} bytes` };
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      return { number, text: decoder.decode(bytes.subarray(0, end)), terminated };
    } catch {
      return { number, text: '', terminated, problem: 'not UTF-8 text' };
    }
  };
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      let start = 0;
      for (let i = buffer.indexOf(NEWLINE, 0); i !== -1 && i < bytesRead; i = buffer.indexOf(NEWLINE, i + 1)) {
        take(buffer.subarray(start, i));
        yield finish(true);
        pending = [];
        pendingBytes = 0;
        tooLong = false;
        start = i + 1;
      }
      if (start < bytesRead) take(buffer.subarray(start, bytesRead));
    }
    if (pendingBytes > 0 || tooLong) yield finish(false);
  } finally {
    closeSync(fd);
  }

  function take(bytes: Buffer): void {
    if (tooLong) return;
    pendingBytes += bytes.length;
    if (pendingBytes > maxLineBytes) {
      tooLong = true;
      pending = [];
      return;
    }
    // Copy: the read buffer is reused for the next chunk.
    pending.push(Buffer.from(bytes));
  }
}

/** The lines of a text already in memory, as `readLines` would give them from a file. */
export function splitLines(text: string): TextLine[] {
  const parts = text.split('\n');
  const terminated = parts.at(-1) === '';
  if (terminated) parts.pop();
  return parts.map((line, i) => ({ number: i + 1, text: line.replace(/\r$/, ''), terminated: terminated || i < parts.length - 1 }));
}

/**
 * Opens a file for reading only if it is a regular file. A pipe would block the
 * open until a writer came, and a device such as /dev/zero never ends, so the
 * open does not wait (O_NONBLOCK) and the kind is checked on the open file.
 */
export function openRegularFile(file: string): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let regular = false;
  try {
    regular = fstatSync(fd).isFile();
  } finally {
    if (!regular) closeSync(fd);
  }
  if (!regular) throw new FileError('read', file, 'it is not a regular file (a folder, a device or a pipe)', 'ENOTREG');
  return fd;
}

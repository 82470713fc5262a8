import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../load/diagnostic.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type TextFile = { ok: true; file: string; text: string } | { ok: false; diagnostic: Diagnostic };

const problem = (file: string, code: string, message: string, line = 1, col = 1): TextFile => ({
  ok: false,
  diagnostic: { code, severity: 'error', message, file, line, col },
});

/** Reads a UTF-8 text file, turning every way that can fail into one diagnostic. */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): TextFile {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem(file, 'PAR010', 'is a directory; expected a file');
    if (!stat.isFile()) return problem(file, 'PAR010', 'is not a regular file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(file, 'PAR010', code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (size > maxBytes) {
    return problem(file, 'PAR011', `is ${size} bytes, over the ${maxBytes}-byte limit; raise it with --max-bytes if the file is trusted`);
  }
  const bytes = readFileSync(file);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return problem(file, 'PAR012', 'looks like a binary file (it contains a NUL byte)', ...lineCol(bytes, nul));
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, file, text };
  } catch {
    return problem(file, 'PAR013', 'is not valid UTF-8 text', ...lineCol(bytes, firstInvalidUtf8(bytes)));
  }
}

function lineCol(bytes: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

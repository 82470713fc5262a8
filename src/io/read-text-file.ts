import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { CodeWith } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type TextFile = { ok: true; file: string; text: string } | { ok: false; diagnostic: Diagnostic };

const problem = (file: string, code: CodeWith<'error'>, message: string, line = 1, col = 1): TextFile => ({
  ok: false,
  diagnostic: { code, severity: 'error', message, file, line, col },
});

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory; expected a file',
  ELOOP: 'is a symbolic link that loops',
  ENAMETOOLONG: 'the path is too long',
  ENOTDIR: 'a part of the path is not a folder',
};

/** Reads a UTF-8 text file, turning every way that can fail into one diagnostic. */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): TextFile {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem(file, 'PAR010', 'is a directory; expected a file');
    // FIFOs, devices and sockets can block forever or never end.
    if (!stat.isFile()) return problem(file, 'PAR010', 'is not a regular file');
    if (stat.size > maxBytes) return tooBig(file, String(stat.size), maxBytes);
    const read = readAtMost(file, maxBytes + 1);
    // The file may have grown since it was measured: never read more than the limit.
    if (read.length > maxBytes) return tooBig(file, `more than ${maxBytes}`, maxBytes);
    bytes = read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return problem(file, 'PAR010', REASONS[code] ?? `cannot read (${code})`);
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return problem(file, 'PAR013', `is ${utf16} text; Parley reads UTF-8 only, so save it as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return problem(file, 'PAR012', 'looks like a binary file (it contains a NUL byte)', ...lineCol(bytes, nul));
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, file, text };
  } catch {
    return problem(file, 'PAR013', 'is not valid UTF-8 text', ...lineCol(bytes, firstInvalidUtf8(bytes)));
  }
}

const tooBig = (file: string, size: string, maxBytes: number) =>
  problem(file, 'PAR011', `is ${size} bytes, over the ${maxBytes}-byte limit; raise it with --max-bytes if the file is trusted`);

function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
      const n = readSync(fd, buffer, length, limit - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 and UTF-32 files (some Windows editors' "Unicode") start with a byte-order mark. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  // UTF-32's little-endian mark begins like UTF-16's: FF FE 00 00.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32 (little-endian)';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32 (big-endian)';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  return undefined;
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

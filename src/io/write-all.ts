import { writeSync } from 'node:fs';

/**
 * Writes every byte or throws. `writeSync` may write less than asked without an
 * error (a disk filling up mid-write); a caller that ignores the count reports
 * success for a cut file.
 */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += written;
  }
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asFileError, FileError } from './file-error.js';
import { writeAll } from './write-all.js';

/** A temporary file beside `path`, so the final rename stays on one file system. */
export const temporaryBeside = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);

/** Refuses a target that is a folder before anything is written beside it. */
export function assertWritableTarget(path: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // Not there yet, or not reachable: opening the temporary file says which.
  }
  if (isDirectory || /[\\/]$/.test(path)) throw new FileError('write', path, 'it is a folder; give a file name', 'EISDIR');
}

/**
 * Writes a whole file so that readers see either the old content or the new,
 * never half of it: write a temporary file beside it, flush, then rename over.
 * A write that cannot complete leaves the old file and no temporary one, and
 * throws a FileError naming the target.
 */
export function writeFileAtomic(path: string, content: string): void {
  assertWritableTarget(path);
  const temporary = temporaryBeside(path);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw asFileError(error, 'write', path);
  }
  try {
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed, or the close failed for the same reason: the temporary file goes either way.
    }
    rmSync(temporary, { force: true });
    throw asFileError(error, 'write', path);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asFileError(error, 'write', path);
  }
}

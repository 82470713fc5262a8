/**
 * A file Parley was asked to read or write could not be: a full disk, a
 * missing or read-only folder, a directory where a file should be. These are
 * the user's to fix, so they carry the path and a plain reason, and the CLI
 * reports them as I/O errors (exit 74), never as a bug.
 */
export class FileError extends Error {
  constructor(
    readonly action: 'read' | 'write',
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`cannot ${action} ${path}: ${reason}`);
    this.name = 'FileError';
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** The error as a FileError about `path`, when it is one the file system raised; else unchanged. */
export function asFileError(error: unknown, action: 'read' | 'write', path: string): unknown {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new FileError(action, path, REASONS[code] ?? code.toLowerCase(), code);
}

/** Why a file could not be read, in plain words; undefined when the error is not the file system's. */
export function readProblem(error: unknown): string | undefined {
  const wrapped = asFileError(error, 'read', '');
  return wrapped instanceof FileError ? wrapped.reason : undefined;
}

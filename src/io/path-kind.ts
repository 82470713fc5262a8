import { statSync } from 'node:fs';

/** Whether `path` names a folder (false when it names nothing or cannot be read). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` names a regular file (false when it names nothing or cannot be read). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

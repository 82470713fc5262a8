import { statSync } from 'node:fs';
import { type FileWalk, walkFiles } from './walk-files.js';

const DIALOGUE_FILE = /\.ya?ml$/;
const NOT_A_DIALOGUE = /\.test\.ya?ml$/;
const DIALOGUES: FileWalk = {
  skipFolders: new Set(['node_modules', 'tests', '.git']),
  wanted: (name) => DIALOGUE_FILE.test(name) && !NOT_A_DIALOGUE.test(name),
};

/**
 * Expands folders into the dialogue files under them (sorted, test files and
 * tests/ folders left out); files named explicitly are kept as given.
 */
export function findDialogueFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // Missing paths are passed on so the reader reports them with the rest.
    }
    if (isDirectory) files.push(...walkFiles(path, DIALOGUES));
    else files.push(path);
  }
  return files;
}

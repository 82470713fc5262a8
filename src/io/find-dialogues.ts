import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIALOGUE_FILE = /\.ya?ml$/;
const NOT_A_DIALOGUE = /\.test\.ya?ml$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'tests', '.git']);

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
    if (isDirectory) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

function walk(directory: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) found.push(...walk(path));
    } else if (entry.isFile() && DIALOGUE_FILE.test(entry.name) && !NOT_A_DIALOGUE.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

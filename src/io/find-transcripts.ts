import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const TRANSCRIPT = /\.jsonl$/;
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Transcript files under the given paths, yielded one at a time: folders are
 * searched recursively for `*.jsonl` (one folder listing in memory at a time),
 * files named explicitly are taken whatever their name. Missing paths are
 * passed to `missing`.
 */
export async function* findTranscripts(paths: readonly string[], missing: (path: string) => void): AsyncGenerator<string> {
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      missing(path);
      continue;
    }
    if (isDirectory) yield* walk(path);
    else yield path;
  }
}

async function* walk(directory: string): AsyncGenerator<string> {
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) yield* walk(path);
    } else if (entry.isFile() && TRANSCRIPT.test(entry.name)) yield path;
  }
}

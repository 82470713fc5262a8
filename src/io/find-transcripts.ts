import { stat } from 'node:fs/promises';
import { type FileWalk, walkFiles } from './walk-files.js';

const TRANSCRIPT = /\.jsonl$/;
const TRANSCRIPTS: FileWalk = {
  skipFolders: new Set(['node_modules', '.git']),
  wanted: (name) => TRANSCRIPT.test(name),
  // By code unit: collation is slow across 100,000 names.
  order: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

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
    if (isDirectory) yield* walkFiles(path, TRANSCRIPTS);
    else yield path;
  }
}

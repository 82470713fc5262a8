import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a walk keeps: the three finders (dialogues, test files, transcripts) differ only in this. */
export interface FileWalk {
  /** Folder names never entered; hidden folders (a leading dot) never are either. */
  skipFolders: ReadonlySet<string>;
  /** Whether a file, by its name, is one the walk looks for. */
  wanted: (name: string) => boolean;
  /** Order of names within a folder; by default as people sort them (localeCompare). */
  order?: (a: string, b: string) => number;
}

const asPeopleSort = (a: string, b: string) => a.localeCompare(b);

/**
 * The wanted files under a folder, depth first and sorted within each folder.
 * A generator, so a folder of 100,000 transcripts is listed one folder at a
 * time, never collected whole.
 */
export function* walkFiles(directory: string, walk: FileWalk): Generator<string> {
  const order = walk.order ?? asPeopleSort;
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => order(a.name, b.name));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!walk.skipFolders.has(entry.name) && !entry.name.startsWith('.')) yield* walkFiles(path, walk);
    } else if (entry.isFile() && walk.wanted(entry.name)) yield path;
  }
}

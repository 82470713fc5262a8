import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findDialogueFiles } from './find-dialogues.js';
import { type FileWalk, walkFiles } from './walk-files.js';

const TEST_FILE = /\.test\.ya?ml$/;
const TEST_FILES: FileWalk = { skipFolders: new Set(['node_modules', '.git', '__golden__']), wanted: (name) => TEST_FILE.test(name) };

/** `dialogues/tests/<name>.test.yaml` for `dialogues/<name>.yaml` (or, beside it, `<name>.test.yaml`), if one exists. */
export function testFileFor(dialogueFile: string): string | undefined {
  const dir = dirname(dialogueFile);
  const name = basename(dialogueFile).replace(/\.ya?ml$/, '');
  return [join(dir, 'tests', `${name}.test.yaml`), join(dir, 'tests', `${name}.test.yml`), join(dir, `${name}.test.yaml`), join(dir, `${name}.test.yml`)].find(
    (file) => existsSync(file),
  );
}

/** The dialogue a test file is for by the naming convention (its `dialogue:` key, when present, wins). */
export function conventionalDialogueFor(testFile: string): string[] {
  const dir = dirname(testFile);
  const name = basename(testFile).replace(TEST_FILE, '');
  const parents = basename(dir) === 'tests' ? [dirname(dir), dir] : [dir];
  return parents.flatMap((parent) => [join(parent, `${name}.yaml`), join(parent, `${name}.yml`)]);
}

export interface FoundTests {
  testFiles: string[];
  /** Dialogues found (in folders, or named) that have no test file. */
  untested: string[];
  /** Paths that do not exist. */
  missing: string[];
}

/**
 * Test files under the given paths: folders are searched recursively for
 * `*.test.yaml`, a test file is taken as it is, and a dialogue file stands for
 * its test file.
 */
export function findTestFiles(paths: readonly string[]): FoundTests {
  const found: FoundTests = { testFiles: [], untested: [], missing: [] };
  const add = (file: string) => {
    if (!found.testFiles.includes(file)) found.testFiles.push(file);
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      found.missing.push(path);
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walkFiles(path, TEST_FILES)) add(file);
      for (const dialogue of findDialogueFiles([path])) if (!testFileFor(dialogue)) found.untested.push(dialogue);
    } else if (TEST_FILE.test(path)) add(path);
    else {
      const test = testFileFor(path);
      if (test) add(test);
      else found.untested.push(path);
    }
  }
  return found;
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Parley's own folder (where its package.json, schema/ and shipped dialogues
 * are), found upward from this module: it sits in src/io/ when run from
 * source and in dist/ when built, so a fixed number of '..' fits only one.
 * The built CLI's modules report the launcher's URL (scripts/build.mjs).
 */
export function packageFolder(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isParley(join(directory, 'package.json'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function isParley(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'parley';
  } catch {
    // No package.json here, or not one that can be read: keep looking upward.
    return false;
  }
}

import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA = join('schema', 'dialogue.schema.json');

/** Parley's own schema/dialogue.schema.json, found upward from this module (src/ when run from source, dist/ when built). */
export function schemaFile(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, SCHEMA))) return join(directory, SCHEMA);
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/** What a file written to `file` should put after `$schema=` so editors find the schema. */
export function schemaPathFor(file: string): string {
  const schema = schemaFile();
  if (!schema) return '../schema/dialogue.schema.json';
  return relative(dirname(file), schema).split(sep).join('/');
}

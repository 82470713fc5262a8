import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { packageFolder } from './package-folder.js';

const SCHEMA = join('schema', 'dialogue.schema.json');

/** Parley's own schema/dialogue.schema.json. */
export function schemaFile(): string | undefined {
  const folder = packageFolder();
  return folder && existsSync(join(folder, SCHEMA)) ? join(folder, SCHEMA) : undefined;
}

/** What a file written to `file` should put after `$schema=` so editors find the schema. */
export function schemaPathFor(file: string): string {
  const schema = schemaFile();
  if (!schema) return '../schema/dialogue.schema.json';
  return relative(dirname(file), schema).split(sep).join('/');
}

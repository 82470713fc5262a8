// Regenerates the JSON Schemas in schema/ from the zod schemas (npm run schema).
import { writeFileSync } from 'node:fs';
import { dialogueJsonSchema } from '../src/schema/json-schema.js';
import { dialogueTestJsonSchema } from '../src/testing/test-file-schema.js';
import { transcriptJsonSchema } from '../src/transcript/transcript-json-schema.js';

const write = (name: string, schema: Record<string, unknown>) =>
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);

write('dialogue.schema.json', dialogueJsonSchema());
write('dialogue-test.schema.json', dialogueTestJsonSchema());
write('transcript-line.schema.json', transcriptJsonSchema());

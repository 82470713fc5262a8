// Regenerates schema/dialogue.schema.json from the zod schemas (npm run schema).
import { writeFileSync } from 'node:fs';
import { dialogueJsonSchema } from '../src/schema/json-schema.js';

writeFileSync(new URL('../schema/dialogue.schema.json', import.meta.url), `${JSON.stringify(dialogueJsonSchema(), null, 2)}\n`);

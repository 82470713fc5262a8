import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialogueJsonSchema } from '../src/schema/json-schema.js';

describe('JSON Schema', () => {
  it('the committed schema/dialogue.schema.json is what the zod schemas generate (run `npm run schema` if not)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'dialogue.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(dialogueJsonSchema())));
  });

  it('describes both authoring forms of a state', () => {
    const text = JSON.stringify(dialogueJsonSchema());
    for (const key of ['"choices"', '"on"', '"line"', '"meta"', '"guard"', '"meterAtLeast"']) expect(text).toContain(key);
  });
});

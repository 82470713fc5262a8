import { z } from 'zod';
import { AuthoringDialogueSchema } from './dialogue.js';

/**
 * The JSON Schema editors use for completion and inline errors, generated from
 * the zod schema so the two can never disagree. It accepts both authoring forms.
 */
export function dialogueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AuthoringDialogueSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any', reused: 'ref' });
  return { ...schema, $id: 'https://parley.invalid/schema/dialogue.schema.json', title: 'Parley dialogue' };
}

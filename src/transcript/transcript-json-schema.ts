import { z } from 'zod';
import { TranscriptLineSchema } from './transcript-format.js';

/** JSON Schema of one transcript line, for tools that read transcripts without Parley. */
export function transcriptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TranscriptLineSchema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://parley.invalid/schema/transcript-line.schema.json',
    title: 'Parley transcript line',
    description: 'One line of a Parley transcript (JSON lines): a header, then step and undo lines, then an end line. See docs/TRANSCRIPTS.md.',
  };
}

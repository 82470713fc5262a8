import { z } from 'zod';
import { TranscriptLineSchema } from './transcript-format.js';

/**
 * JSON Schema of one transcript line, for tools that read transcripts without
 * Parley. Generated as what a reader accepts (zod's input side), and open at
 * every level, catalog shapes included: docs/TRANSCRIPTS.md promises readers
 * that keys a newer Parley adds are ignored, so no validator may reject them.
 */
export function transcriptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TranscriptLineSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return {
    ...(withAddedKeysAllowed(schema) as Record<string, unknown>),
    $id: 'https://parley.invalid/schema/transcript-line.schema.json',
    title: 'Parley transcript line',
    description: 'One line of a Parley transcript (JSON lines): a header, then step and undo lines, then an end line. See docs/TRANSCRIPTS.md.',
  };
}

function withAddedKeysAllowed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withAddedKeysAllowed);
  if (typeof node !== 'object' || node === null) return node;
  const open: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    open[key] = withAddedKeysAllowed(value);
  }
  return open;
}

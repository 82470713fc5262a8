import { TranscriptLineSchema, type TranscriptLine } from './transcript-format.js';

export type ParsedLine = { ok: true; line: TranscriptLine } | { ok: false; problem: string };

/** One line of text in, a checked transcript line or a short reason out. Never throws. */
export function parseTranscriptLine(text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: text.trim() === '' ? 'empty line' : 'not JSON (cut off or edited?)' };
  }
  const parsed = TranscriptLineSchema.safeParse(value);
  if (parsed.success) return { ok: true, line: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `'${issue.path.join('.')}': ` : '';
  return { ok: false, problem: `not a transcript line (${where}${issue.message.toLowerCase()})` };
}

import { z } from 'zod';
import type { Diagnostic } from '../load/diagnostic.js';
import { LanguageSchema } from '../schema/language.js';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION } from '../transcript/transcript-format.js';
import { readTextFile } from './read-text-file.js';

/** Transcripts grow with every step and carry a debrief; they are allowed to be larger than dialogues. */
export const MAX_TRANSCRIPT_BYTES = 16 * 1024 * 1024;

// Only the fields resuming needs are checked; a transcript is untrusted input like a dialogue.
const HeaderSchema = z.object({
  kind: z.literal('header'),
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.literal(TRANSCRIPT_VERSION),
  dialogue: z.object({ id: z.string(), file: z.string().min(1), hash: z.string() }),
  learner: z.string().optional(),
  mode: z.enum(['practice', 'assessment']),
  seed: z.number().int().min(0),
  language: LanguageSchema,
});
const LineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('step'), step: z.object({ turn: z.number().int().min(1), choice: z.object({ id: z.string() }) }) }),
  z.object({ kind: z.literal('undo'), turn: z.number().int().min(1) }),
  z.object({ kind: z.literal('end'), finished: z.boolean(), reason: z.string().optional() }),
]);

export type TranscriptHeaderRead = z.infer<typeof HeaderSchema>;

export interface TranscriptRead {
  file: string;
  header: TranscriptHeaderRead;
  /** The choices that stand, in order: undone steps are left out. */
  choices: string[];
  end?: { finished: boolean; reason?: string };
  /** A last line cut off mid-write (the process died while writing it) is skipped, not an error. */
  truncated: boolean;
}

export type TranscriptResult = { ok: true; transcript: TranscriptRead } | { ok: false; diagnostic: Diagnostic };

const problem = (file: string, line: number, message: string): TranscriptResult => ({
  ok: false,
  diagnostic: { code: 'PAR050', severity: 'error', message, file, line, col: 1 },
});

/** Reads a JSON-lines transcript far enough to continue the session it records. */
export function readTranscript(file: string): TranscriptResult {
  const read = readTextFile(file, MAX_TRANSCRIPT_BYTES);
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
  const lines = read.text.split('\n');
  const complete = read.text.endsWith('\n');
  let header: TranscriptHeaderRead | undefined;
  const choices: string[] = [];
  let end: TranscriptRead['end'];
  let truncated = false;
  for (const [index, text] of lines.entries()) {
    const lineNumber = index + 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (index === lines.length - 1 && !complete && header) {
        truncated = true;
        break;
      }
      return problem(file, lineNumber, 'is not a JSON line; is this a Parley transcript?');
    }
    if (!header) {
      const parsed = HeaderSchema.safeParse(value);
      if (!parsed.success) return problem(file, lineNumber, 'does not start with a Parley transcript header (format parley-transcript, version 1)');
      header = parsed.data;
      continue;
    }
    const parsed = LineSchema.safeParse(value);
    if (!parsed.success) {
      // Lines of kinds added later are not needed to resume; a damaged step, undo or end line is.
      const kind = (value as { kind?: unknown } | null)?.kind;
      if (typeof kind === 'string' && ['step', 'undo', 'end'].includes(kind)) return problem(file, lineNumber, `is a damaged '${kind}' line`);
      continue;
    }
    const line = parsed.data;
    if (line.kind === 'step') {
      if (line.step.turn > choices.length + 1) return problem(file, lineNumber, `step for turn ${line.step.turn} follows turn ${choices.length}`);
      choices.length = line.step.turn - 1;
      choices.push(line.step.choice.id);
    } else if (line.kind === 'undo') {
      choices.length = Math.min(choices.length, line.turn - 1);
    } else {
      end = { finished: line.finished, ...(line.reason ? { reason: line.reason } : {}) };
    }
  }
  if (!header) return problem(file, 1, 'is empty; expected a Parley transcript');
  return { ok: true, transcript: { file, header, choices, ...(end ? { end } : {}), truncated } };
}

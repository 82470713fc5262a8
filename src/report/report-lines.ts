import { z } from 'zod';
import { LegalReferenceSchema, OutcomeKindSchema, SeveritySchema } from '../schema/catalog.js';
import { PASS_MARK } from '../engine/score.js';
import { TranscriptHeaderSchema } from '../transcript/transcript-format.js';

/**
 * The parts of transcript lines a report reads. Narrower than the full format
 * (src/transcript/transcript-format.ts) so that summarising many thousands of
 * transcripts does not pay for checking coaching text it never shows.
 */
const FlagView = z.object({
  id: z.string(),
  name: z.string(),
  severity: SeveritySchema,
  references: z.array(LegalReferenceSchema),
  // Read as any string: a report counts flags from any source, and 'typed' marks those read in a free reply's typed words.
  source: z.string().optional(),
});

export const ReportLineSchema = z.discriminatedUnion('kind', [
  TranscriptHeaderSchema,
  z.object({
    kind: z.literal('step'),
    at: z.string(),
    step: z.object({
      turn: z.number().int(),
      state: z.string(),
      choice: z.object({ id: z.string(), text: z.string() }),
      typed: z.object({ text: z.string(), confidence: z.number() }).optional(),
      flags: z.array(FlagView),
      tasks: z.array(z.string()),
    }),
  }),
  z.object({ kind: z.literal('undo'), at: z.string(), turn: z.number().int() }),
  z.object({
    kind: z.literal('end'),
    at: z.string(),
    finished: z.boolean(),
    debrief: z
      .object({
        outcome: z.object({ id: z.string(), name: z.string(), kind: OutcomeKindSchema }).optional(),
        score: z.object({ total: z.number(), passMark: z.number().optional(), passed: z.boolean().optional() }),
        tasks: z.array(z.object({ id: z.string(), met: z.boolean() })),
        flags: z.array(FlagView.extend({ turn: z.number().int() })),
      })
      // Transcripts from before pass marks: graded as the debrief grades now (a violation or a coercive tactic fails).
      .transform((debrief) => ({
        ...debrief,
        passed: debrief.score.passed ?? (debrief.score.total >= (debrief.score.passMark ?? PASS_MARK) && debrief.flags.every((f) => f.severity === 'caution')),
      })),
  }),
]);
export type ReportLine = z.infer<typeof ReportLineSchema>;
export type ReportFlag = z.infer<typeof FlagView>;
export type ReportStep = Extract<ReportLine, { kind: 'step' }>;

export function parseReportLine(text: string): { ok: true; line: ReportLine } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: text.trim() === '' ? 'empty line' : 'not JSON' };
  }
  const parsed = ReportLineSchema.safeParse(value);
  if (parsed.success) return { ok: true, line: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `not a transcript line (${issue.path.length ? `'${issue.path.join('.')}': ` : ''}${issue.message.toLowerCase()})` };
}

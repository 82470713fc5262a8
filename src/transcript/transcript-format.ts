import { z } from 'zod';
import type { Debrief, Step } from '../engine/types.js';
import { PASS_MARK } from '../engine/score.js';
import { LegalReferenceSchema, OutcomeKindSchema, ProfileIdSchema, SeveritySchema } from '../schema/catalog.js';
import { ContactSchema, PersonaSchema } from '../schema/dialogue.js';
import { LanguageSchema } from '../schema/language.js';

/**
 * A transcript is JSON lines: one header, one line per step as it happens, and
 * an end line with the debrief. A session cut short has no end line, which is
 * how readers know it is unfinished. Every line after the header carries the
 * SHA-256 of the line before it (`prev`), so an edited, removed or inserted
 * line breaks the chain. docs/TRANSCRIPTS.md describes the format for people.
 *
 * Objects are read loosely (unknown keys are ignored) so that a newer Parley's
 * additions do not make older readers reject a transcript; `version` changes
 * only when a reader of the old version would misread the new one.
 */
export const TRANSCRIPT_FORMAT = 'parley-transcript';
export const TRANSCRIPT_VERSION = 1;

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');
const TimeSchema = z.string().meta({ description: 'ISO 8601 date and time (UTC).' });

const OutcomeViewSchema = z.object({ id: z.string(), name: z.string(), kind: OutcomeKindSchema, unsustainable: z.string().optional() });

export const FlagHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  severity: SeveritySchema,
  explanation: z.string(),
  cost: z.string(),
  better: z.string().meta({ description: "The choice's own better alternative, else the catalog's." }),
  references: z.array(LegalReferenceSchema),
  source: z.enum(['choice', 'situation', 'typed']).meta({ description: "'choice': the author flagged the reply; 'situation': a context rule did; 'typed': the lint read it in the words the learner typed (free reply)." }),
  phrase: z.string().optional().meta({ description: "For typed flags: the typed words that raised it." }),
  because: z.string().optional(),
  note: z.string().optional(),
});

export const TypedReplySchema = z.object({
  text: z.string().meta({ description: 'What the learner typed, as typed.' }),
  confidence: z.number().min(0).max(1).meta({ description: "The matcher's confidence in the choice it matched, 0 to 1." }),
  flags: z
    .array(z.object({ flag: z.string(), phrase: z.string() }))
    .readonly()
    .meta({ description: "Coercion flags the lint read in the typed words beyond the matched choice's own, and the words that raised them." }),
});

export const StepSchema = z.object({
  turn: z.number().int().min(1),
  state: z.string().meta({ description: 'The debtor turn the choice was made in.' }),
  line: z.string().optional().meta({ description: 'What the debtor had just said.' }),
  excuse: z.string().optional(),
  choice: z.object({ id: z.string(), text: z.string() }),
  typed: TypedReplySchema.optional().meta({ description: 'Free reply: what the learner typed, which the matcher read as this choice.' }),
  flags: z.array(FlagHitSchema),
  meterChanges: z.record(z.string(), z.number()),
  meters: z.record(z.string(), z.number()).meta({ description: 'Meter values after the choice.' }),
  tasks: z.array(z.string()),
  feedback: z.string().optional(),
  reaction: z.string().optional(),
  next: z.object({
    state: z.string(),
    line: z.string().optional(),
    speaker: z.string().optional(),
    scene: z.string().optional(),
    excuse: z.string().optional(),
  }),
  outcome: OutcomeViewSchema.optional(),
  revealsReason: z.literal(true).optional().meta({ description: "The reply uncovered the debtor's true reason (`reveals_reason` on the choice)." }),
});

export const DebriefSchema = z.object({
  dialogue: z.object({ id: z.string(), title: z.string(), language: LanguageSchema }),
  jurisdiction: z.object({ id: ProfileIdSchema, name: z.string(), rules: z.string() }),
  finished: z.boolean(),
  outcome: OutcomeViewSchema.optional(),
  turns: z.number().int().min(0),
  tasks: z.array(z.object({ id: z.string(), name: z.string(), met: z.boolean(), turn: z.number().int().optional() })),
  flags: z.array(FlagHitSchema.extend({ turn: z.number().int(), choice: z.string() })),
  meters: z.record(z.string(), z.array(z.number())),
  trueReason: z.object({ reason: z.string(), tracked: z.boolean(), found: z.boolean(), turn: z.number().int().optional() }),
  score: z.object({
    total: z.number(),
    outcome: z.number(),
    tasks: z.number(),
    penalties: z.number(),
    passMark: z.number().optional(),
    passed: z.boolean().optional(),
    violation: z.boolean().optional(),
    coercive: z.boolean().optional(),
  }),
})
  // Transcripts written before pass marks existed carry none: they read as graded against today's rule,
  // from the flags they record (a violation under the old scoring could total 75 and must not read as passed).
  .transform((debrief) => {
    const { passMark = PASS_MARK, passed, violation, coercive, ...score } = debrief.score;
    const severities = debrief.flags.map((flag) => flag.severity);
    const failedBy = { violation: violation ?? severities.includes('violation'), coercive: coercive ?? severities.includes('coercive') };
    return {
      ...debrief,
      score: { ...score, passMark, ...failedBy, passed: passed ?? (score.total >= passMark && !failedBy.violation && !failedBy.coercive) },
    };
  });

export const TranscriptHeaderSchema = z
  .object({
    kind: z.literal('header'),
    format: z.literal(TRANSCRIPT_FORMAT),
    version: z.literal(TRANSCRIPT_VERSION),
    dialogue: z.object({
      id: z.string(),
      title: z.string(),
      language: LanguageSchema,
      file: z.string().meta({ description: 'The dialogue file as it was named when the session started.' }),
      hash: HashSchema.meta({ description: 'SHA-256 of the dialogue file text that was played.' }),
    }),
    learner: z.string().optional().meta({ description: 'Who played: a name, an LMS account name (with learnerHome), or an email address as mailto:…' }),
    learnerHome: z.string().optional().meta({ description: 'The LMS home page the learner account name belongs to (`--learner-home`).' }),
    mode: z.enum(['practice', 'assessment']),
    seed: z.number().int(),
    language: LanguageSchema.meta({ description: 'Language of catalog text (flag explanations, task names).' }),
    source: z.enum(['play', 'run', 'test']).meta({ description: 'Who drove the session: a learner, a script, a dialogue test.' }),
    startedAt: TimeSchema,
    resumedFrom: z.string().optional().meta({ description: 'The unfinished transcript this session continues (`parley play --resume`).' }),
    jurisdiction: ProfileIdSchema.optional().meta({ description: 'The rule set the session was played under (absent in transcripts from before it was recorded: the dialogue\'s default).' }),
    persona: z
      .object(PersonaSchema.shape)
      .partial()
      .optional()
      .meta({ description: 'Persona traits played instead of the dialogue\'s own (`--persona`); absent when the dialogue\'s persona was played.' }),
    contact: z.object(ContactSchema.shape).optional().meta({ description: 'The moment of the contact (local time, call attempts) the session was played at, when set.' }),
  })
  .meta({ title: 'Transcript header (line 1)' });

const chained = { prev: HashSchema.meta({ description: 'SHA-256 of the previous line, exactly as written (without its newline).' }) };

export const TranscriptStepSchema = z
  .object({ kind: z.literal('step'), ...chained, at: TimeSchema, step: StepSchema })
  .meta({ title: 'One choice and everything it caused' });

export const TranscriptUndoSchema = z
  .object({ kind: z.literal('undo'), ...chained, at: TimeSchema, turn: z.number().int().min(1) })
  .meta({ title: 'The learner took back the choice of this turn (practice mode)' });

export const TranscriptEndSchema = z
  .object({
    kind: z.literal('end'),
    ...chained,
    at: TimeSchema,
    finished: z.boolean().meta({ description: 'true when the dialogue reached an ending; false when the learner quit.' }),
    reason: z.string().optional().meta({ description: 'Why a session stopped before its dialogue ended (quit, signal).' }),
    debrief: DebriefSchema,
    hash: HashSchema.meta({ description: 'SHA-256 of this line written without its `hash` key: no later line vouches for it.' }),
  })
  .meta({ title: 'The last line: the debrief' });

export const TranscriptLineSchema = z.discriminatedUnion('kind', [
  TranscriptHeaderSchema,
  TranscriptStepSchema,
  TranscriptUndoSchema,
  TranscriptEndSchema,
]);

export type TranscriptHeader = z.infer<typeof TranscriptHeaderSchema>;
export type TranscriptStep = z.infer<typeof TranscriptStepSchema>;
export type TranscriptUndo = z.infer<typeof TranscriptUndoSchema>;
export type TranscriptEnd = z.infer<typeof TranscriptEndSchema>;
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;
/** A line before it is chained: what writers hand over. */
export type UnchainedLine = TranscriptHeader | Omit<TranscriptStep, 'prev'> | Omit<TranscriptUndo, 'prev'> | Omit<TranscriptEnd, 'prev' | 'hash'>;

// What the engine produces must be what the schema accepts: a compile error here
// means the engine changed and the transcript format (and its version) must follow.
type Accepts<Schema, Value extends Schema> = Value;
export type EngineStepFitsTranscript = Accepts<z.input<typeof StepSchema>, Step>;
export type EngineDebriefFitsTranscript = Accepts<z.input<typeof DebriefSchema>, Debrief>;

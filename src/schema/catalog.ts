import { z } from 'zod';
import { LocalizedListSchema, LocalizedTextSchema } from './language.js';

/** Where in ../shared/seeds a piece of domain knowledge comes from. */
export const SeedSourceSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  passage: z.string().min(1).describe('The heading or sentence of the seed the entry is drawn from, quoted or closely paraphrased.'),
});

export const ExcuseTypeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** What a debtor actually says: natural speech in each language, not translations of each other. */
  examples: LocalizedListSchema,
  /** The reply strategy the seeds recommend, restated lawfully. */
  approach: LocalizedTextSchema,
  sources: z.array(SeedSourceSchema).min(1),
});
export type ExcuseType = z.infer<typeof ExcuseTypeSchema>;

export const SeveritySchema = z.enum(['violation', 'coercive', 'caution']);
export type Severity = z.infer<typeof SeveritySchema>;

export const JurisdictionIdSchema = z.enum(['us', 'uk', 'cn', 'mx', 'cl']);
export type JurisdictionId = z.infer<typeof JurisdictionIdSchema>;

export const LegalReferenceSchema = z.strictObject({
  jurisdiction: JurisdictionIdSchema,
  /** Short name of the instrument: "FDCPA", "Reg F", "FCA CONC", "CBA 2026 guideline", … */
  law: z.string().min(1),
  cite: z.string().min(1),
  /** false where shared/reference/compliance.md marks the citation [K] (unchecked). */
  verified: z.boolean(),
});
export type LegalReference = z.infer<typeof LegalReferenceSchema>;

export const CoercionFlagSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: LocalizedTextSchema,
  severity: SeveritySchema,
  explanation: LocalizedTextSchema,
  /** What committing it costs the collector and the creditor. */
  cost: LocalizedTextSchema,
  /** The generic lawful alternative; a choice's own `better` text overrides it. */
  better: LocalizedTextSchema,
  references: z.array(LegalReferenceSchema).min(1),
  /** The seed passage that recommends this tactic, where one does. */
  seedTactic: SeedSourceSchema.optional(),
});
export type CoercionFlag = z.infer<typeof CoercionFlagSchema>;

export const CoreTaskSchema = z.strictObject({
  id: z.string(),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});
export type CoreTask = z.infer<typeof CoreTaskSchema>;

export const OutcomeKindSchema = z.enum(['success', 'partial', 'failure']);
export const OutcomeSchema = z.strictObject({
  id: z.string(),
  name: LocalizedTextSchema,
  kind: OutcomeKindSchema,
  /** Points toward the 0–100 score; see src/engine/score.ts. */
  value: z.number().int().min(0).max(60),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Jurisdictions Parley has a full profile for (contact hours, call limits, flag severities, required wording). */
export const ProfileIdSchema = z.enum(['us', 'uk', 'cn']);
export type ProfileId = z.infer<typeof ProfileIdSchema>;

const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/);

/** How one jurisdiction treats one flag, where it differs from the catalog (whose severities are the US ones). */
export const FlagRuleSchema = z.strictObject({
  severity: SeveritySchema.optional(),
  /** false: no rule of this jurisdiction forbids it, so situation rules do not raise it and an author's flag shows as a caution. */
  applies: z.boolean().optional(),
  note: LocalizedTextSchema.optional(),
});
export type FlagRule = z.infer<typeof FlagRuleSchema>;

/** Words the law requires verbatim; a dialogue marks the reply that says them `locked: <id>`. */
export const RequiredWordingSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: LocalizedTextSchema,
  /** When it must be said. */
  when: LocalizedTextSchema,
  text: LocalizedTextSchema,
  references: z.array(LegalReferenceSchema).min(1),
});
export type RequiredWording = z.infer<typeof RequiredWordingSchema>;

export const JurisdictionProfileSchema = z.strictObject({
  id: ProfileIdSchema,
  name: LocalizedTextSchema,
  /** The rule set in a few words: "FDCPA and Regulation F". */
  rules: LocalizedTextSchema,
  /** Contact is allowed from `from` (inclusive) to `to` (exclusive), the debtor's local time. */
  contactHours: z.strictObject({ from: ClockTimeSchema, to: ClockTimeSchema, references: z.array(LegalReferenceSchema).min(1) }),
  /** Calls counting the current one; no number means the jurisdiction sets no numeric cap. */
  callLimits: z.strictObject({
    perWeek: z.number().int().positive().optional(),
    perDay: z.number().int().positive().optional(),
    note: LocalizedTextSchema.optional(),
    references: z.array(LegalReferenceSchema).min(1),
  }),
  /** Shown for a flag the catalog has no reference for in this jurisdiction. */
  generalReference: LegalReferenceSchema,
  flags: z.record(z.string(), FlagRuleSchema),
  /** Wording every dialogue declared for this jurisdiction must carry in a locked reply. */
  requiredWording: z.array(RequiredWordingSchema),
});
export type JurisdictionProfile = z.infer<typeof JurisdictionProfileSchema>;

/**
 * A flag raised by the moment a reply is made in rather than its words. `when`
 * reads facts, state tags and the contact; `reply` says which replies it catches.
 */
export const SituationRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  flag: z.string().regex(/^[a-z][a-z0-9_]*$/),
  when: z.strictObject({
    /** Facts that must all be true. */
    facts: z.array(z.string()).optional(),
    /** Facts that must not be true. */
    unlessFacts: z.array(z.string()).optional(),
    /** Tags the current state must carry. */
    tags: z.array(z.string()).optional(),
    contact: z.enum(['outside_hours', 'over_call_limit']).optional(),
  }),
  /** demand: asks for payment; mentions_debt: reveals the debt; first: the first reply of the contact. */
  reply: z.enum(['demand', 'mentions_debt', 'first']),
  /** Why the moment made it a problem; {time}, {from}, {to}, {attempts}, {limit} and {period} are filled in. */
  because: LocalizedTextSchema,
});
export type SituationRuleDefinition = z.infer<typeof SituationRuleSchema>;

import { z } from 'zod';
import { LanguageSchema, LocalizedListSchema, LocalizedTextSchema } from './language.js';

/**
 * Where a piece of domain knowledge comes from, told neutrally: the language of
 * the collector-training tip and what it says. Never a document name: learners
 * and trainers read this catalog.
 */
export const TipSourceSchema = z.strictObject({
  language: LanguageSchema,
  passage: z.string().min(1).describe('What the tip says, quoted or closely paraphrased in its own language.'),
});

export const ExcuseTypeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** What a debtor actually says: natural speech in each language, not translations of each other. */
  examples: LocalizedListSchema,
  /** The reply strategy collector training usually recommends, restated lawfully. */
  approach: LocalizedTextSchema,
  sources: z.array(TipSourceSchema).min(1),
});
export type ExcuseType = z.infer<typeof ExcuseTypeSchema>;

export const SeveritySchema = z.enum(['violation', 'coercive', 'caution']);
export type Severity = z.infer<typeof SeveritySchema>;

export const JurisdictionIdSchema = z.enum(['us', 'uk', 'cn', 'mx', 'cl']);
export type JurisdictionId = z.infer<typeof JurisdictionIdSchema>;

/**
 * Whose debt it is: a consumer's (personal, family or household purposes) or a
 * business's. Most collection statutes protect consumers only (15 U.S.C. 1692a(5),
 * CONC's regulated credit agreements), so the rules a call is judged by depend on it.
 */
export const DebtPurposeSchema = z.enum(['consumer', 'commercial']);
export type DebtPurpose = z.infer<typeof DebtPurposeSchema>;

export const LegalReferenceSchema = z.strictObject({
  jurisdiction: JurisdictionIdSchema,
  /** Short name of the instrument: "FDCPA", "Reg F", "FCA CONC", "CBA 2026 guideline", … */
  law: z.string().min(1),
  cite: z.string().min(1),
  /** Checked against the primary text; docs/LEGAL.md lists the source and the date. */
  verified: z.boolean(),
  /** Which debts the rule covers; absent: both kinds. */
  debts: z.array(DebtPurposeSchema).min(1).optional(),
  /**
   * The instrument's official name in the language it was made in (《中华人民共和国刑法》,
   * "Código Penal Federal"), and the cite as written there ("第二百三十八条"): shown instead of
   * `law` and `cite` to a learner whose session is in that language.
   */
  official: z
    .strictObject({
      language: LanguageSchema,
      law: z.string().min(1),
      cite: z.string().min(1).optional(),
    })
    .optional(),
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
  /** A tip passed around collection teams that recommends this tactic, where one does. */
  commonTip: TipSourceSchema.optional(),
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
export const ProfileIdSchema = z.enum(['us', 'uk', 'cn', 'mx']);
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

/** Contact is allowed from `from` (inclusive) to `to`, the debtor's local time. */
export const ContactHoursSchema = z.strictObject({
  from: ClockTimeSchema,
  to: ClockTimeSchema,
  /** true where the rule bars only contact *after* `to` ("after 9 o'clock postmeridian"), so `to` itself is allowed. */
  toInclusive: z.boolean().optional(),
  references: z.array(LegalReferenceSchema).min(1),
});

/** Calls counting the current one; no number means the jurisdiction sets no numeric cap. */
export const CallLimitsSchema = z.strictObject({
  perWeek: z.number().int().positive().optional(),
  perDay: z.number().int().positive().optional(),
  /** No call until this many days after a telephone conversation about the debt (the conversation's day is day 1). */
  daysAfterConversation: z.number().int().positive().optional(),
  /** rule: the numbers are the law's; training: the law sets none, and these are Parley's line for excessive contact. */
  basis: z.enum(['rule', 'training']).optional(),
  note: LocalizedTextSchema.optional(),
  references: z.array(LegalReferenceSchema).min(1),
});

/** The rules one jurisdiction applies to one kind of debt. */
export const RuleSetSchema = z.strictObject({
  /** The rule set in a few words: "FDCPA and Regulation F". */
  rules: LocalizedTextSchema,
  /** Absent: no rule of this jurisdiction limits contact hours for this kind of debt. */
  contactHours: ContactHoursSchema.optional(),
  /** Absent: no rule limits how often this kind of debtor may be called. */
  callLimits: CallLimitsSchema.optional(),
  /** Shown for a flag the catalog has no reference for here. */
  generalReference: LegalReferenceSchema,
  flags: z.record(z.string(), FlagRuleSchema),
  /** Wording every dialogue set here, for this kind of debt, must carry in a locked reply. */
  requiredWording: z.array(RequiredWordingSchema),
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** One jurisdiction in the catalog: its consumer and its commercial rule sets. */
export const JurisdictionSchema = z.strictObject({
  id: ProfileIdSchema,
  name: LocalizedTextSchema,
  /** The currency a dialogue set here uses (ISO 4217). */
  currency: z.string().regex(/^[A-Z]{3}$/),
  consumer: RuleSetSchema,
  commercial: RuleSetSchema,
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** What a session is judged by: one jurisdiction's rule set for the dialogue's kind of debt. */
export const JurisdictionProfileSchema = RuleSetSchema.extend({
  id: ProfileIdSchema,
  name: LocalizedTextSchema,
  currency: z.string(),
  debts: DebtPurposeSchema,
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
    contact: z.enum(['outside_hours', 'over_call_limit', 'soon_after_conversation']).optional(),
  }),
  /** demand: asks for payment; mentions_debt: reveals the debt; first: the first reply of the contact. */
  reply: z.enum(['demand', 'mentions_debt', 'first']),
  /** Why the moment made it a problem; {time}, {from}, {to}, {attempts}, {ago}, {limit} and {period} are filled in. */
  because: LocalizedTextSchema,
  /** Said instead when the limit is a training line, not a rule (callLimits.basis: training). */
  becauseTraining: LocalizedTextSchema.optional(),
});
export type SituationRuleDefinition = z.infer<typeof SituationRuleSchema>;

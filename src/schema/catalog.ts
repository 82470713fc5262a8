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

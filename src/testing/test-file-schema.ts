import { z } from 'zod';
import { LanguageSchema } from '../schema/language.js';
import { CatalogIdSchema, NameSchema } from '../schema/names.js';

/**
 * The dialogue test file: `dialogues/tests/<name>.test.yaml` beside
 * `dialogues/<name>.yaml`. Cases play a fixed list of choices (or every path,
 * for a property) and state what must be true. Keys are snake_case like the
 * dialogue format's. The JSON Schema in schema/dialogue-test.schema.json is
 * generated from this file.
 */
export const TEST_FILE_VERSION = 1;

const d = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

/** An exact number, or bounds. */
export const BoundsSchema = z.union([
  z.number(),
  z
    .strictObject({ min: z.number().optional(), max: z.number().optional() })
    .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'give min, max or both' }),
]);
export type Bounds = z.infer<typeof BoundsSchema>;

const OutcomeExpectation = z.union([CatalogIdSchema, z.array(CatalogIdSchema).min(1)]);

/** What is checked at one point of a session: its end, or right after a turn. */
const PointShape = {
  state: d(NameSchema, 'The state reached (a debtor turn or an ending).').optional(),
  flags: d(z.array(CatalogIdSchema), 'Exactly these flags were raised (order does not matter; [] means none).').optional(),
  flags_include: d(z.array(CatalogIdSchema), 'At least these flags were raised.').optional(),
  flags_exclude: d(z.array(CatalogIdSchema), 'None of these flags was raised.').optional(),
  tasks: d(z.array(CatalogIdSchema), 'Exactly these core tasks were met.').optional(),
  tasks_include: d(z.array(CatalogIdSchema), 'At least these core tasks were met.').optional(),
  meters: d(z.record(NameSchema, BoundsSchema), 'Meter values: a number, or { min, max }.').optional(),
  line: d(z.string(), "The debtor's line at this point, exactly.").optional(),
  line_contains: d(z.string().min(1), "Words the debtor's line at this point contains.").optional(),
};

export const EndExpectationSchema = z.strictObject({
  outcome: d(OutcomeExpectation, "The outcome id, a list of acceptable ones, or 'none' for a session left unfinished.").optional(),
  finished: d(z.boolean(), 'Whether the dialogue reached an ending.').optional(),
  score: d(BoundsSchema, 'The debrief score (0–100): a number or { min, max }.').optional(),
  passed: d(z.boolean(), 'Whether the call reached the pass mark (a violation always fails it).').optional(),
  ...PointShape,
  flags: d(z.array(CatalogIdSchema), 'Exactly these flags were raised over the session ([] means none).').optional(),
  line: d(z.string(), "The debtor's last line, exactly.").optional(),
  line_contains: d(z.string().min(1), "Words the debtor's last line contains.").optional(),
});
export type EndExpectation = z.infer<typeof EndExpectationSchema>;

export const TurnExpectationSchema = z.strictObject({
  turn: d(z.number().int().min(1), 'The turn (1 = the first choice) after which to check.'),
  ...PointShape,
  flags: d(z.array(CatalogIdSchema), 'Exactly these flags were raised by this turn ([] means none).').optional(),
  state: d(NameSchema, 'The state this turn led to.').optional(),
  line: d(z.string(), "The debtor's reply to this turn, exactly.").optional(),
  line_contains: d(z.string().min(1), "Words the debtor's reply to this turn contains.").optional(),
});
export type TurnExpectation = z.infer<typeof TurnExpectationSchema>;

export const AllPathsSchema = z.strictObject({
  max_depth: d(z.number().int().min(1).max(200), 'Longest path followed, in choices.').default(30),
  max_paths: d(z.number().int().min(1).max(1_000_000), 'Stop after this many paths; the result says when it did.').default(20_000),
  start: d(z.array(NameSchema), 'Only paths that begin with these choices.').optional(),
  where: z
    .strictObject({
      flagged: d(z.boolean(), 'true: paths that raise any flag (pick a flagged choice); false: paths that raise none.').optional(),
      violation: d(z.boolean(), 'true: paths that raise a flag of violation severity under the rules played; false: paths that raise none.').optional(),
      serious: d(
        z.boolean(),
        'true: paths that raise a violation or a coercive tactic (what fails a call); false: paths that raise neither (cautions allowed).',
      ).optional(),
      picks: d(z.array(NameSchema).min(1), 'Paths that pick any of these choices.').optional(),
      flags_include: d(z.array(CatalogIdSchema).min(1), 'Paths that raise any of these flags.').optional(),
    })
    .optional()
    .meta({ description: 'Which paths the expectations apply to (all conditions must hold); default every path.' }),
  include_unfinished: d(z.boolean(), 'Also check paths the depth bound cut before an ending.').default(false),
});
export type AllPaths = z.infer<typeof AllPathsSchema>;

export const TestCaseSchema = z.strictObject({
  name: d(z.string().min(1).max(200), 'Unique within the file; names the golden transcript.'),
  seed: d(z.number().int().min(0), 'Seed for line variants (default: the file’s seed, else 0).').optional(),
  language: d(LanguageSchema, 'Language of catalog text (default: the dialogue’s).').optional(),
  mode: z.enum(['practice', 'assessment']).optional(),
  persona: d(
    z.strictObject({
      ability: z.enum(['able', 'unable']).optional(),
      willingness: z.enum(['willing', 'unwilling']).optional(),
      temperament: z.enum(['calm', 'evasive', 'anxious', 'hostile']).optional(),
    }),
    "Play the debtor with these traits instead of the dialogue's own (as `--persona` does); the true reason follows `other_reasons`.",
  ).optional(),
  choices: d(z.array(NameSchema), 'The choice ids to pick, in order.').optional(),
  replies: d(
    z.array(z.string().min(1).max(600)),
    "Instead of choices: replies as a learner would type them (free reply), in order. Each is matched to the reply on screen it means and linted; coercion in the words flags the turn even when the reply it means is lawful. A reply Parley cannot place fails the case.",
  ).optional(),
  all_paths: AllPathsSchema.optional().meta({ description: 'Instead of choices: check the expectations on every path (a property).' }),
  expect: EndExpectationSchema.optional(),
  at: d(z.array(TurnExpectationSchema), 'Checks right after given turns.').optional(),
  golden: d(z.boolean(), 'Record and compare a golden transcript for this case (default true; scripted cases only).').optional(),
});
export type TestCase = z.infer<typeof TestCaseSchema>;

export const DialogueTestFileSchema = z.strictObject({
  parley_test: d(z.literal(TEST_FILE_VERSION), 'Test file format version (1).').optional(),
  dialogue: d(z.string().min(1), 'The dialogue file, relative to this file (default: by name, ../<name>.yaml from tests/).').optional(),
  seed: d(z.number().int().min(0), 'Default seed for every case.').optional(),
  language: LanguageSchema.optional(),
  cases: z.array(TestCaseSchema).min(1),
});
export type DialogueTestFile = z.infer<typeof DialogueTestFileSchema>;

/** The JSON Schema editors use for completion in test files. */
export function dialogueTestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DialogueTestFileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: 'https://parley.invalid/schema/dialogue-test.schema.json', title: 'Parley dialogue test file' };
}

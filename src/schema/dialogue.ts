import { z } from 'zod';
import { ActionSchema } from './action.js';
import { DebtPurposeSchema, JurisdictionIdSchema } from './catalog.js';
import { GuardSchema } from './guard.js';
import { LanguageSchema } from './language.js';
import { CatalogIdSchema, NameSchema } from './names.js';

/**
 * The dialogue format: an XState v5 machine config in YAML. XState's own keys
 * (id, initial, context, states, on, target, guard, actions, entry, type, tags,
 * meta, description) keep their meaning; everything Parley adds lives under `meta`.
 * A second, shorter authoring form (`line`, `choices`, … on a state) is declared
 * in AuthoringStateSchema and normalised to this one before anything else runs.
 */

const text = (description: string) => z.string().min(1).meta({ description });

/** One line, or variants of it; the session's seed picks one so replays differ but a seed reproduces. */
export const LineSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).meta({
  description: 'What the debtor says. A list gives variants; the session seed picks one.',
});
export type Line = z.infer<typeof LineSchema>;

/** Free-reply paraphrases: enough to teach the matcher a move, few enough to keep matching within a frame. */
const MAX_EXAMPLES = 10;

const ChoiceTeachingShape = {
  flags: z.array(CatalogIdSchema).optional().meta({ description: 'Coercion flags this reply commits (ids from the flag catalog).' }),
  tasks: z.array(CatalogIdSchema).optional().meta({ description: 'Core tasks this reply advances.' }),
  feedback: text('Coaching shown after the choice in practice mode.').optional(),
  better: text('For a flagged choice: what a lawful collector would say here instead.').optional(),
  reaction: text("The debtor's immediate reaction, shown before their next line.").optional(),
  locked: CatalogIdSchema.optional().meta({
    description:
      'Legally required wording this reply carries (a wording id from a jurisdiction profile, e.g. us_collector_disclosure). `validate` checks the text contains it, in every language version.',
  }),
  demand: z.boolean().optional().meta({
    description:
      'Whether this reply asks for payment (situation rules). Default: true when its tasks include ask_payment_today or obtain_promise.',
  }),
  mentions_debt: z.boolean().optional().meta({
    description:
      'Whether this reply reveals the debt to anyone listening (situation rules). Default: true for a demand, or when its tasks include state_pros_cons.',
  }),
  reveals_reason: z.boolean().optional().meta({
    description: "This reply uncovers the debtor's true reason for not paying; the debrief says whether the learner found it.",
  }),
  lint: z
    .strictObject({
      allow: z.array(CatalogIdSchema).min(1).meta({ description: 'Flag ids `parley lint` should not raise or question on this choice.' }),
    })
    .optional()
    .meta({ description: 'Silences `parley lint` on this choice: `lint: { allow: [threat_of_harm] }` when the wording is intended.' }),
  examples: z
    .array(z.string().min(1))
    .min(1)
    .max(MAX_EXAMPLES)
    .optional()
    .meta({
      description:
        "Paraphrases of what this reply means, in the dialogue's language (3 to 5 is the aim): what a learner typing freely might say for it. Used only to recognise a typed reply; never shown, never evaluated.",
    }),
};

export const ChoiceMetaSchema = z.strictObject({
  text: text('The reply as the learner reads and chooses it.').optional(),
  ...ChoiceTeachingShape,
});
export type ChoiceMeta = z.infer<typeof ChoiceMetaSchema>;

export const TransitionSchema = z.strictObject({
  target: NameSchema.meta({ description: 'The state (debtor turn or ending) this reply leads to.' }),
  guard: GuardSchema.optional(),
  actions: z.array(ActionSchema).optional(),
  description: z.string().optional(),
  meta: ChoiceMetaSchema.optional(),
});
export type Transition = z.infer<typeof TransitionSchema>;

export const StateMetaSchema = z.strictObject({
  line: LineSchema.optional(),
  excuse: CatalogIdSchema.optional().meta({ description: 'The documented excuse type this line voices.' }),
  outcome: CatalogIdSchema.optional().meta({ description: 'For a final state: how the contact ended.' }),
  scene: text('A stage direction shown before the line ("A customer walks into the shop.").').optional(),
  speaker: text('Who says the line, when it is not the debtor.').optional(),
  unsustainable: text(
    "For an ending: why this outcome will not hold for this debtor (a payment taken from rent money, a promise they cannot keep). It then scores as a partial result, not a success.",
  ).optional(),
});
export type StateMeta = z.infer<typeof StateMetaSchema>;

const StateCommonShape = {
  type: z.literal('final').optional(),
  tags: z.array(NameSchema).optional(),
  description: z.string().optional(),
  entry: z.array(ActionSchema).optional(),
  meta: StateMetaSchema.optional(),
  on: z.record(NameSchema, z.union([TransitionSchema, z.array(TransitionSchema).min(1)])).optional(),
};

/** The machine form: exactly what XState reads. */
export const StateSchema = z.strictObject(StateCommonShape);
export type State = z.infer<typeof StateSchema>;

/** A reply in the short authoring form; compiles to `on.<id>: { target, guard, actions, meta }`. */
export const ShortChoiceSchema = z.strictObject({
  id: NameSchema,
  text: text('The reply as the learner reads and chooses it.'),
  target: NameSchema,
  guard: GuardSchema.optional(),
  meters: z
    .record(NameSchema, z.number().int())
    .optional()
    .meta({ description: 'Shorthand for changeMeter actions: `{ trust: 1, cooperation: -2 }`.' }),
  actions: z.array(ActionSchema).optional(),
  ...ChoiceTeachingShape,
});
export type ShortChoice = z.infer<typeof ShortChoiceSchema>;

export const AuthoringStateSchema = z.strictObject({
  ...StateCommonShape,
  line: LineSchema.optional(),
  excuse: StateMetaSchema.shape.excuse,
  outcome: StateMetaSchema.shape.outcome,
  scene: StateMetaSchema.shape.scene,
  speaker: StateMetaSchema.shape.speaker,
  unsustainable: StateMetaSchema.shape.unsustainable,
  choices: z.array(ShortChoiceSchema).optional(),
});
export type AuthoringState = z.infer<typeof AuthoringStateSchema>;

export const MeterSchema = z.strictObject({
  label: z.string().optional(),
  min: z.number().int(),
  max: z.number().int(),
  start: z.number().int(),
});
export type Meter = z.infer<typeof MeterSchema>;

export const PersonaKeySchema = z.enum(['able_willing', 'able_unwilling', 'unable_willing', 'unable_unwilling']);

export const PersonaSchema = z.strictObject({
  ability: z.enum(['able', 'unable']),
  willingness: z.enum(['willing', 'unwilling']),
  temperament: z.enum(['calm', 'evasive', 'anxious', 'hostile']),
  true_reason: text('Why the debtor really has not paid; hidden from the learner until discovered.'),
  other_reasons: z
    .partialRecord(PersonaKeySchema, z.string().min(1))
    .optional()
    .meta({
      description:
        "The true reason when the debtor is played with other traits (`--persona unable,willing`), keyed ability_willingness: a debtor who can't pay has a different story from one who won't.",
    }),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const DebtSchema = z.strictObject({
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD, GBP, CNY, MXN'),
  days_past_due: z.number().int().min(0),
  creditor: z.string().optional(),
  purpose: DebtPurposeSchema.optional().meta({
    description:
      "consumer (personal, family or household) or commercial (a business's debt). Decides which rules apply: consumer-protection rules and disclosures are never applied to a business debt. Default: commercial for a supplier_invoice, else consumer.",
  }),
});

/** When the contact happens and how many calls came before it: what the time and frequency rules look at. */
export const ContactSchema = z
  .strictObject({
    local_time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM, e.g. 21:30')
      .optional()
      .meta({ description: "The debtor's local time when the contact starts (HH:MM, 24-hour)." }),
    attempts_this_week: z.number().int().min(1).optional().meta({
      description: 'Calls placed to this debtor about this debt in the last 7 days, counting this one.',
    }),
    attempts_today: z.number().int().min(1).optional().meta({ description: 'Calls placed to this debtor today, counting this one.' }),
    days_since_conversation: z.number().int().min(0).optional().meta({
      description: 'Days since the last telephone conversation with the debtor about this debt (0: earlier today). Where a rule bars calls for some days after one, a call inside that gap is flagged.',
    }),
  })
  .meta({ description: 'When the contact happens; a contact outside the jurisdiction\'s hours or over its call limit is flagged on the first reply.' });
export type Contact = z.infer<typeof ContactSchema>;

export const DialogueMetaSchema = z.strictObject({
  parley: z.literal(1).optional().meta({ description: 'Format version (1).' }),
  title: text('Shown in menus and reports.'),
  language: LanguageSchema,
  summary: z.string().optional(),
  setting: z.strictObject({
    channel: z.enum(['phone', 'visit']),
    place: z.string().optional(),
    debt_kind: z.enum(['credit_card', 'personal_loan', 'supplier_invoice', 'other']),
    stage: z.enum(['early', 'late']),
  }),
  debtor: z.strictObject({
    name: text('A fictional name.'),
    persona: PersonaSchema,
    excuses: z.array(CatalogIdSchema).min(1).meta({ description: 'Excuse types this debtor uses.' }),
    debt: DebtSchema,
    business: z.string().optional(),
  }),
  collector: z.strictObject({ name: z.string().optional(), company: z.string().optional() }).optional(),
  meters: z.record(NameSchema, MeterSchema).optional().meta({
    description: 'trust, cooperation and legal_exposure always exist (0–10; start 5, 5, 0); declare them to change that, or add your own.',
  }),
  jurisdictions: z.array(JurisdictionIdSchema).optional().meta({
    description: 'Rule sets this dialogue is written for; the first with a profile (us, uk, cn) is the default when it is played.',
  }),
  contact: ContactSchema.optional(),
  tasks: z.array(CatalogIdSchema).optional().meta({ description: 'Core tasks this dialogue teaches (default: all four).' }),
});
export type DialogueMeta = z.infer<typeof DialogueMetaSchema>;

const FactValueSchema = z.union([z.boolean(), z.number(), z.string()]);

const DialogueCommonShape = {
  id: NameSchema,
  version: z.string().optional(),
  description: z.string().optional(),
  initial: NameSchema,
  context: z.strictObject({ facts: z.record(NameSchema, FactValueSchema).optional() }).optional(),
  meta: DialogueMetaSchema,
};

/** The machine form (what `parley graph --format json` and XState tools read). */
export const DialogueSchema = z.strictObject({ ...DialogueCommonShape, states: z.record(NameSchema, StateSchema) });
export type Dialogue = z.infer<typeof DialogueSchema>;

/** What an author may write: either form, per state. */
export const AuthoringDialogueSchema = z.strictObject({
  ...DialogueCommonShape,
  states: z.record(NameSchema, AuthoringStateSchema),
});
export type AuthoringDialogue = z.infer<typeof AuthoringDialogueSchema>;

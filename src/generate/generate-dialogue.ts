import { excuseTypes, EXCUSE_TYPES } from '../catalog/index.js';
import { jurisdictionProfile, jurisdictions } from '../catalog/jurisdictions.js';
import type { ProfileId } from '../schema/catalog.js';
import type { AuthoringDialogue, AuthoringState, Persona, ShortChoice } from '../schema/dialogue.js';
import type { Guard } from '../schema/guard.js';
import type { Language, LocalizedText } from '../schema/language.js';
import { BORROW, EXAGGERATION, EXCUSE_DISTRACTORS, FALSE_DEADLINE, type Distractor } from './distractors.js';
import { EXCUSE_REPLIES } from './excuse-replies.js';
import * as phrase from './phrasebook.js';
import { Dice } from './dice.js';
import { replies, type Reply } from './replies.js';
import { TRUE_REASONS } from './true-reasons.js';

export interface GenerateOptions {
  seed: number;
  /** Excuse types the debtor voices, in order; default: one, picked by the random seed. */
  excuses?: readonly string[];
  /** Traits to fix; the random seed picks the rest (and the true reason). */
  persona?: Partial<Pick<Persona, 'ability' | 'willingness' | 'temperament'>>;
  language?: Language;
  /** Default: where the language is spoken: cn for Chinese, mx for Spanish, us for English. */
  jurisdiction?: ProfileId;
}

export class UnknownExcuseError extends Error {
  constructor(readonly excuse: string) {
    super(`unknown excuse type '${excuse}'`);
    this.name = 'UnknownExcuseError';
  }
}

const HOME: Record<Language, ProfileId> = { en: 'us', es: 'mx', zh: 'cn' };
const ABILITIES = ['able', 'unable'] as const;
const WILLINGNESS = ['willing', 'unwilling'] as const;
const TEMPERAMENTS = ['calm', 'evasive', 'anxious', 'hostile'] as const;

/**
 * Builds a phone roleplay from the catalogs: an opening (with the disclosure
 * the jurisdiction requires, locked), one turn per excuse voicing the
 * catalog's example lines, the true reason, the pros and cons, an offer that
 * fits the debtor's ability and a confirmation, with a coercive distractor at
 * every turn (flagged, explained, and paired with the lawful reply). Pure: the
 * result is an ordinary dialogue in the short authoring form.
 */
export function generateDialogue(options: GenerateOptions): AuthoringDialogue {
  const dice = new Dice(options.seed);
  const language = options.language ?? 'en';
  const jurisdiction = options.jurisdiction ?? HOME[language];
  // Generated roleplays are card debts: a consumer's.
  const profile = jurisdictionProfile(jurisdiction, 'consumer');
  for (const excuse of options.excuses ?? []) if (!excuseTypes.has(excuse)) throw new UnknownExcuseError(excuse);
  const excuses = options.excuses?.length ? [...new Set(options.excuses)] : [dice.pick(EXCUSE_TYPES).id];

  const ability = options.persona?.ability ?? dice.pick(ABILITIES);
  const willingness = options.persona?.willingness ?? dice.pick(WILLINGNESS);
  const temperament = options.persona?.temperament ?? dice.pick(TEMPERAMENTS);
  const reason = dice.pick(TRUE_REASONS[`${ability}_${willingness}`]);
  const persona: Persona = { ability, willingness, temperament, true_reason: reason.summary[language] };

  const currency = jurisdictions.get(jurisdiction)!.currency;
  // Drawn in dollars, then made a debt of the same weight in the local currency.
  const scale = phrase.CURRENCY_SCALE[currency] ?? { factor: 1, unit: 10 };
  const roundTo = (n: number) => Math.round(n / scale.unit) * scale.unit;
  const amount = roundTo(dice.int(40, 480) * 10 * scale.factor);
  const part = Math.max(50 * scale.factor, roundTo(amount * 0.3));
  const days = dice.int(12, 120);
  const money = (n: number) => phrase.formatMoney(n, currency, language);
  const debtor = dice.pick(phrase.NAMES[language]);
  const disclosure = profile.requiredWording[0];
  const opening = phrase.OPENINGS[jurisdiction];
  if (disclosure && !opening.disclose[language].includes('{disclosure}')) {
    throw new Error(`the ${jurisdiction} opening must say the required wording '${disclosure.id}'`);
  }
  const slots: Record<string, string> = {
    debtor,
    collector: phrase.COLLECTOR[language],
    company: phrase.COMPANY[language],
    creditor: phrase.CREDITOR[language],
    amount: money(amount),
    part: money(part),
    rest: money(amount - part),
    days: String(days),
    date: phrase.ordinalDate(dice.int(10, 28), language),
    disclosure: disclosure?.text[language] ?? '',
    variant: String(options.seed),
    excuses: excuses.map((id) => excuseTypes.get(id)!.name[language]).join(phrase.EXCUSE_JOINER[language]),
  };
  const say = (text: LocalizedText) =>
    text[language].replace(/\{(\w+)\} ?/g, (whole, key: string) => {
      const value = slots[key];
      if (value === undefined) return whole;
      // An empty slot takes its trailing space with it.
      return value === '' ? '' : whole.endsWith(' ') ? `${value} ` : value;
    });

  const coercive = (d: Distractor, better: LocalizedText) => {
    const note = d.note?.[jurisdiction];
    return {
      flags: [...d.flags],
      feedback: say(d.feedback) + (note ? say(note) : ''),
      better: say(better),
    };
  };
  const distractor = (d: Distractor, better: LocalizedText, target: string, id: string, extra: Partial<ShortChoice> = {}): ShortChoice => ({
    id,
    text: say(d.text),
    target,
    ...coercive(d, better),
    ...extra,
  });
  /** A state's replies in an order the random seed picks, so the lawful one is not always first. */
  const state = (line: AuthoringState['line'], choices: Reply[], extra: Partial<AuthoringState> = {}): AuthoringState =>
    replies(line, dice.shuffle(choices), extra);

  const states: Record<string, AuthoringState> = {};
  const excuseState = (k: number) => `excuse_${k + 1}`;
  const firstExcuse = excuseState(0);

  states.opening = state(
    phrase.GREETING[temperament][language],
    [
      {
        id: 'identify',
        text: say(opening.identify),
        target: 'confirmed',
        meters: { trust: 1 },
        feedback: say(phrase.IDENTIFY_FEEDBACK),
      },
      distractor(phrase.BLURT_DEBT, phrase.BLURT_DEBT.better, 'confirmed', 'blurt_debt', { meters: { trust: -2, cooperation: -1 } }),
    ],
    { scene: say(phrase.SCENE) },
  );

  states.confirmed = state(say(phrase.CONFIRMED[temperament]), [
    {
      id: 'disclose_and_ask',
      text: say(opening.disclose),
      target: firstExcuse,
      tasks: ['ask_payment_today'],
      feedback: say(opening.feedback),
      ...(disclosure ? { locked: disclosure.id } : {}),
    },
    distractor(phrase.LEGAL_PRETEXT, phrase.LEGAL_PRETEXT.better, firstExcuse, 'legal_pretext', { meters: { trust: -3, cooperation: -2 } }),
  ]);

  // A hostile debtor, or one already pushed too far, hangs up on pressure; others go quiet and carry on.
  const hangsUp: Guard = {
    type: 'any',
    params: {
      guards: [
        { type: 'personaIs', params: { temperament: 'hostile' } },
        { type: 'meterAtMost', params: { meter: 'cooperation', value: 2 } },
      ],
    },
  };
  // Each excuse turn gets a different pressure tactic until they run out.
  const pool = [...EXCUSE_DISTRACTORS];
  excuses.forEach((id, k) => {
    const last = k === excuses.length - 1;
    // Pressure shuts the debtor up: after the last excuse they never say the real reason.
    const pressedNext = last ? 'consider' : excuseState(k + 1);
    const reply = EXCUSE_REPLIES[id as keyof typeof EXCUSE_REPLIES];
    const tactic = pool.splice(Math.floor(dice.next() * pool.length), 1)[0] ?? dice.pick(EXCUSE_DISTRACTORS);
    const excuse = excuseTypes.get(id)!;
    states[excuseState(k)] = state(
      excuse.examples[language],
      [
        {
          id: `understand_${k + 1}`,
          text: say(reply),
          target: last ? 'reason' : excuseState(k + 1),
          meters: { trust: 1, cooperation: 1 },
          tasks: ['understand_reason'],
          feedback: excuse.approach[language],
          ...(last ? { reveals_reason: true } : {}),
        },
        {
          id: `press_${k + 1}`,
          text: say(tactic.text),
          branches: [
            { guard: hangsUp, target: 'hung_up', ...coercive(tactic, reply) },
            { target: pressedNext, meters: { trust: -2, cooperation: -2 }, ...coercive(tactic, reply) },
          ],
        },
      ],
      { excuse: id },
    );
  });

  states.reason = state(say(reason.line), [
    {
      id: 'pros_cons',
      text: say(phrase.PROS_CONS.text),
      target: 'consider',
      meters: { cooperation: 1 },
      tasks: ['state_pros_cons'],
      feedback: say(phrase.PROS_CONS.feedback),
    },
    distractor(EXAGGERATION, phrase.PROS_CONS.text, 'consider', 'exaggerate', { meters: { trust: -2 } }),
  ]);

  // A coerced payment needs a debtor who pays when frightened; anyone else hangs up.
  const panicPays = temperament === 'anxious';
  const deadline = coercive(FALSE_DEADLINE, phrase.ASK_TODAY.text);
  states.consider = state(say(phrase.CONSIDER[temperament]), [
    {
      id: 'ask_today',
      text: say(phrase.ASK_TODAY.text),
      target: 'offer',
      meters: { cooperation: 1 },
      tasks: ['ask_payment_today'],
      feedback: say(phrase.ASK_TODAY.feedback),
    },
    {
      id: 'deadline',
      text: say(FALSE_DEADLINE.text),
      branches: [
        ...(panicPays
          ? [{ guard: { type: 'personaIs', params: { temperament: 'anxious' } } as Guard, target: 'panic_paid', ...deadline }]
          : []),
        { target: 'hung_up', ...deadline },
      ],
    },
  ]);

  const lawfulOffer = ability === 'able' ? phrase.PIN_DOWN : phrase.HARDSHIP;
  states.offer = state(say(phrase.OFFER[ability]), [
    {
      id: ability === 'able' ? 'pin_down' : 'hardship',
      text: say(lawfulOffer.text),
      target: 'terms',
      tasks: ['obtain_promise'],
      feedback: say(lawfulOffer.feedback),
    },
    ...(ability === 'able'
      ? [
          {
            id: 'pay_in_full',
            text: say(phrase.PAY_IN_FULL.text),
            target: 'paying',
            guard: { type: 'meterAtLeast', params: { meter: 'cooperation', value: 7 } } as Guard,
            tasks: ['obtain_promise'],
            feedback: say(phrase.PAY_IN_FULL.feedback),
          },
        ]
      : []),
    distractor(BORROW, lawfulOffer.text, 'complaint', 'borrow', { meters: { trust: -3 } }),
  ]);

  if (ability === 'able') {
    states.paying = state(say(phrase.PAYING), [
      {
        id: 'confirm_payment',
        text: say(phrase.CONFIRM_PAYMENT.text),
        target: 'paid',
        meters: { trust: 1 },
        feedback: say(phrase.CONFIRM_PAYMENT.feedback),
      },
    ]);
  }
  const closing = phrase.CONFIRM_TERMS[ability];
  states.terms = state(say(phrase.TERMS[ability]), [
    {
      id: 'confirm',
      text: say(closing.text),
      target: ability === 'able' ? 'promised' : 'referred',
      meters: { trust: 1 },
      tasks: ['obtain_promise'],
      feedback: say(closing.feedback),
    },
  ]);

  if (ability === 'able') {
    states.paid = { type: 'final', line: say(phrase.ENDINGS.paid), outcome: 'paid_today' };
    states.promised = { type: 'final', line: say(phrase.ENDINGS.promised), outcome: 'promise_to_pay' };
  } else {
    states.referred = { type: 'final', line: say(phrase.ENDINGS.referred), outcome: 'hardship_referral' };
  }
  if (panicPays) {
    states.panic_paid = {
      type: 'final',
      line: say(phrase.ENDINGS.panic_paid),
      outcome: 'paid_today',
      // Money this debtor does not have, paid in fright: it comes from rent or bills, or the payment is reversed.
      ...(ability === 'unable' ? { unsustainable: say(phrase.PANIC_UNSUSTAINABLE) } : {}),
    };
  }
  states.hung_up = { type: 'final', line: say(phrase.ENDINGS.hung_up), outcome: 'hung_up' };
  states.complaint = { type: 'final', line: say(phrase.ENDINGS.complaint), outcome: 'complaint_filed' };

  const slug = excuses[0]!.replace(/_/g, '-');
  return {
    id: `generated-${slug}${excuses.length > 1 ? `-plus-${excuses.length - 1}` : ''}-${options.seed}`.slice(0, 64),
    initial: 'opening',
    meta: {
      parley: 1,
      title: say(phrase.TITLE),
      language,
      summary: say(phrase.SUMMARY),
      setting: { channel: 'phone', debt_kind: 'credit_card', stage: days > 60 ? 'late' : 'early' },
      debtor: { name: debtor, persona, excuses, debt: { amount, currency, days_past_due: days, creditor: slots.creditor!, purpose: 'consumer' } },
      collector: { name: slots.collector!, company: slots.company! },
      jurisdictions: [jurisdiction],
    },
    states,
  };
}

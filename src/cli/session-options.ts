import { InvalidArgumentError, Option } from 'commander';
import { excuseTypes } from '../catalog/index.js';
import { PROFILE_IDS } from '../catalog/jurisdictions.js';
import { didYouMean, didYouMeanOrKnown } from '../validate/did-you-mean.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Contact, Persona } from '../schema/dialogue.js';
import { LANGUAGES, type Language } from '../schema/language.js';

/** Options every command that plays or checks a dialogue shares: the rule set, persona and moment of the contact. */
export interface SituationOptions {
  jurisdiction?: ProfileId;
  persona?: Partial<Persona>;
  time?: string;
  attempts?: number;
  attemptsToday?: number;
  sinceConversation?: number;
  lang?: Language;
}

const TRAITS: Record<string, Partial<Persona>> = {
  able: { ability: 'able' },
  unable: { ability: 'unable' },
  willing: { willingness: 'willing' },
  unwilling: { willingness: 'unwilling' },
  calm: { temperament: 'calm' },
  evasive: { temperament: 'evasive' },
  anxious: { temperament: 'anxious' },
  hostile: { temperament: 'hostile' },
};

/** "able,unwilling,hostile" in any order, any subset; each word names its own trait. */
export function parsePersona(value: string): Partial<Persona> {
  const persona: Partial<Persona> = {};
  for (const word of value
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)) {
    const trait = Object.hasOwn(TRAITS, word) ? TRAITS[word] : undefined;
    if (!trait) {
      const hint = didYouMean(word, Object.keys(TRAITS));
      throw new InvalidArgumentError(
        `'${word}' is not a persona trait${hint ? ` (${hint})` : ''}; use able/unable, willing/unwilling, calm/evasive/anxious/hostile`,
      );
    }
    const [key] = Object.keys(trait) as Array<keyof Persona>;
    if (persona[key!] !== undefined) throw new InvalidArgumentError(`${key} is given twice ('${persona[key!]}' and '${word}')`);
    Object.assign(persona, trait);
  }
  if (Object.keys(persona).length === 0) throw new InvalidArgumentError('expected traits such as able,unwilling,hostile');
  return persona;
}

export function parseTime(value: string): string {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value))
    throw new InvalidArgumentError(`expected a 24-hour time HH:MM such as 21:30, got '${value}'`);
  return value;
}

/** --seed: the random seed that picks line variants (and builds a generated roleplay). */
export const seedArg = (value: string) => {
  // A seed is 32 bits: 4294967296 would play as 0. Digits only ('' is not 0, '0x10' is not 16).
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > 2 ** 32 - 1) throw new InvalidArgumentError(`expected a whole number from 0 to 4294967295, got '${value}'`);
  return n;
};

export function parseDays(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number of days, 0 or more, got '${value}'`);
  return n;
}

export function parseAttempts(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of calls, 1 or more, got '${value}'`);
  return n;
}

/** Names people use for an excuse type that differ from its catalog id. */
const EXCUSE_ALIASES: Readonly<Record<string, string>> = { business_trip: 'away_on_business' };

/** Collects repeated or comma-separated excuse types, checking each against the catalog. */
export function collectExcuses(value: string, previous: string[] = []): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .map((id) => (Object.hasOwn(EXCUSE_ALIASES, id) ? EXCUSE_ALIASES[id]! : id));
  for (const id of ids) {
    if (!excuseTypes.has(id)) {
      throw new InvalidArgumentError(`unknown excuse type '${id}' (${didYouMeanOrKnown(id, excuseTypes.keys())})`);
    }
  }
  return [...previous, ...ids];
}

export const jurisdictionOption = () =>
  new Option(
    '--jurisdiction <id>',
    "rule set: us (FDCPA/Reg F), uk (FCA CONC 7), cn (Chinese rules), mx (CONDUSEF); default: where the dialogue is set, else us",
  ).choices(PROFILE_IDS);

export const languageOption = (description: string) => new Option('--lang <language>', description).choices(LANGUAGES);

/** The session's overrides of meta.contact. */
export function contactFrom(options: SituationOptions): Contact | undefined {
  const contact: Contact = {
    ...(options.time !== undefined ? { local_time: options.time } : {}),
    ...(options.attempts !== undefined ? { attempts_this_week: options.attempts } : {}),
    ...(options.attemptsToday !== undefined ? { attempts_today: options.attemptsToday } : {}),
    ...(options.sinceConversation !== undefined ? { days_since_conversation: options.sinceConversation } : {}),
  };
  return Object.keys(contact).length ? contact : undefined;
}

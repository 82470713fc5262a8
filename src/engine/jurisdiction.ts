import { coercionFlags } from '../catalog/index.js';
import { LAW_SCOPE } from '../catalog/law-scope.js';
import type { JurisdictionProfile, LegalReference, Severity } from '../schema/catalog.js';

// Validation needs these before there is an engine, so they live with the catalog; the engine plays under them.

export interface FlagUnderProfile {
  severity: Severity;
  references: LegalReference[];
  /** false when no rule of the jurisdiction covers it: situation rules leave it alone. */
  applies: boolean;
  note?: { en: string; es: string; zh: string };
}

/** Whether a reference speaks to this rule set: its jurisdiction, and an instrument that covers this kind of debt. */
export const covers = (reference: LegalReference, profile: JurisdictionProfile): boolean =>
  reference.jurisdiction === profile.id &&
  (reference.debts ?? (Object.hasOwn(LAW_SCOPE, reference.law) ? LAW_SCOPE[reference.law] : undefined) ?? ['consumer', 'commercial']).includes(profile.debts);

/** A catalog flag as one rule set treats it: its severity there and only the references that cover this kind of debt. */
export function flagUnderProfile(flagId: string, profile: JurisdictionProfile): FlagUnderProfile {
  const flag = coercionFlags.get(flagId);
  const rule = profile.flags[flagId] ?? {};
  const applies = rule.applies ?? true;
  const own = (flag?.references ?? []).filter((r) => covers(r, profile));
  return {
    severity: applies ? (rule.severity ?? flag?.severity ?? 'caution') : 'caution',
    references: own.length ? own : [profile.generalReference],
    applies,
    ...(rule.note ? { note: rule.note } : {}),
  };
}

/** Minutes since midnight for "HH:MM". */
export const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
};

/** false where the rule set limits no hours. */
export function outsideContactHours(localTime: string, profile: JurisdictionProfile): boolean {
  const hours = profile.contactHours;
  if (!hours) return false;
  const t = minutesOf(localTime);
  const to = minutesOf(hours.to);
  return t < minutesOf(hours.from) || (hours.toInclusive ? t > to : t >= to);
}

export interface CallCount {
  attemptsThisWeek?: number;
  attemptsToday?: number;
  daysSinceConversation?: number;
}

export type CallLimitBreach =
  | { period: 'week' | 'day'; attempts: number; limit: number }
  | { period: 'conversation'; days: number; limit: number };

/** Every limit the contact goes over: which count, and the limit (a count over a day's limit first). */
export function callLimitBreaches(count: CallCount, profile: JurisdictionProfile): CallLimitBreach[] {
  if (!profile.callLimits) return [];
  const { perWeek, perDay, daysAfterConversation } = profile.callLimits;
  const breaches: CallLimitBreach[] = [];
  if (perDay !== undefined && count.attemptsToday !== undefined && count.attemptsToday > perDay) {
    breaches.push({ period: 'day', attempts: count.attemptsToday, limit: perDay });
  }
  if (perWeek !== undefined && count.attemptsThisWeek !== undefined && count.attemptsThisWeek > perWeek) {
    breaches.push({ period: 'week', attempts: count.attemptsThisWeek, limit: perWeek });
  }
  // The conversation's day is day 1 of the gap (12 CFR 1006.14(b)(2)(i)(B)), so a call is allowed from day `limit` on.
  if (daysAfterConversation !== undefined && count.daysSinceConversation !== undefined && count.daysSinceConversation < daysAfterConversation) {
    breaches.push({ period: 'conversation', days: count.daysSinceConversation, limit: daysAfterConversation });
  }
  return breaches;
}

/** The first limit the contact goes over, if any. */
export const overCallLimit = (count: CallCount, profile: JurisdictionProfile): CallLimitBreach | undefined => callLimitBreaches(count, profile)[0];

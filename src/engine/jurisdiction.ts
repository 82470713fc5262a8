import { coercionFlags } from '../catalog/index.js';
import { jurisdictionProfile, jurisdictions } from '../catalog/jurisdictions.js';
import { LAW_SCOPE } from '../catalog/law-scope.js';
import type { DebtPurpose, JurisdictionProfile, LegalReference, ProfileId, Severity } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';

/** Whose debt the dialogue is about: as declared, else commercial for a supplier's invoice, else consumer. */
export function debtPurpose(dialogue: Dialogue): DebtPurpose {
  return dialogue.meta.debtor.debt.purpose ?? (dialogue.meta.setting.debt_kind === 'supplier_invoice' ? 'commercial' : 'consumer');
}

/** The jurisdiction a dialogue is set in: the first it declares that has a profile, else us. */
export function homeJurisdiction(dialogue: Dialogue): ProfileId {
  return (dialogue.meta.jurisdictions ?? []).find((id): id is ProfileId => jurisdictions.has(id as ProfileId)) ?? 'us';
}

/** The rules a dialogue is played under: the jurisdiction asked for (else its own), for its kind of debt. */
export function resolveProfile(dialogue: Dialogue, requested?: ProfileId): JurisdictionProfile {
  return jurisdictionProfile(requested ?? homeJurisdiction(dialogue), debtPurpose(dialogue));
}

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

import { coercionFlags } from '../catalog/index.js';
import { jurisdictionProfiles } from '../catalog/jurisdictions.js';
import type { JurisdictionProfile, LegalReference, ProfileId, Severity } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';

/** The profile a dialogue is played under: the one asked for, else the first it declares that has a profile, else us. */
export function resolveProfile(dialogue: Dialogue, requested?: ProfileId): JurisdictionProfile {
  const declared = (dialogue.meta.jurisdictions ?? []).find((id): id is ProfileId => jurisdictionProfiles.has(id as ProfileId));
  return jurisdictionProfiles.get(requested ?? declared ?? 'us')!;
}

export interface FlagUnderProfile {
  severity: Severity;
  references: LegalReference[];
  /** false when no rule of the jurisdiction covers it: situation rules leave it alone. */
  applies: boolean;
  note?: { en: string; es: string; zh: string };
}

/** A catalog flag as one jurisdiction treats it: its severity there and only its references. */
export function flagUnderProfile(flagId: string, profile: JurisdictionProfile): FlagUnderProfile {
  const flag = coercionFlags.get(flagId);
  const rule = profile.flags[flagId] ?? {};
  const applies = rule.applies ?? true;
  const own = (flag?.references ?? []).filter((r) => r.jurisdiction === profile.id);
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

export function outsideContactHours(localTime: string, profile: JurisdictionProfile): boolean {
  const t = minutesOf(localTime);
  return t < minutesOf(profile.contactHours.from) || t >= minutesOf(profile.contactHours.to);
}

export interface CallCount {
  attemptsThisWeek?: number;
  attemptsToday?: number;
}

/** The first limit the contact goes over, if any: which count, and the limit. */
export function overCallLimit(
  count: CallCount,
  profile: JurisdictionProfile,
): { period: 'week' | 'day'; attempts: number; limit: number } | undefined {
  const { perWeek, perDay } = profile.callLimits;
  if (perDay !== undefined && count.attemptsToday !== undefined && count.attemptsToday > perDay) {
    return { period: 'day', attempts: count.attemptsToday, limit: perDay };
  }
  if (perWeek !== undefined && count.attemptsThisWeek !== undefined && count.attemptsThisWeek > perWeek) {
    return { period: 'week', attempts: count.attemptsThisWeek, limit: perWeek };
  }
  return undefined;
}

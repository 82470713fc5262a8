import type { Severity } from '../schema/catalog.js';
import { flagUnderProfile } from './jurisdiction.js';
import type { SituationInput, SituationRule } from './situation.js';

export interface SituationFlags {
  /** Flags the moment raises that the reply does not carry itself, with why. */
  situational: Array<{ flag: string; because: string }>;
  /** Severity of every flag raised (the reply's own and the situation's) under the profile. */
  severities: Record<string, Severity>;
}

/**
 * What one reply raises beyond its own flags, because of when it is made. The
 * engine applies this to every step; path analysis applies it to every edge,
 * so both see the same flags and the same legal exposure.
 */
export function situationFlags(rules: readonly SituationRule[], input: SituationInput): SituationFlags {
  const authored = input.transition.meta?.flags ?? [];
  const situational: SituationFlags['situational'] = [];
  for (const rule of rules) {
    const hit = rule.check(input);
    if (!hit || authored.includes(hit.flag)) continue;
    // Two moments that raise the same flag (over the call count and inside the gap after a conversation) are one flag with both reasons.
    const same = situational.find((s) => s.flag === hit.flag);
    if (same) same.because = `${same.because} ${hit.because}`;
    else situational.push({ ...hit });
  }
  const severities: Record<string, Severity> = {};
  for (const id of authored) severities[id] = flagUnderProfile(id, input.jurisdiction).severity;
  for (const { flag } of situational) severities[flag] = flagUnderProfile(flag, input.jurisdiction).severity;
  return { situational, severities };
}

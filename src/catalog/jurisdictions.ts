import type { DebtPurpose, Jurisdiction, JurisdictionProfile, ProfileId } from '../schema/catalog.js';
import { CN } from './jurisdictions/cn.js';
import { MX } from './jurisdictions/mx.js';
import { UK } from './jurisdictions/uk.js';
import { US } from './jurisdictions/us.js';

/**
 * The rule sets a dialogue can be played and checked under, one file per
 * jurisdiction, each with a consumer and a commercial rule set: most collection
 * statutes protect consumers only. The flag catalog's severities are the US
 * consumer ones, so a rule set only lists where it differs: a binding rule makes
 * a tactic a violation there, and a flag no rule covers is not raised by
 * situation rules. docs/LEGAL.md lists every reference with its source.
 */
export const JURISDICTIONS = [US, UK, CN, MX] as const satisfies readonly Jurisdiction[];

export const jurisdictions: ReadonlyMap<ProfileId, Jurisdiction> = new Map(JURISDICTIONS.map((j) => [j.id, j as Jurisdiction]));

export const PROFILE_IDS = JURISDICTIONS.map((j) => j.id);

const profiles = new Map<string, JurisdictionProfile>();

/** One jurisdiction's rules for one kind of debt: what a session is judged by. Built once per pair. */
export function jurisdictionProfile(id: ProfileId, debts: DebtPurpose): JurisdictionProfile {
  const key = `${id}:${debts}`;
  let profile = profiles.get(key);
  if (!profile) {
    const { consumer, commercial, ...jurisdiction } = jurisdictions.get(id)!;
    profile = { ...jurisdiction, debts, ...(debts === 'consumer' ? consumer : commercial) };
    profiles.set(key, profile);
  }
  return profile;
}

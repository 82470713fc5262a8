import type { DebtPurpose, JurisdictionProfile, ProfileId } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';
import { jurisdictionProfile, jurisdictions } from './jurisdictions.js';

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

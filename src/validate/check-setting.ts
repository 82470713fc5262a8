import { jurisdictions } from '../catalog/jurisdictions.js';
import { homeJurisdiction } from '../catalog/dialogue-jurisdiction.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { Finding } from './finding.js';

/**
 * A dialogue is set where its rules apply: the money is that country's. A
 * Chinese call in yuan judged by US rules, or pesos under the FCA, teaches the
 * wrong law.
 */
export function checkSetting(dialogue: Dialogue): Finding[] {
  const { currency } = dialogue.meta.debtor.debt;
  const home = homeJurisdiction(dialogue);
  const expected = jurisdictions.get(home)!.currency;
  if (currency === expected) return [];
  const declared = (dialogue.meta.jurisdictions ?? []).some((id) => jurisdictions.has(id as ProfileId));
  const matching = [...jurisdictions.values()].find((j) => j.currency === currency);
  return [
    {
      code: 'PAR246',
      severity: 'error',
      message: `the debt is in ${currency}, but the dialogue is set under ${home} rules, where debts are in ${expected}${declared ? '' : ' (no jurisdiction declared: us is the default)'}`,
      path: ['meta', 'debtor', 'debt', 'currency'],
      hint: matching
        ? `set meta.jurisdictions to [${matching.id}] if the call happens there, or use ${expected}`
        : `use ${expected}, or set meta.jurisdictions to where the call happens`,
    },
  ];
}

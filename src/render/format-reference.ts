import type { LegalReference } from '../schema/catalog.js';

/** "FDCPA 15 U.S.C. 1692e(3)", "FCA CONC 7.9.7R": the instrument, then the cite, without saying a word twice. */
export function formatReference(reference: LegalReference): string {
  const law = reference.law.split(' ');
  const cite = reference.cite;
  if (cite.toLowerCase().startsWith(reference.law.toLowerCase())) return cite;
  if (law.length > 1 && cite.startsWith(`${law[law.length - 1]} `)) return `${law.slice(0, -1).join(' ')} ${cite}`;
  return `${reference.law} ${cite}`;
}

const DEFAULT_JURISDICTIONS = ['us', 'uk', 'cn'] as const;

/** The leading reference for each jurisdiction: what fits on one line of a debrief. */
export function primaryReferences(references: readonly LegalReference[], jurisdictions: readonly string[] = DEFAULT_JURISDICTIONS): LegalReference[] {
  return jurisdictions.flatMap((j) => references.find((r) => r.jurisdiction === j) ?? []);
}

export function formatReferences(references: readonly LegalReference[], jurisdictions?: readonly string[]): string {
  const chosen = primaryReferences(references, jurisdictions?.length ? jurisdictions : undefined);
  return (chosen.length ? chosen : references.slice(0, 1)).map(formatReference).join('; ');
}

import type { LegalReference } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';

/**
 * "FDCPA 15 U.S.C. 1692e(3)", "FCA CONC 7.9.7R": the instrument, then the cite, without saying a word twice.
 * In a session whose language is the one the law was made in, its official name is used:
 * "《中华人民共和国刑法》第二百三十八条", "Código Penal Federal art. 284 Bis".
 */
export function formatReference(reference: LegalReference, language?: Language): string {
  const official = reference.official;
  if (official && language === official.language) {
    const cite = official.cite ?? reference.cite;
    return language === 'zh' ? `${official.law}${cite}` : `${official.law} ${cite}`;
  }
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

/** The leading references, each in the session's language where the law has an official name in it. */
export function formatReferences(references: readonly LegalReference[], jurisdictions?: readonly string[], language?: Language): string {
  const chosen = primaryReferences(references, jurisdictions?.length ? jurisdictions : undefined);
  return (chosen.length ? chosen : references.slice(0, 1)).map((r) => formatReference(r, language)).join('; ');
}

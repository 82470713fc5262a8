import type { Language } from '../schema/language.js';

/**
 * The built-in meters' names in each language. A dialogue may label a meter
 * itself; where it keeps the English default, screens and transcripts show
 * these in the reader's language instead.
 */
export const BUILT_IN_METER_NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { trust: 'Trust', cooperation: 'Cooperation', legal_exposure: 'Legal exposure' },
  es: { trust: 'Confianza', cooperation: 'Cooperación', legal_exposure: 'Riesgo legal' },
  zh: { trust: '信任', cooperation: '配合度', legal_exposure: '法律风险' },
};

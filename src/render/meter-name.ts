import { BUILT_IN_METER_NAMES } from '../catalog/meter-names.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { Language } from '../schema/language.js';
import { sanitizeLine } from '../text/sanitize.js';

/**
 * The author's label if they gave one, else the built-in meter's name in
 * `language` (the loader fills in the English names for built-in meters, so an
 * English label equal to the default counts as not given).
 */
export function meterName(dialogue: Dialogue, id: string, language: Language): string {
  const label = dialogue.meta.meters?.[id]?.label;
  if (label && label !== BUILT_IN_METER_NAMES.en[id]) return sanitizeLine(label);
  return BUILT_IN_METER_NAMES[language][id] ?? sanitizeLine(label ?? id);
}

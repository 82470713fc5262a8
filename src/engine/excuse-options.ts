import { EXCUSE_TYPES } from '../catalog/index.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { Language } from '../schema/language.js';

export interface ExcuseOption {
  id: string;
  name: string;
}

/**
 * The excuse types a learner picks from when naming what the debtor just said:
 * every excuse this debtor uses, padded with others from the catalog so the
 * answer is not given away, in catalog order.
 */
export function excuseOptions(dialogue: Dialogue, language: Language, size = 6): ExcuseOption[] {
  const declared = new Set(dialogue.meta.debtor.excuses);
  const others = EXCUSE_TYPES.filter((e) => !declared.has(e.id)).slice(0, Math.max(0, size - declared.size));
  const shown = new Set([...declared, ...others.map((e) => e.id)]);
  return EXCUSE_TYPES.filter((e) => shown.has(e.id)).map((e) => ({ id: e.id, name: e.name[language] }));
}

/** Whether the learner named the excuse the debtor's current line voices. */
export const namesExcuse = (voiced: string | undefined, guess: string): boolean => voiced !== undefined && voiced === guess;

import { createContext } from 'react';
import type { Language } from '../schema/language.js';
import { UI_STRINGS, type UiStrings } from './ui-strings.js';

export interface Ui {
  language: Language;
  t: UiStrings;
  /** False under NO_COLOR or without a colour terminal: components then use text markers instead. */
  color: boolean;
}

export const UiContext = createContext<Ui>({ language: 'en', t: UI_STRINGS.en, color: false });

import type { KeyWords, UiStrings } from './ui-strings.js';

export type KeyScreen = 'menu' | 'play' | 'typing' | 'confirm' | 'quiz' | 'over' | 'debrief';

export interface KeyHint {
  key: string;
  words: KeyWords;
}

/** The keys each screen answers to: drawn in its key bar and, described in full, in the `?` panel. */
export function keysFor(screen: KeyScreen, t: UiStrings, options: { practice?: boolean; items?: number; menu?: boolean } = {}): KeyHint[] {
  const k = t.keys;
  const hint = (key: string, words: KeyWords): KeyHint => ({ key, words });
  const pick = hint(options.items && options.items > 1 ? `1–${Math.min(options.items, 9)}` : '1', k.pick);
  const common = [hint('?', k.help), hint('q', k.quit)];
  switch (screen) {
    case 'menu':
      return [hint('↑↓', k.move), hint('Enter', k.choose), pick, ...common];
    case 'quiz':
      return [hint('↑↓', k.move), hint('Enter', k.choose), pick, hint('Esc', k.close), ...common];
    case 'over':
      return [hint('Enter', k.debrief), hint('PgUp PgDn', k.scroll), ...common];
    case 'debrief':
      return [hint('↑↓ PgUp PgDn', k.scroll), hint('r', k.replay), ...(options.menu ? [hint('m', k.menu)] : []), ...common];
    // While typing every printable key is text: Esc leaves typing, Ctrl-C still quits.
    case 'typing':
      return [hint('Enter', k.check), hint('Esc', k.stopTyping), hint('PgUp PgDn', k.scroll), hint('Ctrl-C', k.quit)];
    case 'confirm':
      return [hint('Enter', k.confirm), hint('Tab', k.list), hint('PgUp PgDn', k.scroll), hint('Ctrl-C', k.quit)];
    case 'play':
      return [
        hint('↑↓', k.move),
        hint('Enter', k.choose),
        pick,
        hint('t', k.type),
        ...(options.practice ? [hint('u', k.undo), hint('e', k.excuse)] : []),
        hint('PgUp PgDn', k.scroll),
        ...common,
      ];
  }
}

import type { LibraryEntry } from '../io/dialogue-library.js';
import type { Language } from '../schema/language.js';

/**
 * The dialogues a menu offers. With a language asked for, each dialogue is
 * listed once, in that language where it has a version; without, every file is.
 */
export function menuEntries(entries: readonly LibraryEntry[], language: Language | undefined): LibraryEntry[] {
  if (!language) return [...entries];
  const byId = new Map<string, LibraryEntry>();
  for (const entry of entries) {
    const kept = byId.get(entry.id);
    if (!kept || (kept.language !== language && entry.language === language)) byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

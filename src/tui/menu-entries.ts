import type { LibraryEntry } from '../io/dialogue-library.js';
import type { Language } from '../schema/language.js';

/**
 * The dialogues a menu offers: each dialogue once, in the learner's language
 * where it has a version, else in English, else in whatever version exists.
 */
export function menuEntries(entries: readonly LibraryEntry[], language: Language | undefined): LibraryEntry[] {
  const wanted = language ?? 'en';
  const rank = (entry: LibraryEntry) => (entry.language === wanted ? 0 : entry.language === 'en' ? 1 : 2);
  const byId = new Map<string, LibraryEntry>();
  for (const entry of entries) {
    const kept = byId.get(entry.id);
    if (!kept || rank(entry) < rank(kept)) byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

const ORDER: readonly Language[] = ['en', 'es', 'zh'];

/** Every language version of each dialogue, by id, in a fixed order (en, es, zh). */
export function versionsById(entries: readonly LibraryEntry[]): Map<string, LibraryEntry[]> {
  const byId = new Map<string, LibraryEntry[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  for (const list of byId.values()) list.sort((a, b) => ORDER.indexOf(a.language) - ORDER.indexOf(b.language));
  return byId;
}

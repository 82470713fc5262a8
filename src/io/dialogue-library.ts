import { debtPurpose, homeJurisdiction } from '../catalog/dialogue-jurisdiction.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DebtPurpose, ProfileId } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';
import { findDialogueFiles } from './find-dialogues.js';
import { DEFAULT_LIMITS, loadDialogueFile, type LoadedDialogueFile, type LoadLimits } from './load-dialogue-file.js';

/** What a menu or a report needs to know about a dialogue without playing it. */
export interface LibraryEntry {
  file: string;
  id: string;
  title: string;
  language: Language;
  summary?: string;
  excuses: string[];
  channel: 'phone' | 'visit';
  debtKind: string;
  /** Whose debt: decides which rules apply. */
  debts: DebtPurpose;
  /** Where the call happens: the rule set it is played under by default. */
  jurisdiction: ProfileId;
  stage: 'early' | 'late';
  outcomes: string[];
  loaded: Extract<LoadedDialogueFile, { ok: true }>;
}

export interface Library {
  entries: LibraryEntry[];
  /** Files that did not load, with why. */
  problems: Diagnostic[];
}

/**
 * Every valid dialogue under the given paths. Language versions of one dialogue
 * share its `id` and differ in `meta.language` (by convention
 * `name.es.yaml` beside `name.yaml`).
 */
export function loadLibrary(paths: readonly string[], limits: LoadLimits = DEFAULT_LIMITS): Library {
  const entries: LibraryEntry[] = [];
  const problems: Diagnostic[] = [];
  for (const file of findDialogueFiles(paths)) {
    const loaded = loadDialogueFile(file, limits);
    if (!loaded.ok) {
      problems.push(...loaded.diagnostics.filter((d) => d.severity === 'error'));
      continue;
    }
    const { dialogue } = loaded.compiled;
    const { meta } = dialogue;
    entries.push({
      file,
      id: dialogue.id,
      title: meta.title,
      language: meta.language,
      ...(meta.summary ? { summary: meta.summary } : {}),
      excuses: meta.debtor.excuses,
      channel: meta.setting.channel,
      debtKind: meta.setting.debt_kind,
      debts: debtPurpose(dialogue),
      jurisdiction: homeJurisdiction(dialogue),
      stage: meta.setting.stage,
      outcomes: [...new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])))],
      loaded,
    });
  }
  return { entries, problems };
}

/** The version of dialogue `id` in `language`, if the library has one. */
export function findVersion(library: Library, id: string, language: Language): LibraryEntry | undefined {
  return library.entries.find((e) => e.id === id && e.language === language);
}

import { checkLanguageVersions } from '../validate/check-language-versions.js';
import { checkLockedWording } from '../validate/check-locked-wording.js';
import { resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import { findDialogueFiles } from '../io/find-dialogues.js';
import { loadDialogueFile, type LoadedDialogueFile, type LoadLimits } from '../io/load-dialogue-file.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { positionFinding } from '../validate/position-finding.js';
import type { DebtPurpose, ProfileId } from '../schema/catalog.js';

export interface CheckRequest {
  limits: LoadLimits;
  /** A rule set to check under besides the ones each dialogue declares. */
  jurisdiction?: ProfileId | undefined;
  /** Also explore each dialogue with its guards and meters (`validate --deep`, `analyze`). */
  deep?: { maxSituations: number } | undefined;
}

export interface CheckResult {
  files: string[];
  /** How many files have at least one error. */
  invalid: number;
  diagnostics: Diagnostic[];
  profiles: Array<{ file: string; jurisdiction: ProfileId; debts: DebtPurpose }>;
  /** Situations explored by the deep check (0 without it). */
  situations: number;
}

/**
 * Everything `parley validate` checks, and with `deep` what `parley analyze`
 * adds: each file on its own, its locked wording under any extra rule set,
 * language versions of one dialogue against each other, then the guard-aware
 * exploration. One function, so the two commands cannot drift apart.
 */
export async function checkDialogueFiles(paths: readonly string[], request: CheckRequest): Promise<CheckResult> {
  const files = findDialogueFiles(paths);
  const results = files.map((file) => withProfile(loadDialogueFile(file, request.limits), request.jurisdiction));
  const loaded = results.filter((r): r is Extract<LoadedDialogueFile, { ok: true }> => r.ok);
  const across = checkLanguageVersions(loaded.map((r) => ({ file: r.file, dialogue: r.compiled.dialogue, sourceMap: r.sourceMap })));
  let situations = 0;
  const deep: Diagnostic[] = [];
  if (request.deep) {
    // The analysis loads only when asked for.
    const { deepDiagnostics } = await import('./deep-check.js');
    for (const r of loaded) {
      const found = deepDiagnostics(r, request.deep.maxSituations);
      situations += found.situations;
      deep.push(...found.diagnostics);
    }
  }
  const diagnostics = [...results.flatMap((r) => r.diagnostics), ...across, ...deep].sort(compareDiagnostics);
  const failing = [...across, ...deep].filter((d) => d.severity === 'error').map((d) => d.file);
  const invalid = new Set([...results.filter((r) => !r.ok).map((r) => r.file), ...failing]).size;
  const profiles = loaded.map((r) => {
    const profile = resolveProfile(r.compiled.dialogue, request.jurisdiction);
    return { file: r.file, jurisdiction: profile.id, debts: profile.debts };
  });
  return { files, invalid, diagnostics, profiles, situations };
}

/** Adds the wording checks of a profile asked for on the command line that the dialogue does not declare itself. */
function withProfile(result: LoadedDialogueFile, jurisdiction: ProfileId | undefined): LoadedDialogueFile {
  if (!result.ok || !jurisdiction) return result;
  const extra = checkLockedWording(result.compiled.dialogue, [jurisdiction])
    .filter((finding) => finding.code === 'PAR242' && finding.path[0] === 'id')
    .map((finding) => positionFinding(finding, result.sourceMap, result.file));
  if (extra.length === 0) return result;
  return { ok: false, file: result.file, diagnostics: [...result.diagnostics, ...extra] };
}

import { checkDialogue } from './check-dialogue.js';
import { checkLockedWording } from './check-locked-wording.js';
import { checkSetting } from './check-setting.js';
import { AuthoringDialogueSchema, type Dialogue } from '../schema/dialogue.js';
import { compareDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_YAML_LIMITS, parseYaml, type YamlLimits } from '../load/parse-yaml.js';
import { normalizeDialogue } from './normalize.js';
import { positionFinding } from './position-finding.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { checkSchemaReference } from './schema-reference.js';
import { checkSize, DEFAULT_SIZE_LIMITS, type SizeLimits } from './size-limits.js';
import type { SourceMap } from '../load/source-map.js';

export type LoadResult =
  | { ok: true; dialogue: Dialogue; diagnostics: Diagnostic[]; sourceMap: SourceMap }
  | { ok: false; diagnostics: Diagnostic[] };

/** Every resource limit the loader applies; the size limits are optional so older callers keep working. */
export type DialogueLimits = YamlLimits & Partial<SizeLimits>;

export const DEFAULT_DIALOGUE_LIMITS: Required<DialogueLimits> = { ...DEFAULT_YAML_LIMITS, ...DEFAULT_SIZE_LIMITS };

/**
 * Text in, a checked dialogue (or every problem with it) out. `file` only labels
 * diagnostics; nothing here touches the file system.
 */
export function loadDialogue(text: string, file: string, limits: DialogueLimits = DEFAULT_DIALOGUE_LIMITS): LoadResult {
  const result = loadChecked(text, file, limits);
  const references = checkSchemaReference(text, file);
  if (references.length === 0) return result;
  result.diagnostics = [...result.diagnostics, ...references].sort(compareDiagnostics);
  return result;
}

function loadChecked(text: string, file: string, limits: DialogueLimits): LoadResult {
  const parsed = parseYaml(text, file, limits);
  if (parsed.diagnostics.length) return { ok: false, diagnostics: parsed.diagnostics };
  const { value, sourceMap } = parsed;
  if (value === null || value === undefined) {
    return { ok: false, diagnostics: [{ code: 'PAR006', severity: 'error', message: 'the file is empty; a dialogue needs id, initial, meta and states', file, line: 1, col: 1 }] };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const at = sourceMap.at([]);
    return { ok: false, diagnostics: [{ code: 'PAR006', severity: 'error', message: 'a dialogue file must be a mapping with id, initial, meta and states', file, ...at }] };
  }

  const oversized = checkSize(value as Record<string, unknown>, {
    maxStates: limits.maxStates ?? DEFAULT_SIZE_LIMITS.maxStates,
    maxChoices: limits.maxChoices ?? DEFAULT_SIZE_LIMITS.maxChoices,
  });
  if (oversized) return { ok: false, diagnostics: [positionFinding(oversized, sourceMap, file)] };

  const shaped = AuthoringDialogueSchema.safeParse(value);
  if (!shaped.success) {
    return { ok: false, diagnostics: schemaDiagnostics(shaped.error, AuthoringDialogueSchema, value, sourceMap, file).sort(compareDiagnostics) };
  }

  const { dialogue, findings } = normalizeDialogue(shaped.data, sourceMap);
  findings.push(...checkDialogue(dialogue), ...checkSetting(dialogue), ...checkLockedWording(dialogue));
  const diagnostics = findings.map((f) => positionFinding(f, sourceMap, file)).sort(compareDiagnostics);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, dialogue, diagnostics, sourceMap };
}

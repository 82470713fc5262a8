import { Option } from 'commander';
import { analyzeDialogue } from '../analyze/analyze-dialogue.js';
import { DEFAULT_MAX_SITUATIONS } from '../analyze/situation-graph.js';
import type { LoadedDialogueFile } from '../io/load-dialogue-file.js';
import type { Diagnostic } from '../load/diagnostic.js';
import { positionFinding } from '../load/load-dialogue.js';
import { positiveInt } from './limits-options.js';

export const maxSituationsOption = () =>
  new Option('--max-situations <n>', 'bound on the situations (state + guard-read values) explored per dialogue')
    .argParser(positiveInt)
    .default(DEFAULT_MAX_SITUATIONS);

/** The guard-aware findings for one loaded dialogue, at their file positions (shared by analyze and validate --deep). */
export function deepDiagnostics(
  loaded: Extract<LoadedDialogueFile, { ok: true }>,
  maxSituations: number,
): { diagnostics: Diagnostic[]; situations: number } {
  const analysis = analyzeDialogue(loaded.compiled, { maxSituations });
  return {
    diagnostics: analysis.findings.map((f) => positionFinding(f, loaded.sourceMap, loaded.file)),
    situations: analysis.graph.situations.length,
  };
}

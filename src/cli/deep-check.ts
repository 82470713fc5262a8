import { analyzeDialogue } from '../analyze/analyze-dialogue.js';
import type { LoadedDialogueFile } from '../io/load-dialogue-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { positionFinding } from '../validate/position-finding.js';
import { freeReplyFindings } from '../match/free-reply-findings.js';
export { maxSituationsOption } from './max-situations-option.js';

/** The guard-aware findings for one loaded dialogue, at their file positions (shared by analyze and validate --deep). */
export function deepDiagnostics(
  loaded: Extract<LoadedDialogueFile, { ok: true }>,
  maxSituations: number,
): { diagnostics: Diagnostic[]; situations: number } {
  const analysis = analyzeDialogue(loaded.compiled, { maxSituations });
  return {
    // Free reply's findings come from the matcher, a layer after the analysis, so they join here.
    diagnostics: [...analysis.findings, ...freeReplyFindings(loaded.compiled.dialogue)].map((f) => positionFinding(f, loaded.sourceMap, loaded.file)),
    situations: analysis.graph.situations.count,
  };
}

import { createHash } from 'node:crypto';
import { compileDialogue, type CompiledDialogue } from '../compile/compile-machine.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_DIALOGUE_LIMITS, loadDialogue, type DialogueLimits } from '../validate/load-dialogue.js';
import type { SourceMap } from '../load/source-map.js';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from './read-text-file.js';

export type LoadLimits = DialogueLimits & { maxBytes: number };

export const DEFAULT_LIMITS: Required<LoadLimits> = { ...DEFAULT_DIALOGUE_LIMITS, maxBytes: DEFAULT_MAX_FILE_BYTES };

export type LoadedDialogueFile =
  | { ok: true; file: string; compiled: CompiledDialogue; hash: string; diagnostics: Diagnostic[]; sourceMap: SourceMap }
  | { ok: false; file: string; diagnostics: Diagnostic[] };

/** File path in, compiled dialogue (with the text's hash, for transcripts) or diagnostics out. */
export function loadDialogueFile(file: string, limits: LoadLimits = DEFAULT_LIMITS): LoadedDialogueFile {
  const read = readTextFile(file, limits.maxBytes);
  if (!read.ok) return { ok: false, file, diagnostics: [read.diagnostic] };
  const loaded = loadDialogue(read.text, file, limits);
  if (!loaded.ok) return { ok: false, file, diagnostics: loaded.diagnostics };
  const hash = createHash('sha256').update(read.text).digest('hex');
  return { ok: true, file, compiled: compileDialogue(loaded.dialogue), hash, diagnostics: loaded.diagnostics, sourceMap: loaded.sourceMap };
}

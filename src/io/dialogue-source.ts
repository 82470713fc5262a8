import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { compileDialogue, type CompiledDialogue } from '../compile/compile-machine.js';
import { generateDialogue, type GenerateOptions } from '../generate/generate-dialogue.js';
import { dialogueToYaml } from '../generate/to-yaml.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import { loadDialogue } from '../validate/load-dialogue.js';
import type { Language } from '../schema/language.js';
import { writeFileAtomic } from './atomic-write.js';
import { findVersion, loadLibrary } from './dialogue-library.js';
import { loadDialogueFile, type LoadLimits } from './load-dialogue-file.js';
import { schemaPathFor } from './schema-location.js';

/** A dialogue ready to play, with the file name and text hash a transcript records. */
export interface DialogueSource {
  compiled: CompiledDialogue;
  file: string;
  hash: string;
}

/** Either the file's problems (file:line:col) or, when it is fine but has no version in the language asked for, a message saying which there are. */
export type SourceResult = { ok: true; source: DialogueSource } | { ok: false; diagnostics: Diagnostic[]; message?: string };

/** The dialogue in `file`, or with `language` its version in that language from the same folder (same id). */
export function dialogueFromFile(file: string, limits: LoadLimits, language?: Language): SourceResult {
  let loaded = loadDialogueFile(file, limits);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const { dialogue } = loaded.compiled;
  if (language && dialogue.meta.language !== language) {
    const library = loadLibrary([dirname(file)], limits);
    const version = findVersion(library, dialogue.id, language);
    if (!version) {
      const available = [...new Set(library.entries.filter((e) => e.id === dialogue.id).map((e) => e.language))].sort();
      return {
        ok: false,
        diagnostics: [],
        message: `there is no '${language}' version of '${dialogue.id}' in ${dirname(file)}; available: ${available.join(', ') || dialogue.meta.language}`,
      };
    }
    loaded = version.loaded;
  }
  return { ok: true, source: { compiled: loaded.compiled, file: loaded.file, hash: loaded.hash } };
}

/**
 * A roleplay built from the catalogs and checked exactly as a file would be;
 * with `out`, written there (next to a schema reference an editor can follow).
 */
export function generatedDialogue(options: GenerateOptions, out?: string): DialogueSource {
  const dialogue = generateDialogue(options);
  const file = out ?? `${dialogue.id}.yaml`;
  const text = dialogueToYaml(dialogue, out ? schemaPathFor(out) : undefined);
  const loaded = loadDialogue(text, file);
  // The generator's own output failing validation is a bug in Parley, not a user error.
  if (!loaded.ok) throw new Error(`the generated roleplay does not validate: ${loaded.diagnostics.map(diagnosticText).join('; ')}`);
  if (out) writeFileAtomic(out, text);
  return { compiled: compileDialogue(loaded.dialogue), file, hash: createHash('sha256').update(text).digest('hex') };
}

import { compileDialogue, type CompiledDialogue } from '../../src/compile/compile-machine.js';
import { diagnosticText } from '../../src/diagnostics/diagnostic-text.js';
import { loadDialogue } from '../../src/validate/load-dialogue.js';

/** Loads and compiles YAML text, failing the test with the diagnostics if it is invalid. */
export function compileText(text: string, file = 'test.yaml'): CompiledDialogue {
  const result = loadDialogue(text, file);
  if (!result.ok) throw new Error(result.diagnostics.map(diagnosticText).join('\n'));
  return compileDialogue(result.dialogue);
}

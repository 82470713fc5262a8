import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { AuthoringDialogue } from '../schema/dialogue.js';

export const DEFAULT_SCHEMA_PATH = '../schema/dialogue.schema.json';

/** Small values written on one line, the way the hand-written dialogues are: `meters: { trust: 1 }`. */
const ONE_LINE = new Set(['meters', 'flags', 'tasks', 'excuses', 'jurisdictions', 'setting', 'debt', 'collector', 'guard']);

/**
 * A dialogue as a file an author can open and edit: the editor-schema line,
 * then block YAML with short values on one line (no anchors, no folding).
 */
export function dialogueToYaml(dialogue: AuthoringDialogue, schemaPath: string = DEFAULT_SCHEMA_PATH): string {
  const doc = new Document(dialogue, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (ONE_LINE.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      // Actions read best one per line, as in the shipped dialogues.
      if (key === 'actions' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return `# yaml-language-server: $schema=${schemaPath}\n${doc.toString({ lineWidth: 0 })}`;
}

// The labelled sentences of tests/lint-corpus/, read the same way by lint-eval and lint-train.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Language } from '../src/schema/language.js';

export interface CorpusSentence {
  /** folder/file/n: the file's name without .yaml (en, es, zh, en2 …), n counting from 1 in it. */
  id: string;
  text: string;
  flags: string[];
  note?: string;
  language: Language;
  file: string;
}

export const CORPUS_ROOT = 'tests/lint-corpus';

/**
 * Labels given again under the current 20 flag definitions, for sentences
 * labelled before `threat_to_expose` existed (docs/LINT.md, round 5): the
 * frozen files stay as delivered, and this list says which labels now stand.
 */
export const RELABELLED = join(CORPUS_ROOT, 'relabelled.yaml');

interface Relabel {
  id: string;
  text: string;
  flags: string[];
}

function relabels(): Map<string, Relabel> {
  if (!existsSync(RELABELLED)) return new Map();
  const doc = parse(readFileSync(RELABELLED, 'utf8')) as { sentences: Relabel[] };
  return new Map(doc.sentences.map((r) => [r.id, r]));
}

/** One folder of the corpus (dev/ … dev-8/, blind/ … blind-7/), with the relabelled flags where there are any. */
export function readFolder(folder: string, options: { relabelled?: boolean } = {}): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  const dir = join(CORPUS_ROOT, folder);
  if (!existsSync(dir)) return out;
  const again = options.relabelled === false ? new Map<string, Relabel>() : relabels();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const doc = parse(readFileSync(file, 'utf8')) as { language: Language; sentences: { text: string; flags: string[]; note?: string }[] };
    doc.sentences.forEach((s, i) => {
      const id = `${folder}/${name.replace(/\.yaml$/, '')}/${i + 1}`;
      const relabel = again.get(id);
      if (relabel && relabel.text !== s.text) throw new Error(`${RELABELLED}: ${id} is not "${relabel.text}" but "${s.text}"`);
      out.push({ id, text: s.text, flags: relabel ? relabel.flags : (s.flags ?? []), note: s.note, language: doc.language, file });
    });
  }
  return out;
}

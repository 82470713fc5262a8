// The labelled sentences of tests/lint-corpus/, read the same way by lint-eval and lint-train.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Language } from '../src/schema/language.js';

export interface CorpusSentence {
  text: string;
  flags: string[];
  note?: string;
  language: Language;
  file: string;
}

export const CORPUS_ROOT = 'tests/lint-corpus';

/** One folder of the corpus (dev/, dev-extra/, dev-2/, dev-3/, blind/, blind-2/, blind-3/). */
export function readFolder(folder: string): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  const dir = join(CORPUS_ROOT, folder);
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const doc = parse(readFileSync(file, 'utf8')) as { language: Language; sentences: { text: string; flags: string[]; note?: string }[] };
    for (const s of doc.sentences) out.push({ text: s.text, flags: s.flags ?? [], note: s.note, language: doc.language, file });
  }
  return out;
}

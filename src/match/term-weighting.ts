import type { Features } from './reply-features.js';

/**
 * TF-IDF over the replies on one screen: a word every reply uses ("Friday's
 * fine") tells them apart less than one only one reply uses ("half"). The
 * documents are each choice's text and each of its examples.
 */
export type Idf = (feature: string) => number;

export function inverseDocumentFrequency(documents: readonly Features[]): Idf {
  const df = new Map<string, number>();
  for (const d of documents) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = documents.length;
  // Smoothed and never zero: with two choices, a shared word still counts for something.
  return (feature) => Math.log(1 + (n + 1) / ((df.get(feature) ?? 0) + 0.5));
}

/** Feature weights times idf. */
export function weigh(features: Features, idf: Idf): Map<string, number> {
  const out = new Map<string, number>();
  for (const [f, w] of features) out.set(f, w * idf(f));
  return out;
}

const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

/**
 * How alike a typed reply and a document are: the cosine of their weighted
 * features, and how much of what was typed the document accounts for
 * (a short paraphrase of a long choice text is all inside it).
 */
export function similarity(typed: Map<string, number>, document: Map<string, number>): { cosine: number; coverage: number } {
  const nt = norm(typed);
  const nd = norm(document);
  if (nt === 0 || nd === 0) return { cosine: 0, coverage: 0 };
  let dot = 0;
  let covered = 0;
  for (const [f, w] of typed) {
    const d = document.get(f);
    if (d === undefined) continue;
    dot += w * d;
    covered += w * w;
  }
  return { cosine: dot / (nt * nd), coverage: covered / (nt * nt) };
}

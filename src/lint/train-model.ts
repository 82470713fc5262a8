import type { Language } from '../schema/language.js';
import { COERCIVE_HEAD, toBase64, type LearnedModel } from './learned-model.js';
import { clueValues, sentenceFeatures } from './sentence-features.js';

export interface LabelledSentence {
  text: string;
  language: Language;
  /** Every flag the sentence deserves; [] for a lawful one. */
  flags: readonly string[];
}

export interface TrainOptions {
  flags: readonly string[];
  epochs?: number;
  /** AdaGrad's base step. */
  rate?: number;
  /** L2 penalty per update, keeping rare clues from dominating. */
  l2?: number;
  /** Clues seen in fewer sentences than this are not learned. */
  minCount?: number;
  /** The weights are stored as signed bytes of this size (cross-validation scores are measured on the stored model). */
  step?: number;
  flagThreshold: number;
  coerciveThreshold: number;
  flagFloor?: number;
  folders?: string[];
  /** The clues of a sentence, when the caller has them already (cross-validation reads each sentence once). */
  features?: (s: LabelledSentence) => readonly string[];
}

/** A fixed-seed generator, so one corpus always trains one model (the currency test depends on it). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Trains the heads of one language by stochastic gradient descent with
 * AdaGrad steps: deterministic, a second or two for a thousand sentences.
 */
export function trainModel(language: Language, sentences: readonly LabelledSentence[], options: TrainOptions): LearnedModel {
  const { epochs = 30, rate = 0.3, l2 = 1e-4, minCount = 2, step = 0.05 } = options;
  const heads = [COERCIVE_HEAD, ...new Set(options.flags)];
  const headIndex = new Map(heads.map((h, i) => [h, i]));
  const featuresOf = options.features ?? ((s: LabelledSentence) => sentenceFeatures(s.text, language).map((f) => f.name));
  const examples = sentences.filter((s) => s.language === language).map((s) => ({ features: featuresOf(s), flags: s.flags }));
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const vocabulary = [...count].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const values = clueValues(e.features);
    const known = e.features.map((f, i) => ({ at: index.get(f), v: values[i]! })).filter((k): k is { at: number; v: number } => k.at !== undefined);
    const x = known.map((k) => k.at);
    const v = known.map((k) => k.v);
    const y = new Float64Array(heads.length);
    if (e.flags.length) y[0] = 1;
    for (const f of e.flags) {
      const h = headIndex.get(f);
      if (h !== undefined) y[h] = 1;
    }
    return { x, v, y };
  });
  const H = heads.length;
  const w = new Float64Array(vocabulary.length * H);
  const g2 = new Float64Array(vocabulary.length * H).fill(1e-8);
  // Each head starts at its prior log-odds, so the clues learn what moves a
  // sentence away from it rather than all carrying the prior themselves.
  const bias = Float64Array.from(heads, (_, h) => {
    const positive = (rows.filter((r) => r.y[h] === 1).length + 0.5) / (rows.length + 1);
    return Math.log(positive / (1 - positive));
  });
  const b2 = new Float64Array(H).fill(1e-8);
  const random = seeded(17);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const { x, v, y } = rows[r]!;
      for (let h = 0; h < H; h++) {
        let z = bias[h]!;
        for (let j = 0; j < x.length; j++) z += w[x[j]! * H + h]! * v[j]!;
        const g = sigmoid(z) - y[h]!;
        b2[h]! += g * g;
        bias[h]! -= (rate * g) / Math.sqrt(b2[h]!);
        for (let j = 0; j < x.length; j++) {
          const k = x[j]! * H + h;
          const gk = g * v[j]! + l2 * w[k]!;
          g2[k]! += gk * gk;
          w[k]! -= (rate * gk) / Math.sqrt(g2[k]!);
        }
      }
    }
  }
  const bytes = new Int8Array(w.length);
  for (let k = 0; k < w.length; k++) bytes[k] = Math.max(-127, Math.min(127, Math.round(w[k]! / step)));
  return {
    language,
    heads,
    bias: [...bias].map((v) => Math.round(v * 1000) / 1000),
    clues: toBase64(new TextEncoder().encode(vocabulary.join('\n'))),
    weights: toBase64(new Uint8Array(bytes.buffer)),
    step,
    flagThreshold: options.flagThreshold,
    coerciveThreshold: options.coerciveThreshold,
    ...(options.flagFloor ? { flagFloor: options.flagFloor } : {}),
    trainedOn: { sentences: rows.length, folders: options.folders ?? [] },
  };
}

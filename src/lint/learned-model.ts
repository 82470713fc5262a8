import type { Language } from '../schema/language.js';

/**
 * A learned reading of one language: logistic heads over the clues of
 * `sentence-features.ts`, trained by `train-model.ts` on Parley's labelled
 * sentences (`npm run lint-train`). Head 0 says whether a sentence is coercive
 * at all; the others each say one flag (the sentences labelled before
 * `threat_to_expose` existed were labelled again for it: tests/lint-corpus/relabelled.yaml).
 *
 * Stored compactly (it ships inside the CLI bundle): the clues as one base64
 * string of UTF-8 lines, the weights as one base64 string of signed bytes,
 * clue by clue and head by head; a byte times `step` is the weight. Strings
 * cost next to nothing to load and are decoded on the first reading.
 */
export interface LearnedModel {
  language: Language;
  heads: string[];
  bias: number[];
  clues: string;
  weights: string;
  step: number;
  /** A flag is read when its head reaches this probability … */
  flagThreshold: number;
  /** … or, when no flag head does, the likeliest flag is read if the coercive head reaches this. */
  coerciveThreshold: number;
  /** No flag is read while the coercive head is below this, however sure a flag head is. */
  flagFloor?: number;
  /** What it was trained on, for docs/LINT.md. */
  trainedOn: { sentences: number; folders: string[] };
}

export const COERCIVE_HEAD = 'coercive';

/** base64 of bytes, with the globals every supported runtime has (no Buffer: this layer knows nothing of Node). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A model's clues and weights, decoded. */
export interface DecodedModel {
  index: Map<string, number>;
  clues: string[];
  weights: Int8Array;
}

const decoded = new WeakMap<LearnedModel, DecodedModel>();
export function decodeModel(model: LearnedModel): DecodedModel {
  let d = decoded.get(model);
  if (!d) {
    const clues = new TextDecoder().decode(fromBase64(model.clues)).split('\n');
    const bytes = fromBase64(model.weights);
    d = { clues, index: new Map(clues.map((c, i) => [c, i])), weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
    decoded.set(model, d);
  }
  return d;
}

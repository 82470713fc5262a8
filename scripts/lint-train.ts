// Trains the lint's learned reading (src/lint/learned-model-{en,es,zh}.json) on
// every labelled sentence Parley has, except the frozen evaluation set, and
// measures it honestly first: leave one author's folder out, train on the
// rest, read the folder left out (it plays the part of a new author's text).
//
//   npm run lint-train              # train and write the models (a few seconds; tests/lint-learned.test.ts
//                                   # fails while they are stale: after editing the corpus, a shipped
//                                   # dialogue's replies or flags, the lexicons or the clues)
//   npm run lint-train -- --cv      # cross-validation tables (about a minute), nothing written
//
// The training data: tests/lint-corpus/{dev,dev-extra,dev-2,…,dev-10,blind,blind-2}
// with the labels of relabelled.yaml (blind and blind-2 retired to training once
// their first-contact scores were recorded in docs/LINT.md) and every reply of the
// shipped dialogues with its flags. The evaluation sets, blind-3/ to blind-8/,
// are never read here.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { coercionFlags } from '../src/catalog/index.js';
import { headScores, readLearned } from '../src/lint/learned-reading.js';
import type { LearnedModel } from '../src/lint/learned-model.js';
import { matchRules } from '../src/lint/match-rules.js';
import { sentenceFeatures, type Feature } from '../src/lint/sentence-features.js';
import { trainModel, type LabelledSentence } from '../src/lint/train-model.js';
import type { Language } from '../src/schema/language.js';
import { readFolder } from './lint-corpus.js';
import { BLIND_SETS } from './lint-eval.js';

export const TRAINING_FOLDERS = ['dev', 'dev-extra', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'blind', 'blind-2'] as const;
const LANGS: Language[] = ['en', 'es', 'zh'];
/**
 * Chosen by the cross-validation below (docs/LINT.md, rounds 4, 5 and 8), with RULE_VETO in
 * src/lint/match-coercion.ts, by one rule: the most recall (mean over the languages) with
 * false alarms at most 0.07 in every language, pooled over the held-out dev-4 to dev-10,
 * blind and blind-2 folders (the ones the lexicons were not tuned on); `--cv` prints the
 * setting it chooses. Clues seen once are kept (minCount 1 did as well or better on every
 * held-out folder).
 */
export const THRESHOLDS = { flagThreshold: 0.4, coerciveThreshold: 0.6, flagFloor: 0.2, minCount: 1 };

interface Sample extends LabelledSentence {
  folder: string;
}

/** Every shipped reply with its flags: the library is labelled data too. */
function dialogueReplies(): Sample[] {
  const out: Sample[] = [];
  for (const file of findDialogueFiles(['dialogues'])) {
    const loaded = loadDialogueFile(file);
    if (!loaded.ok) continue;
    const { dialogue } = loaded.compiled;
    for (const value of Object.values(dialogue.states)) {
      for (const on of Object.values(value.on ?? {})) {
        const branches = Array.isArray(on) ? on : [on];
        const text = branches[0]!.meta?.text;
        if (!text) continue;
        const flags = [...new Set(branches.flatMap((b) => [...(b.meta?.flags ?? []), ...(b.meta?.lint?.allow ?? [])]))];
        out.push({ text, flags, language: dialogue.meta.language, folder: `dialogues/${basename(file)}` });
      }
    }
  }
  return out;
}

/** The evaluation sets in use: never trained on (blind and blind-2 were retired to training). */
export const EVALUATION_SETS = BLIND_SETS.filter((b) => !(TRAINING_FOLDERS as readonly string[]).includes(b));

/** A sentence's words, for telling one labeller's sentence from another's when both wrote the same stock phrase. */
export const sameWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The training data. Labellers who never saw each other's files sometimes write
 * the same line (most often a short one); a training sentence with the
 * same words as an evaluation sentence is left out, so no evaluation sentence
 * is ever one the reading was trained on.
 */
export function trainingSamples(): Sample[] {
  const evaluated = new Set(EVALUATION_SETS.flatMap((b) => readFolder(b)).map((s) => sameWords(s.text)));
  const all = [...TRAINING_FOLDERS.flatMap((f) => readFolder(f).map((s) => ({ text: s.text, flags: s.flags, language: s.language, folder: f }))), ...dialogueReplies()];
  return all.filter((s) => !evaluated.has(sameWords(s.text)));
}

const ALL_FLAGS = [...coercionFlags.keys()];

export function train(language: Language, samples: Sample[], features?: (s: LabelledSentence) => readonly string[]): LearnedModel {
  return trainModel(language, samples, { flags: ALL_FLAGS, ...THRESHOLDS, folders: [...TRAINING_FOLDERS, 'dialogues'], features });
}

/** Scoring as in lint-eval: caught when a right flag is named (threat_to_expose stands for disclosure where labelled so). */
function caught(predicted: string[], labels: readonly string[]): boolean {
  return predicted.some((f) => labels.includes(f) || (f === 'threat_to_expose' && labels.includes('third_party_disclosure')));
}

/** Readings compared by cross-validation: the rules alone, the learned reading alone, and the two combined with each veto (round 7 compares vetoes around the chosen settings; rounds 4–6 swept wider grids, recorded in docs/LINT.md). */
const COERCIVE_GRID = [0.6, 0.7];
const FLAG_GRID = [0.4, 0.5];
/** The folders the selection rule reads: those the lexicons were not tuned on. */
const RULE_FOLDERS: string[] = ['dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'blind', 'blind-2'];
const RULE_ALARMS = 0.07;
const VETO_GRID = [0.5, 0.7];
const FLOOR_GRID = [0.2];

function crossValidate(samples: Sample[]) {
  const featureCache = new Map<LabelledSentence, Feature[]>();
  const featuresOf = (s: LabelledSentence) => {
    let f = featureCache.get(s);
    if (!f) featureCache.set(s, (f = sentenceFeatures(s.text, s.language)));
    return f;
  };
  type Tally = { coercive: number; lawful: number; caught: number; alarms: number };
  const tallies = new Map<string, Tally>();
  const count = (key: string, s: LabelledSentence, predicted: string[]) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { coercive: 0, lawful: 0, caught: 0, alarms: 0 }));
    if (s.flags.length) {
      t.coercive++;
      if (caught(predicted, s.flags)) t.caught++;
    } else {
      t.lawful++;
      if (predicted.length) t.alarms++;
    }
  };
  for (const held of TRAINING_FOLDERS) {
    for (const language of LANGS) {
      const model = train(language, samples.filter((s) => s.folder !== held), (s) => featuresOf(s).map((f) => f.name));
      // One model object per setting, made once: a model is decoded once per object.
      const settings = COERCIVE_GRID.flatMap((c) =>
        FLOOR_GRID.flatMap((floor) =>
          FLAG_GRID.map((flagAt) => ({
            at: `${flagAt === THRESHOLDS.flagThreshold ? '' : `f${flagAt} `}c${c}${floor ? ` floor${floor}` : ''}`,
            model: { ...model, coerciveThreshold: c, flagFloor: floor, flagThreshold: flagAt },
          })),
        ),
      );
      for (const s of samples.filter((x) => x.folder === held && x.language === language)) {
        const features = featuresOf(s);
        const rules = matchRules(s.text, [language]).map((m) => m.flag);
        const coercive = headScores(model, features)[0]!;
        const readings: [string, string[]][] = [['rules', rules]];
        for (const { at, model: set } of settings) {
          const learned = readLearned(set, features).map((m) => m.flag);
          readings.push([`learned ${at}`, learned]);
          for (const veto of VETO_GRID) readings.push([`combined ${at} veto${veto}`, coercive < veto ? learned : [...new Set([...rules, ...learned])]]);
        }
        for (const [reading, predicted] of readings) for (const f of [held, 'all', ...(RULE_FOLDERS.includes(held) ? ['rule'] : [])]) count(`${reading}|${language}|${f}`, s, predicted);
      }
    }
    process.stderr.write(`held out ${held}\n`);
  }
  const readings = [...new Set([...tallies.keys()].map((k) => k.split('|')[0]!))];
  const fmt = (t: Tally | undefined) => (t ? `${(t.caught / t.coercive).toFixed(2)}/${(t.alarms / t.lawful).toFixed(2)}` : '–');
  console.log('Leave one folder out: recall / false alarms on the folder left out ("all": every folder, each read by a model that never saw it; "rule": the folders the selection rule reads, pooled)\n');
  for (const language of LANGS) {
    console.log(`${language}`);
    const folders = [...TRAINING_FOLDERS, 'all', 'rule'];
    console.log(['reading'.padEnd(26), ...folders.map((f) => f.padStart(10))].join(''));
    for (const r of readings) console.log([r.padEnd(26), ...folders.map((f) => fmt(tallies.get(`${r}|${language}|${f}`)).padStart(10))].join(''));
    console.log('');
  }
  console.log(`chosen by the rule: ${chooseByRule(readings, tallies)}`);
}

/** Most recall (mean over the languages) with pooled false alarms at most RULE_ALARMS in every language; a tie goes to fewer false alarms. */
function chooseByRule(readings: string[], tallies: Map<string, { coercive: number; lawful: number; caught: number; alarms: number }>): string {
  const rated = readings
    .filter((r) => r.startsWith('combined'))
    .map((r) => {
      const rows = LANGS.map((l) => tallies.get(`${r}|${l}|rule`)!);
      return {
        r,
        fits: rows.every((t) => t.alarms / t.lawful <= RULE_ALARMS),
        recall: rows.reduce((sum, t) => sum + t.caught / t.coercive, 0) / rows.length,
        alarms: rows.reduce((sum, t) => sum + t.alarms / t.lawful, 0) / rows.length,
      };
    })
    .filter((x) => x.fits)
    .sort((a, b) => b.recall - a.recall || a.alarms - b.alarms);
  return rated.length ? `${rated[0]!.r} (recall ${rated[0]!.recall.toFixed(3)}, false alarms ${rated[0]!.alarms.toFixed(3)}, mean over languages)` : 'none fits';
}

function main(argv: string[]) {
  const samples = trainingSamples();
  if (argv.includes('--cv')) return crossValidate(samples);
  for (const language of LANGS) {
    const model = train(language, samples);
    writeFileSync(`src/lint/learned-model-${language}.json`, `${JSON.stringify(model)}\n`);
    console.log(`${language}: ${model.trainedOn.sentences} sentences, ${model.heads.length} heads`);
  }
}

if (process.argv[1]?.endsWith('lint-train.ts')) main(process.argv.slice(2));

// Measures the coercion lint on the labelled corpus in tests/lint-corpus/:
// precision, recall and false alarms per language and per flag, on the
// development sets (dev/, dev-extra/, dev-2/ … dev-10/, together and each on its own)
// and on the frozen blind sets (blind/ … blind-8/). blind/ and blind-2/ are training
// data of the learned reading since round 4 (scripts/lint-train.ts); blind-3/ to
// blind-8/ measure text the lint never saw.
//
//   npm run lint-eval                         # dev, each dev folder, each blind set: tables as text
//   npm run lint-eval -- --set blind-7     # one unseen evaluation set only
//   npm run lint-eval -- --reading rules   # the lexicon's rules alone, without the learned reading
//   npm run lint-eval -- --set dev --errors      # what the lint gets wrong on dev
//   npm run lint-eval -- --folder dev-2 --errors # one development folder only
//   npm run lint-eval -- --markdown        # tables for docs/LINT.md
//   npm run lint-eval -- --set blind-2     # the second frozen set only
//
// Blind sentences are never printed unless --show-blind-errors is given: the
// protocol (docs/LINT.md) is to tune on dev only and to look at blind errors
// only after the first-contact score is recorded.
//
// Scoring. A sentence is *coercive* when its label lists a flag, *lawful* when
// it is `[]`. It is *caught* when the lint names at least one of its flags.
// The corpus predates `threat_to_expose`: there a threat to tell others is
// labelled `third_party_disclosure`, so a `threat_to_expose` finding counts as
// `third_party_disclosure` on a sentence labelled so (and not `threat_to_expose`).
import { matchCoercion, type CoercionOptions } from '../src/lint/match-coercion.js';
import type { Language } from '../src/schema/language.js';
import { readFolder, type CorpusSentence } from './lint-corpus.js';

export { readFolder, type CorpusSentence };

const LANGS: Language[] = ['en', 'es', 'zh'];
/** The development folders, tuned on; dev-2 to dev-10 were each written by further labellers blind to the lint (rounds 2 to 8 in docs/LINT.md; dev-8 to dev-10 all in round 8). */
export const DEV_FOLDERS = ['dev', 'dev-extra', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10'] as const;
export type DevFolder = (typeof DEV_FOLDERS)[number];
/** The frozen evaluation sets: blind and blind-2 were retired to training data in round 4 (after their first contact was recorded); blind-3 to blind-8 are never trained on. */
export const BLIND_SETS = ['blind', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8'] as const;
export type CorpusSet = 'dev' | (typeof BLIND_SETS)[number];

/** `dev` is every development folder together; a blind set is its own folder. */
export function readCorpus(set: CorpusSet): CorpusSentence[] {
  return (set === 'dev' ? [...DEV_FOLDERS] : [set]).flatMap(readFolder);
}

/** The lint's flags for a sentence, with threat_to_expose read as the corpus's third_party_disclosure where it is labelled so. */
export function predictedFlags(s: CorpusSentence, options: CoercionOptions = {}): string[] {
  const found = [...new Set(matchCoercion(s.text, [s.language], options).map((m) => m.flag))];
  return [
    ...new Set(
      found.map((f) => (f === 'threat_to_expose' && !s.flags.includes(f) && s.flags.includes('third_party_disclosure') ? 'third_party_disclosure' : f)),
    ),
  ];
}

interface Row {
  name: string;
  sentences: number;
  coercive: number;
  lawful: number;
  caught: number;
  caughtAny: number;
  falseAlarms: number;
  flaggedWrong: number;
}

export interface Scored {
  byLanguage: Row[];
  byFlag: { flag: string; tp: number; fp: number; fn: number }[];
  errors: { s: CorpusSentence; predicted: string[] }[];
}

export function score(sentences: CorpusSentence[], options: CoercionOptions = {}): Scored {
  const rows = new Map<string, Row>();
  const flags = new Map<string, { tp: number; fp: number; fn: number }>();
  const errors: Scored['errors'] = [];
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { name, sentences: 0, coercive: 0, lawful: 0, caught: 0, caughtAny: 0, falseAlarms: 0, flaggedWrong: 0 }));
    return r;
  };
  const flag = (f: string) => {
    let r = flags.get(f);
    if (!r) flags.set(f, (r = { tp: 0, fp: 0, fn: 0 }));
    return r;
  };
  for (const s of sentences) {
    const predicted = predictedFlags(s, options);
    for (const r of [row(s.language), row('all')]) {
      r.sentences++;
      if (s.flags.length) {
        r.coercive++;
        if (predicted.some((f) => s.flags.includes(f))) r.caught++;
        if (predicted.length) r.caughtAny++;
        if (predicted.length && !predicted.some((f) => s.flags.includes(f))) r.flaggedWrong++;
      } else {
        r.lawful++;
        if (predicted.length) r.falseAlarms++;
      }
    }
    for (const f of new Set([...predicted, ...s.flags])) {
      const has = s.flags.includes(f);
      const said = predicted.includes(f);
      if (has && said) flag(f).tp++;
      else if (said) flag(f).fp++;
      else flag(f).fn++;
    }
    const right = s.flags.length ? predicted.some((f) => s.flags.includes(f)) : predicted.length === 0;
    if (!right || predicted.some((f) => !s.flags.includes(f))) errors.push({ s, predicted });
  }
  return {
    byLanguage: [...LANGS, 'all'].map((l) => rows.get(l)).filter((r): r is Row => !!r),
    byFlag: [...flags.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([flag, c]) => ({ flag, ...c })),
    errors,
  };
}

const f2 = (n: number, d: number) => (d === 0 ? '  –  ' : (n / d).toFixed(2));

/** Sentence-level precision: of the sentences the lint raised anything on, how many were coercive and named a right flag. */
export function languageLine(r: Row) {
  const raised = r.caughtAny + r.falseAlarms;
  return {
    precision: f2(r.caught, raised),
    recall: f2(r.caught, r.coercive),
    recallAny: f2(r.caughtAny, r.coercive),
    falseAlarms: f2(r.falseAlarms, r.lawful),
  };
}

function table(title: string, scored: Scored, markdown: boolean): string {
  const lines: string[] = [];
  const head = ['language', 'sentences', 'coercive', 'lawful', 'precision', 'recall', 'recall (any flag)', 'false alarms'];
  const langRows = scored.byLanguage.map((r) => {
    const l = languageLine(r);
    return [r.name, String(r.sentences), String(r.coercive), String(r.lawful), l.precision, l.recall, l.recallAny, `${l.falseAlarms} (${r.falseAlarms}/${r.lawful})`];
  });
  const flagHead = ['flag', 'labelled', 'found', 'right', 'precision', 'recall'];
  const flagRows = scored.byFlag.map((c) => [c.flag, String(c.tp + c.fn), String(c.tp + c.fp), String(c.tp), f2(c.tp, c.tp + c.fp), f2(c.tp, c.tp + c.fn)]);
  const render = (h: string[], rows: string[][]) => {
    if (markdown) return [`| ${h.join(' | ')} |`, `| ${h.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
    const widths = h.map((x, i) => Math.max(x.length, ...rows.map((r) => r[i]!.length)));
    const fmt = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
    return [fmt(h), ...rows.map(fmt)];
  };
  lines.push(markdown ? `#### ${title}` : `== ${title} ==`, '');
  lines.push(...render(head, langRows), '');
  lines.push(...render(flagHead, flagRows), '');
  return lines.join('\n');
}

function main(argv: string[]) {
  const arg = (name: string) => argv.includes(name);
  const setArg = argv[argv.indexOf('--set') + 1];
  const markdown = arg('--markdown');
  // Each table: a title and its sentences. `--set dev|blind` for one set, `--folder dev-2` for one development folder.
  const folderArg = argv[argv.indexOf('--folder') + 1];
  if (arg('--set') && setArg !== 'dev' && !BLIND_SETS.includes(setArg as (typeof BLIND_SETS)[number])) throw new Error(`--set must be dev or one of ${BLIND_SETS.join(', ')}`);
  const readingArg = argv[argv.indexOf('--reading') + 1];
  if (arg('--reading') && readingArg !== 'rules' && readingArg !== 'combined') throw new Error('--reading must be rules or combined');
  const options: CoercionOptions = { reading: readingArg === 'rules' ? 'rules' : 'combined' };
  if (arg('--folder') && !DEV_FOLDERS.includes(folderArg as DevFolder)) throw new Error(`--folder must be one of ${DEV_FOLDERS.join(', ')}`);
  const tables: { set: string; title: string; sentences: CorpusSentence[] }[] = arg('--folder')
    ? [{ set: folderArg!, title: `${folderArg}/`, sentences: readFolder(folderArg!) }]
    : [
        ...(!arg('--set') || setArg === 'dev'
          ? [
              { set: 'dev', title: 'dev (all development folders)', sentences: readCorpus('dev') },
              ...(arg('--set') ? [] : DEV_FOLDERS.map((f) => ({ set: f, title: `${f}/`, sentences: readFolder(f) }))),
            ]
          : []),
        ...BLIND_SETS.filter((b) => !arg('--set') || setArg === b).map((b) => ({ set: b, title: b, sentences: readCorpus(b) })),
      ];
  for (const { set, title, sentences } of tables) {
    if (!sentences.length) continue;
    const scored = score(sentences, options);
    console.log(table(`${title} (${sentences.length} sentences)`, scored, markdown));
    // Errors once: for the whole dev set (not again per folder), or the one folder asked for.
    if (arg('--errors') && !set.startsWith('blind') && (set === 'dev' || arg('--folder'))) {
      for (const { s, predicted } of scored.errors) {
        console.log(`${s.language} want [${s.flags.join(', ')}] got [${predicted.join(', ')}]: ${s.text}`);
        if (arg('--explain')) for (const m of matchCoercion(s.text, [s.language], options)) console.log(`    ${m.flag}: “${m.phrase}”${'rule' in m ? ` (${(m as { rule: string }).rule})` : ''}`);
      }
    } else if (arg('--errors') && set.startsWith('blind') && arg('--show-blind-errors')) {
      for (const { s, predicted } of scored.errors) console.log(`${s.language} want [${s.flags.join(', ')}] got [${predicted.join(', ')}]: ${s.text}`);
    } else if (arg('--errors') && set.startsWith('blind')) console.log(`(${scored.errors.length} blind errors not shown; see --show-blind-errors and the protocol in docs/LINT.md)\n`);
  }
}

if (process.argv[1] && /lint-eval\.ts$/.test(process.argv[1])) main(process.argv.slice(2));

// Measures the coercion lint on the labelled corpus in tests/lint-corpus/:
// precision, recall and false alarms per language and per flag, on the
// development sets (dev/, dev-extra/, dev-2/ and dev-3/, together and each on its own)
// and on the frozen blind sets (blind/, and blind-2/ from round 3).
//
//   npm run lint-eval                         # dev, each dev folder, blind: tables as text
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
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { matchCoercion } from '../src/lint/match-coercion.js';
import type { Language } from '../src/schema/language.js';

export interface CorpusSentence {
  text: string;
  flags: string[];
  note?: string;
  language: Language;
  file: string;
}

const ROOT = 'tests/lint-corpus';
const LANGS: Language[] = ['en', 'es', 'zh'];
/** The development folders, tuned on; dev-2 and dev-3 were each written by a further labeller blind to the lint (rounds 2 and 3 in docs/LINT.md). */
export const DEV_FOLDERS = ['dev', 'dev-extra', 'dev-2', 'dev-3'] as const;
export type DevFolder = (typeof DEV_FOLDERS)[number];

/** `dev` is every development folder together; `blind` the frozen set; `blind-2` the second frozen set (round 3). */
export function readCorpus(set: 'dev' | 'blind' | 'blind-2'): CorpusSentence[] {
  return (set === 'dev' ? [...DEV_FOLDERS] : [set]).flatMap(readFolder);
}

/** One folder of the corpus (dev/, dev-extra/, dev-2/, dev-3/ or blind/). */
export function readFolder(folder: string): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const doc = parse(readFileSync(file, 'utf8')) as { language: Language; sentences: { text: string; flags: string[]; note?: string }[] };
    for (const s of doc.sentences) out.push({ text: s.text, flags: s.flags ?? [], note: s.note, language: doc.language, file });
  }
  return out;
}

/** The lint's flags for a sentence, with threat_to_expose read as the corpus's third_party_disclosure where it is labelled so. */
export function predictedFlags(s: CorpusSentence): string[] {
  const found = [...new Set(matchCoercion(s.text, [s.language]).map((m) => m.flag))];
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

export function score(sentences: CorpusSentence[]): Scored {
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
    const predicted = predictedFlags(s);
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
  if (arg('--set') && setArg !== 'dev' && setArg !== 'blind' && setArg !== 'blind-2') throw new Error('--set must be dev, blind or blind-2');
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
        ...(!arg('--set') || setArg === 'blind' ? [{ set: 'blind', title: 'blind', sentences: readCorpus('blind') }] : []),
        ...(!arg('--set') || setArg === 'blind-2' ? [{ set: 'blind-2', title: 'blind-2', sentences: readCorpus('blind-2') }] : []),
      ];
  for (const { set, title, sentences } of tables) {
    if (!sentences.length) continue;
    const scored = score(sentences);
    console.log(table(`${title} (${sentences.length} sentences)`, scored, markdown));
    // Errors once: for the whole dev set (not again per folder), or the one folder asked for.
    if (arg('--errors') && !set.startsWith('blind') && (set === 'dev' || arg('--folder'))) {
      for (const { s, predicted } of scored.errors) {
        console.log(`${s.language} want [${s.flags.join(', ')}] got [${predicted.join(', ')}]: ${s.text}`);
        if (arg('--explain')) for (const m of matchCoercion(s.text, [s.language])) console.log(`    ${m.flag}: “${m.phrase}”${'rule' in m ? ` (${(m as { rule: string }).rule})` : ''}`);
      }
    } else if (arg('--errors') && set.startsWith('blind') && arg('--show-blind-errors')) {
      for (const { s, predicted } of scored.errors) console.log(`${s.language} want [${s.flags.join(', ')}] got [${predicted.join(', ')}]: ${s.text}`);
    } else if (arg('--errors') && set.startsWith('blind')) console.log(`(${scored.errors.length} blind errors not shown; see --show-blind-errors and the protocol in docs/LINT.md)\n`);
  }
}

if (process.argv[1] && /lint-eval\.ts$/.test(process.argv[1])) main(process.argv.slice(2));

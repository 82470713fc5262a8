// Measures free-reply matching (issue 18) on a labelled set of typed replies:
// top-1 accuracy on replies that mean an on-screen reply, the share of replies
// that mean none of them answered "rephrase", and the time per match.
//
//   npm run match-eval                       # the dev set (tests/free-reply-dev)
//   npm run match-eval -- --misses           # and what the matcher gets wrong on it
//   npm run match-eval -- --set blind        # the blind set (tests/free-reply-corpus)
//   npm run match-eval -- --markdown         # tables for docs/FREE-REPLY.md
//   npm run match-eval -- --passes 5         # time the fifth pass (warm), not the first
//
// The blind set's replies are never printed: tune on the dev set only (the
// protocol is in docs/FREE-REPLY.md).
//
// A blind entry names its reply by the number it had on the screen the labeller
// saw (tests/free-reply-corpus/screens); the script maps each number to the
// dialogue's choice by its text, in the dialogue as it is now or, failing that,
// as it was when the set was written (commit 17f3bb3). A dev entry names the
// choice id itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { matchReply, prepareCandidates, type ReplyCandidate, type ReplyMatch } from '../src/match/match-reply.js';
import type { Dialogue } from '../src/schema/dialogue.js';
import type { Language } from '../src/schema/language.js';

export const DEV_DIR = 'tests/free-reply-dev';
export const BLIND_DIR = 'tests/free-reply-corpus';
/** The commit the blind set's screens were generated from. */
const SCREENS_COMMIT = '17f3bb3';

export interface LabelledReply {
  file: string;
  language: Language;
  screen: string;
  typed: string;
  /** The choice id it means, or none. */
  means: string | 'none';
  candidates: ReplyCandidate[];
}

export interface Outcome {
  reply: LabelledReply;
  result: ReplyMatch;
  ms: number;
  correct: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function dialogueOf(text: string, file: string): Dialogue {
  const loaded = loadDialogue(text, file);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.dialogue;
}

/** Every choice of a state that has a text, with its examples (the first branch carries both). */
export function stateCandidates(dialogue: Dialogue, state: string): ReplyCandidate[] {
  const on = dialogue.states[state]?.on ?? {};
  return Object.entries(on).flatMap(([id, value]) => {
    const meta = (Array.isArray(value) ? value[0] : value)?.meta;
    return meta?.text ? [{ id, text: meta.text, ...(meta.examples ? { examples: meta.examples } : {}) }] : [];
  });
}

/** The numbered replies on each screen of a screens file. */
function readScreens(file: string): Map<string, string[]> {
  const screens = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = /^## Screen (\S+)/.exec(line);
    if (heading) screens.set(heading[1]!, (current = []));
    const reply = /^ {2}\d+\. (.*)$/.exec(line);
    if (reply) current.push(squash(reply[1]!));
  }
  return screens;
}

export interface ScreenProblem {
  file: string;
  screen: string;
  number: number;
}

/** Reads a labelled set: dev (choice ids) or blind (screen numbers, mapped to choices by their text). */
export function readSet(set: 'dev' | 'blind'): { replies: LabelledReply[]; unmatched: ScreenProblem[] } {
  const dir = set === 'dev' ? DEV_DIR : join(BLIND_DIR, 'replies');
  const replies: LabelledReply[] = [];
  const unmatched: ScreenProblem[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const dialogueFile = join('dialogues', name);
    const dialogue = dialogueOf(readFileSync(dialogueFile, 'utf8'), dialogueFile);
    const language = dialogue.meta.language;
    const doc = parse(readFileSync(join(dir, name), 'utf8')) as { replies: { screen: string; typed: string; means: number | string }[] };
    let byNumber: (screen: string, n: number) => string | undefined = () => undefined;
    if (set === 'blind') {
      const screens = readScreens(join(BLIND_DIR, 'screens', name.replace(/\.yaml$/, '.md')));
      let old: Dialogue | undefined;
      const oldDialogue = () =>
        (old ??= dialogueOf(execFileSync('git', ['show', `${SCREENS_COMMIT}:${dialogueFile}`], { encoding: 'utf8', maxBuffer: 16 << 20 }), dialogueFile));
      byNumber = (screen, n) => {
        const shown = screens.get(screen)?.[n - 1];
        if (shown === undefined) return undefined;
        const find = (d: Dialogue) => stateCandidates(d, screen).find((c) => squash(c.text) === shown)?.id;
        return find(dialogue) ?? find(oldDialogue());
      };
    }
    for (const r of doc.replies) {
      let means: string | undefined = r.means === 'none' ? 'none' : String(r.means);
      if (typeof r.means === 'number') {
        means = byNumber(r.screen, r.means);
        if (!means) {
          unmatched.push({ file: name, screen: r.screen, number: r.means });
          continue;
        }
      }
      replies.push({ file: name, language, screen: r.screen, typed: String(r.typed), means, candidates: stateCandidates(dialogue, r.screen) });
    }
  }
  return { replies, unmatched };
}

export function evaluate(replies: readonly LabelledReply[]): Outcome[] {
  // One match per language first, so the time measured is a match, not loading the stemmers and lexicons.
  for (const language of new Set(replies.map((r) => r.language))) {
    const first = replies.find((r) => r.language === language)!;
    matchReply(first.typed, first.candidates, language);
  }
  return replies.map((reply) => {
    // As the play screen will: the choices are read when the screen is shown, before the learner types.
    prepareCandidates(reply.candidates, reply.language);
    const start = performance.now();
    const result = matchReply(reply.typed, reply.candidates, reply.language);
    const ms = performance.now() - start;
    const correct = reply.means === 'none' ? result.kind === 'rephrase' : result.kind === 'match' && result.choice === reply.means;
    return { reply, result, ms, correct };
  });
}

export interface Score {
  label: string;
  meant: number;
  top1: number;
  none: number;
  rephrased: number;
  meanMs: number;
  p95Ms: number;
}

export function score(label: string, outcomes: readonly Outcome[]): Score {
  const meant = outcomes.filter((o) => o.reply.means !== 'none');
  const none = outcomes.filter((o) => o.reply.means === 'none');
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    label,
    meant: meant.length,
    top1: meant.filter((o) => o.correct).length / (meant.length || 1),
    none: none.length,
    rephrased: none.filter((o) => o.correct).length / (none.length || 1),
    meanMs: ms.reduce((s, x) => s + x, 0) / (ms.length || 1),
    p95Ms: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] ?? 0,
  };
}

/** Rows per dialogue version, per language and in all. */
export function scoreTable(outcomes: readonly Outcome[]): Score[] {
  const files = [...new Set(outcomes.map((o) => o.reply.file))];
  const languages = [...new Set(outcomes.map((o) => o.reply.language))].sort();
  return [
    ...files.map((f) => score(f.replace(/\.yaml$/, ''), outcomes.filter((o) => o.reply.file === f))),
    ...languages.map((l) => score(`**${l}**`, outcomes.filter((o) => o.reply.language === l))),
    score('**all**', outcomes),
  ];
}

export function renderTable(rows: readonly Score[], markdown: boolean): string {
  const head = ['set', 'meant', 'top-1', 'none', 'rephrase', 'mean ms', 'p95 ms'];
  const body = rows.map((r) => [r.label, String(r.meant), r.top1.toFixed(2), String(r.none), r.rephrased.toFixed(2), r.meanMs.toFixed(2), r.p95Ms.toFixed(2)]);
  if (markdown) return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const plain = body.map((r) => [r[0]!.replace(/\*/g, ''), ...r.slice(1)]);
  const widths = head.map((h, i) => Math.max(h.length, ...plain.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [fmt(head), ...plain.map(fmt)].join('\n');
}

const describe = (r: ReplyMatch) =>
  r.kind === 'match' ? `${r.choice} ${r.confidence.toFixed(2)}${r.runnerUp ? ` (next ${r.runnerUp.choice} ${r.runnerUp.confidence.toFixed(2)})` : ''}` : `rephrase/${r.reason}${r.best ? ` (best ${r.best.choice} ${r.best.confidence.toFixed(2)}${r.runnerUp ? `, next ${r.runnerUp.choice} ${r.runnerUp.confidence.toFixed(2)}` : ''})` : ''}`;

function main(argv: string[]) {
  const set = argv.includes('--set') && argv[argv.indexOf('--set') + 1] === 'blind' ? 'blind' : 'dev';
  if (set === 'dev' && !existsSync(DEV_DIR)) throw new Error(`no dev set at ${DEV_DIR}`);
  const { replies, unmatched } = readSet(set);
  // --passes N: match the set N times and time the last pass, for a figure less at the mercy of a busy machine.
  const passes = argv.includes('--passes') ? Math.max(1, Number(argv[argv.indexOf('--passes') + 1]) || 1) : 1;
  let outcomes = evaluate(replies);
  for (let p = 1; p < passes; p++) outcomes = evaluate(replies);
  console.log(renderTable(scoreTable(outcomes), argv.includes('--markdown')));
  for (const u of unmatched) console.log(`unmatched: ${u.file} screen ${u.screen} reply ${u.number} (not found in the dialogue now nor at ${SCREENS_COMMIT})`);
  if (argv.includes('--misses')) {
    if (set === 'blind') console.log('(blind replies are never printed: tune on the dev set only)');
    else for (const o of outcomes.filter((x) => !x.correct)) console.log(`${o.reply.file} ${o.reply.screen}: want ${o.reply.means}, got ${describe(o.result)}: ${o.reply.typed}`);
  }
}

if (process.argv[1] && /match-eval\.ts$/.test(process.argv[1])) main(process.argv.slice(2));

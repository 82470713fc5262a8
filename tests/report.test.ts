import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';
import { playTranscript, tempDir } from './helpers/transcripts.js';

// Frozen copies: the shipped roleplays change with their content, the report's figures must not.
const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const SHOP = 'tests/fixtures/frozen/business-losing-money.yaml';

interface Played {
  file: string;
  learner: string;
  dialogue: string;
  day: number;
  choices: string[];
  /** quit: ends with finished=false; interrupted: no end line. */
  kind?: 'quit' | 'interrupted';
}

/** The sessions behind the report, deliberately saved under names out of date order. */
const SESSIONS: Played[] = [
  { file: 'q7.jsonl', learner: 'ana', dialogue: AWAY, day: 1, choices: ['identify', 'disclose_and_ask', 'tell_family', 'apologise_refocus', 'pin_down', 'no_card_details', 'confirm'] },
  { file: 'b2.jsonl', learner: 'ana', dialogue: AWAY, day: 2, choices: ['identify', 'disclose_and_ask', 'channels', 'threaten_daily'] },
  { file: 'z1.jsonl', learner: 'ana', dialogue: AWAY, day: 3, choices: ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pin_down', 'no_card_details', 'confirm'] },
  { file: 'a9.jsonl', learner: 'ana', dialogue: AWAY, day: 4, choices: ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pay_now_app', 'no_card_details', 'full_amount'] },
  { file: 'm3.jsonl', learner: 'ana', dialogue: AWAY, day: 5, choices: ['identify', 'fake_lawyer'], kind: 'quit' },
  { file: 'sub/k4.jsonl', learner: 'ben', dialogue: SHOP, day: 2, choices: ['introduce', 'disclose_and_ask', 'ask_why', 'pros_cons', 'step_aside', 'firm_reply', 'offer_plan', 'confirm_plan'] },
  { file: 'sub/c5.jsonl', learner: 'ben', dialogue: SHOP, day: 3, choices: ['introduce', 'disclose_and_ask', 'ask_why', 'pros_cons', 'wait_at_counter', 'use_the_leverage'] },
  { file: 'sub/e6.jsonl', learner: 'ben', dialogue: SHOP, day: 4, choices: ['introduce', 'disclose_and_ask', 'my_wages'], kind: 'interrupted' },
];

let dir: string;
/** What each generated session recorded, to check the report's figures against. */
const recorded = new Map<string, { debrief?: Debrief; flags: string[] }>();

interface Debrief {
  score: { total: number };
  tasks: { id: string; met: boolean }[];
  outcome?: { id: string };
  flags: { id: string }[];
}

beforeAll(() => {
  dir = tempDir('parley-report-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'notes.jsonl'), 'these are my notes, not a transcript\n');
  for (const s of SESSIONS) {
    const lines = playTranscript(s.dialogue, s.choices, { learner: s.learner, startedAt: `2025-03-0${s.day}T09:00:00.000Z` }).trimEnd().split('\n');
    if (s.kind === 'interrupted') lines.pop();
    const parsed = lines.map((l) => JSON.parse(l));
    if (s.file === 'sub/c5.jsonl') lines.splice(3, 0, '{"kind":"step","at":"2025-03-03T09:0'); // a torn write
    writeFileSync(join(dir, s.file), `${lines.join('\n')}\n`);
    const end = parsed.find((l) => l.kind === 'end');
    const stepFlags = parsed.filter((l) => l.kind === 'step').flatMap((l) => l.step.flags.map((f: { id: string }) => f.id));
    recorded.set(s.file, { ...(end ? { debrief: end.debrief } : {}), flags: end ? end.debrief.flags.map((f: { id: string }) => f.id) : stepFlags });
  }
});

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** The figures for one learner, worked out directly from the sessions played. */
function expected(learner: string) {
  const mine = SESSIONS.filter((s) => s.learner === learner).sort((a, b) => a.day - b.day);
  const finished = mine.filter((s) => !s.kind);
  const debrief = (s: Played) => recorded.get(s.file)!.debrief!;
  const scores = finished.map((s) => debrief(s).score.total);
  const outcomes: Record<string, number> = {};
  for (const s of mine) {
    const id = s.kind ? 'unfinished' : debrief(s).outcome!.id;
    outcomes[id] = (outcomes[id] ?? 0) + 1;
  }
  const flags: Record<string, number> = {};
  for (const s of mine) for (const id of recorded.get(s.file)!.flags) flags[id] = (flags[id] ?? 0) + 1;
  const tasks = finished.flatMap((s) => debrief(s).tasks.map((t) => t.met));
  const n = Math.min(3, Math.floor(finished.length / 2));
  const first = mean(scores.slice(0, n));
  const last = mean(scores.slice(-n));
  return {
    sessions: mine.length,
    finished: finished.length,
    quit: mine.filter((s) => s.kind === 'quit').length,
    interrupted: mine.filter((s) => s.kind === 'interrupted').length,
    outcomes,
    flags,
    averageScore: mean(scores),
    tasksMet: Math.round((tasks.filter(Boolean).length / tasks.length) * 1000) / 1000,
    improvement: { first, last, change: Math.round((last - first) * 10) / 10, window: n },
  };
}

const flagCounts = (flags: { id: string; count: number }[]) => Object.fromEntries(flags.map((f) => [f.id, f.count]));

describe('parley report', () => {
  it('summarises per learner: sessions, outcomes, average score, core tasks, flags, improvement', async () => {
    const result = await parley(['report', dir, '--json']);
    // The figures leave out an unreadable file and a torn line: a script must not take them for complete.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 transcript files and 2 lines could not be read and were left out (exit code 1)');
    const report = JSON.parse(result.stdout);
    expect(report.transcripts).toEqual({ files: 9, sessions: 8, finished: 6, quit: 1, interrupted: 1, skippedFiles: 1, skippedLines: 2 });
    expect(report.learners.map((l: { key: string }) => l.key)).toEqual(['ana', 'ben']);

    for (const learner of report.learners) {
      const want = expected(learner.key);
      expect(learner, learner.key).toMatchObject({
        sessions: want.sessions,
        finished: want.finished,
        quit: want.quit,
        interrupted: want.interrupted,
        averageScore: want.averageScore,
        tasksMet: want.tasksMet,
        improvement: want.improvement,
        distinct: 1,
      });
      expect(learner.outcomes).toEqual(want.outcomes);
      expect(flagCounts(learner.flags)).toEqual(want.flags);
    }
    // The sessions were chosen so that these hold: ana improved, ben's second visit went worse.
    const [ana, ben] = report.learners;
    expect(ana.improvement.change).toBeGreaterThan(0);
    expect(ben.improvement.change).toBeLessThan(0);
    expect(ana).toMatchObject({ firstSession: '2025-03-01T09:00:00.000Z', lastSession: '2025-03-05T09:00:00.000Z' });
    expect(ana.outcomes.unfinished).toBe(1);
    expect(ben.flags.map((f: { id: string }) => f.id)).toContain('guilt_trip'); // from the interrupted session's steps
  });

  it('summarises per dialogue, and lists the most frequent flags with their references', async () => {
    const report = JSON.parse((await parley(['report', dir, '--json'])).stdout);
    expect(report.dialogues.map((d: { key: string }) => d.key)).toEqual(['away-on-business', 'business-losing-money']);
    const shop = report.dialogues[1];
    expect(shop).toMatchObject({ title: "The shop that's losing money", sessions: 3, distinct: 1, finished: 2, averageScore: expected('ben').averageScore });
    const all: Record<string, number> = {};
    for (const { flags } of recorded.values()) for (const id of flags) all[id] = (all[id] ?? 0) + 1;
    expect(flagCounts(report.flags)).toEqual(all);
    const counts = report.flags.map((f: { count: number }) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const shaming = report.flags.find((f: { id: string }) => f.id === 'public_shaming');
    // The shop's unpaid invoice is a business debt: the FDCPA does not reach it, state law does.
    expect(shaming).toMatchObject({ sessions: 1, severity: 'coercive' });
    expect(shaming.references).toContainEqual(expect.objectContaining({ jurisdiction: 'us', law: 'State law' }));
    expect(shaming.references.some((r: { law: string }) => r.law === 'FDCPA')).toBe(false);
  });

  it('skips a corrupt line and an unreadable file with a warning naming file and line, and counts them', async () => {
    const result = await parley(['report', dir]);
    expect(result.stderr).toContain(`warning: ${join(dir, 'sub', 'c5.jsonl')}:4: skipped: not JSON`);
    expect(result.stderr).toContain(`warning: ${join(dir, 'notes.jsonl')}:1: skipped: not JSON`);
    expect(result.stderr).toContain(`warning: ${join(dir, 'notes.jsonl')}: skipped: no readable transcript header`);
    expect(result.stdout).toContain('8 sessions from 9 transcript files (6 finished, 1 quit, 1 interrupted) · 2 corrupt lines skipped, 1 unreadable file');
    const ana = expected('ana');
    const i = ana.improvement;
    const row = `ana +5 +4 +${ana.averageScore.toFixed(1)} +${Math.round(ana.tasksMet * 100)}% +${i.first} → ${i.last} \\(\\+${i.change}\\) +1 `;
    expect(result.stdout).toMatch(new RegExp(`^${row.replace(/ \+/g, '\\s+')}`, 'm'));
    expect(result.stdout).toMatch(/^\s+2\s+1\s+0\s+public_shaming\s+coercive\s+State law harassment/m);
  });

  it('writes CSV with one row per learner and per dialogue, and Markdown', async () => {
    const out = join(dir, 'report.csv');
    expect((await parley(['report', dir, '--csv', '--out', out])).status).toBe(1);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n').map((r) => r.split(','));
    expect(rows).toHaveLength(5);
    const head = rows[0]!;
    const ana = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    const want = expected('ana');
    expect(ana).toMatchObject({ group: 'learner', name: 'ana', sessions: '5', finished: '4', average_score: String(want.averageScore), improvement: String(want.improvement.change) });
    expect(Object.fromEntries(ana.outcomes!.split(';').map((o) => [o.split(':')[0], Number(o.split(':')[1])]))).toEqual(want.outcomes);
    expect(rows.map((r) => r[0])).toEqual(['group', 'learner', 'learner', 'dialogue', 'dialogue']);

    const markdown = (await parley(['report', dir, '--markdown'])).stdout;
    expect(markdown).toContain('# Parley training report');
    expect(markdown).toContain('| learner | sessions | finished | average score |');
    expect(markdown).toContain(`| ana | 5 | 4 | ${expected('ana').averageScore.toFixed(1)} |`);
  });

  it('defuses spreadsheet formulas in learner names', async () => {
    const evil = tempDir();
    writeFileSync(join(evil, 't.jsonl'), playTranscript(AWAY, ['identify'], { learner: '=HYPERLINK("http://x")' }));
    const csv = (await parley(['report', evil, '--csv'])).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes xAPI statements: attempted, answered per choice, completed or terminated, with score and flags', async () => {
    const out = join(dir, 'statements.json');
    const result = await parley(['report', dir, '--xapi', '--out', out, '--activity-base', 'https://lms.example.com/parley/']);
    expect(result.status).toBe(1);
    const statements = JSON.parse(readFileSync(out, 'utf8'));
    const expected = SESSIONS.reduce((n, s) => n + 1 + s.choices.length + (s.kind === 'interrupted' ? 0 : 1), 0);
    expect(statements).toHaveLength(expected);
    expect(new Set(statements.map((s: { id: string }) => s.id)).size).toBe(expected);
    const verbs = statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').at(-1));
    expect(verbs.filter((v: string) => v === 'completed')).toHaveLength(6);
    expect(verbs.filter((v: string) => v === 'terminated')).toHaveLength(1);
    const best = recorded.get('a9.jsonl')!.debrief!;
    expect(best.flags).toEqual([]);
    const paid = statements.find((s: { verb: { id: string }; result?: { score?: { raw: number } } }) => s.verb.id.endsWith('completed') && s.result?.score?.raw === best.score.total);
    expect(paid).toMatchObject({
      actor: { objectType: 'Agent', name: 'ana', account: { homePage: 'https://lms.example.com/parley/', name: 'ana' } },
      object: { id: 'https://lms.example.com/parley/dialogues/away-on-business' },
      result: { completion: true, success: true, score: { raw: best.score.total, min: 0, max: 100, scaled: best.score.total / 100 } },
    });
    const flagged = statements.find((s: { result?: { response?: string } }) => s.result?.response === 'tell_family');
    expect(flagged.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(flagged.result.extensions['https://lms.example.com/parley/xapi/extensions/flags'].map((f: { id: string }) => f.id)).toEqual(['pressure_to_borrow']);
    expect(flagged.context.registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = JSON.parse((await parley(['report', dir, '--xapi', '--activity-base', 'https://lms.example.com/parley/'])).stdout);
    expect(again.map((s: { id: string }) => s.id)).toEqual(statements.map((s: { id: string }) => s.id));
  });

  it('shows each flag with the references of every jurisdiction its sessions were played under', async () => {
    const mixed = tempDir();
    const choices = 'identify,disclose_and_ask,tell_family,insist_family';
    for (const jurisdiction of ['us', 'uk']) {
      const run = await parley(['run', AWAY, '-c', choices, '--jurisdiction', jurisdiction, '--learner', jurisdiction, '--transcript', join(mixed, `${jurisdiction}.jsonl`)]);
      expect(run.status, run.stderr).toBe(0);
    }
    const report = JSON.parse((await parley(['report', mixed, '--json'])).stdout);
    const threat = report.flags.find((f: { id: string }) => f.id === 'threat_to_expose');
    expect(new Set(threat.references.map((r: { jurisdiction: string }) => r.jurisdiction))).toEqual(new Set(['us', 'uk']));
    const table = (await parley(['report', mixed])).stdout;
    const row = table.split('\n').find((line) => line.includes('threat_to_expose') && line.includes('FDCPA'))!;
    expect(row).toContain('FCA');
  });

  it('--bom starts the CSV with a byte order mark for spreadsheets, and only goes with --csv', async () => {
    const clean = tempDir();
    writeFileSync(join(clean, 't.jsonl'), playTranscript(AWAY, ['identify'], { learner: 'ana' }));
    const out = join(clean, 'r.csv');
    expect((await parley(['report', clean, '--csv', '--bom', '--out', out])).status).toBe(0);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await parley(['report', clean, '--csv'])).stdout.startsWith('\uFEFF')).toBe(false);
    expect((await parley(['report', clean, '--json', '--bom'])).status).toBe(2);
  });

  it('exits 2 for a missing path or two output formats', async () => {
    expect((await parley(['report', join(dir, 'nope')])).status).toBe(2);
    expect((await parley(['report', dir, '--json', '--csv'])).status).toBe(2);
  });
});

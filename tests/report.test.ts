import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';
import { playTranscript, tempDir } from './helpers/transcripts.js';

const AWAY = 'dialogues/away-on-business.yaml';
const SHOP = 'dialogues/business-losing-money.yaml';

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
  { file: 'z1.jsonl', learner: 'ana', dialogue: AWAY, day: 3, choices: ['identify', 'disclose_and_ask', 'ask_why', 'pros_cons', 'pin_down', 'no_card_details', 'confirm'] },
  { file: 'a9.jsonl', learner: 'ana', dialogue: AWAY, day: 4, choices: ['identify', 'disclose_and_ask', 'ask_why', 'pros_cons', 'pay_now_app', 'no_card_details', 'full_amount'] },
  { file: 'm3.jsonl', learner: 'ana', dialogue: AWAY, day: 5, choices: ['identify', 'fake_lawyer'], kind: 'quit' },
  { file: 'sub/k4.jsonl', learner: 'ben', dialogue: SHOP, day: 2, choices: ['introduce', 'disclose_and_ask', 'ask_why', 'pros_cons', 'step_aside', 'firm_reply', 'offer_plan', 'confirm_plan'] },
  { file: 'sub/c5.jsonl', learner: 'ben', dialogue: SHOP, day: 3, choices: ['introduce', 'disclose_and_ask', 'ask_why', 'pros_cons', 'wait_at_counter', 'use_the_leverage'] },
  { file: 'sub/e6.jsonl', learner: 'ben', dialogue: SHOP, day: 4, choices: ['introduce', 'disclose_and_ask', 'my_wages'], kind: 'interrupted' },
];

let dir: string;
const debriefs = new Map<string, { score: { total: number }; tasks: { met: boolean }[]; outcome?: { id: string } }>();

beforeAll(() => {
  dir = tempDir('parley-report-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'notes.jsonl'), 'these are my notes, not a transcript\n');
  for (const s of SESSIONS) {
    let text = playTranscript(s.dialogue, s.choices, { learner: s.learner, startedAt: `2025-03-0${s.day}T09:00:00.000Z` });
    const lines = text.trimEnd().split('\n');
    if (s.kind === 'interrupted') lines.pop();
    if (s.file === 'sub/c5.jsonl') lines.splice(3, 0, '{"kind":"step","at":"2025-03-03T09:0'); // a torn write
    text = `${lines.join('\n')}\n`;
    writeFileSync(join(dir, s.file), text);
    const end = JSON.parse(lines.at(-1)!);
    if (end.kind === 'end') debriefs.set(s.file, end.debrief);
  }
});

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
const scoreOf = (file: string) => debriefs.get(file)!.score.total;

describe('parley report', () => {
  it('summarises per learner: sessions, outcomes, average score, core tasks, flags, improvement', () => {
    const result = parley(['report', dir, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.transcripts).toEqual({ files: 9, sessions: 8, finished: 6, quit: 1, interrupted: 1, skippedFiles: 1, skippedLines: 2 });

    const ana = report.learners.find((l: { key: string }) => l.key === 'ana');
    const anaFinished = ['q7.jsonl', 'b2.jsonl', 'z1.jsonl', 'a9.jsonl'];
    expect(ana).toMatchObject({ sessions: 5, finished: 4, quit: 1, interrupted: 0, distinct: 1 });
    expect(ana.outcomes).toEqual({ promise_to_pay: 2, hung_up: 1, paid_today: 1, unfinished: 1 });
    expect(ana.averageScore).toBe(mean(anaFinished.map(scoreOf)));
    expect(ana.averageScore).toBe(mean([30, 0, 90, 100]));
    const met = anaFinished.flatMap((f) => debriefs.get(f)!.tasks.map((t) => t.met));
    expect(ana.tasksMet).toBe(Math.round((met.filter(Boolean).length / met.length) * 1000) / 1000);
    expect(ana.tasks.understand_reason).toBe(0.5);
    expect(ana.improvement).toEqual({ first: mean([30, 0]), last: mean([90, 100]), change: mean([90, 100]) - mean([30, 0]), window: 2 });
    expect(ana.firstSession).toBe('2025-03-01T09:00:00.000Z');
    expect(ana.lastSession).toBe('2025-03-05T09:00:00.000Z');
    expect(Object.fromEntries(ana.flags.map((f: { id: string; count: number }) => [f.id, f.count]))).toEqual({
      third_party_disclosure: 1,
      pressure_to_borrow: 1,
      call_frequency: 1,
      impersonation: 1,
      false_legal_threat: 1,
    });

    const ben = report.learners.find((l: { key: string }) => l.key === 'ben');
    expect(ben).toMatchObject({ sessions: 3, finished: 2, quit: 0, interrupted: 1, averageScore: mean([90, 40]) });
    expect(ben.outcomes).toEqual({ paid_today: 1, payment_plan: 1, unfinished: 1 });
    expect(ben.improvement).toEqual({ first: 90, last: 40, change: -50, window: 1 });
    expect(Object.fromEntries(ben.flags.map((f: { id: string; count: number }) => [f.id, f.count]))).toEqual({ public_shaming: 2, guilt_trip: 1 });
  });

  it('summarises per dialogue, and lists the most frequent flags with their references', () => {
    const report = JSON.parse(parley(['report', dir, '--json']).stdout);
    expect(report.dialogues.map((d: { key: string }) => d.key)).toEqual(['away-on-business', 'business-losing-money']);
    const shop = report.dialogues[1];
    expect(shop).toMatchObject({ title: "The shop that's losing money", sessions: 3, distinct: 1, finished: 2, averageScore: 65 });
    const top = report.flags[0];
    expect(top).toMatchObject({ id: 'public_shaming', count: 2, sessions: 1, severity: 'violation' });
    expect(top.references).toContainEqual(expect.objectContaining({ jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692d(3)' }));
  });

  it('skips a corrupt line and an unreadable file with a warning naming file and line, and counts them', () => {
    const result = parley(['report', dir]);
    expect(result.stderr).toContain(`warning: ${join(dir, 'sub', 'c5.jsonl')}:4: skipped: not JSON`);
    expect(result.stderr).toContain(`warning: ${join(dir, 'notes.jsonl')}:1: skipped: not JSON`);
    expect(result.stderr).toContain(`warning: ${join(dir, 'notes.jsonl')}: skipped: no readable transcript header`);
    expect(result.stdout).toContain('8 sessions from 9 transcript files (6 finished, 1 quit, 1 interrupted) · 2 corrupt lines skipped, 1 unreadable file');
    expect(result.stdout).toMatch(/^ana\s+5\s+4\s+55\.0\s+\d+%\s+15 → 95 \(\+80\)\s+1\s+promise_to_pay \(2\)/m);
    expect(result.stdout).toMatch(/^\s+2\s+1\s+public_shaming\s+violation\s+FDCPA 15 U\.S\.C\. 1692d\(3\)/m);
  });

  it('writes CSV with one row per learner and per dialogue, and Markdown', () => {
    const out = join(dir, 'report.csv');
    expect(parley(['report', dir, '--csv', '--out', out]).status).toBe(0);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n').map((r) => r.split(','));
    expect(rows).toHaveLength(5);
    const head = rows[0]!;
    const ana = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    expect(ana).toMatchObject({ group: 'learner', name: 'ana', sessions: '5', average_score: '55', improvement: '80', outcomes: 'promise_to_pay:2;hung_up:1;paid_today:1;unfinished:1' });
    expect(rows.map((r) => r[0])).toEqual(['group', 'learner', 'learner', 'dialogue', 'dialogue']);

    const markdown = parley(['report', dir, '--markdown']).stdout;
    expect(markdown).toContain('# Parley training report');
    expect(markdown).toContain('| learner | sessions | finished | average score |');
    expect(markdown).toMatch(/\| ana \| 5 \| 4 \| 55\.0 \|/);
  });

  it('defuses spreadsheet formulas in learner names', () => {
    const evil = tempDir();
    writeFileSync(join(evil, 't.jsonl'), playTranscript(AWAY, ['identify'], { learner: '=HYPERLINK("http://x")' }));
    const csv = parley(['report', evil, '--csv']).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes xAPI statements: attempted, answered per choice, completed or terminated, with score and flags', () => {
    const out = join(dir, 'statements.json');
    const result = parley(['report', dir, '--xapi', '--out', out, '--activity-base', 'https://lms.example.com/parley/']);
    expect(result.status).toBe(0);
    const statements = JSON.parse(readFileSync(out, 'utf8'));
    const expected = SESSIONS.reduce((n, s) => n + 1 + s.choices.length + (s.kind === 'interrupted' ? 0 : 1), 0);
    expect(statements).toHaveLength(expected);
    expect(new Set(statements.map((s: { id: string }) => s.id)).size).toBe(expected);
    const verbs = statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').at(-1));
    expect(verbs.filter((v: string) => v === 'completed')).toHaveLength(6);
    expect(verbs.filter((v: string) => v === 'terminated')).toHaveLength(1);
    const paid = statements.find((s: { verb: { id: string }; result?: { score?: { raw: number } } }) => s.verb.id.endsWith('completed') && s.result?.score?.raw === 100);
    expect(paid).toMatchObject({
      actor: { objectType: 'Agent', name: 'ana', account: { homePage: 'https://lms.example.com/parley/', name: 'ana' } },
      object: { id: 'https://lms.example.com/parley/dialogues/away-on-business' },
      result: { completion: true, success: true, score: { raw: 100, min: 0, max: 100, scaled: 1 } },
    });
    const flagged = statements.find((s: { result?: { response?: string } }) => s.result?.response === 'tell_family');
    expect(flagged.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(flagged.result.extensions['https://lms.example.com/parley/xapi/extensions/flags'].map((f: { id: string }) => f.id)).toEqual(['third_party_disclosure', 'pressure_to_borrow']);
    expect(flagged.context.registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = JSON.parse(parley(['report', dir, '--xapi', '--activity-base', 'https://lms.example.com/parley/']).stdout);
    expect(again.map((s: { id: string }) => s.id)).toEqual(statements.map((s: { id: string }) => s.id));
  });

  it('exits 2 for a missing path or two output formats', () => {
    expect(parley(['report', join(dir, 'nope')]).status).toBe(2);
    expect(parley(['report', dir, '--json', '--csv']).status).toBe(2);
  });
});

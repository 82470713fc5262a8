import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/io/read-lines.js';
import { checkLearner } from '../src/report/learner-identity.js';
import { summarizeSession, type SessionSummary } from '../src/report/session-summary.js';
import { sessionStatements, type XapiStatement } from '../src/report/xapi-statements.js';
import { parley, ROOT } from './helpers/cli.js';
import { playTranscript, tempDir } from './helpers/transcripts.js';

/** Learning Locker's statement validator (CommonJS: its default export is the function). */
const validateStatement = (createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (statement: unknown) => Array<{ path: string[]; data: unknown }> }).default;

const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const LAWFUL = ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pin_down', 'no_card_details', 'confirm'];
const BASE = 'https://lms.example.com/parley/';

const summary = async (text: string, file = 't.jsonl'): Promise<SessionSummary> => {
  const session = await summarizeSession(file, splitLines(text), () => {});
  if (!session) throw new Error('no session');
  return session;
};

const withHeader = (text: string, change: (header: Record<string, unknown>) => void): string => {
  const [first, ...rest] = text.split('\n');
  const header = JSON.parse(first!) as Record<string, unknown>;
  change(header);
  return [JSON.stringify(header), ...rest].join('\n');
};

/** Sessions of every kind a cohort holds, each language version of a dialogue included. */
async function cohort(): Promise<SessionSummary[]> {
  const texts = [
    playTranscript(AWAY, LAWFUL, { learner: 'ana', startedAt: '2025-03-01T09:00:00.000Z' }),
    playTranscript(AWAY, ['identify', 'disclose_and_ask', 'tell_family'], { learner: 'mailto:ben@example.com', startedAt: '2025-03-02T09:00:00.000Z' }),
    withHeader(playTranscript(AWAY, LAWFUL, { learner: 'cara', startedAt: '2025-03-03T09:00:00.000Z' }), (h) => (h.learnerHome = 'https://lms.example.com')),
    playTranscript(AWAY, ['identify', 'fake_lawyer'], { startedAt: '2025-03-04T09:00:00.000Z' }),
    playTranscript(AWAY, ['identify', 'fake_lawyer'], { seed: 2, startedAt: '2025-03-04T09:00:00.000Z' }),
    // An interrupted session: no end line.
    playTranscript(AWAY, ['identify'], { learner: 'dan', startedAt: '2025-03-05T09:00:00.000Z' }).trimEnd().split('\n').slice(0, -1).join('\n') + '\n',
  ];
  for (const file of readdirSync(join(ROOT, 'dialogues')).filter((f) => /\.(es|zh)\.yaml$/.test(f))) {
    const text = readFileSync(join(ROOT, 'dialogues', file), 'utf8');
    const first = /^\s+- id: (\w+)/m.exec(text)?.[1];
    if (first) texts.push(playTranscript(`dialogues/${file}`, [first], { learner: 'eva', startedAt: '2025-03-06T09:00:00.000Z' }));
  }
  return Promise.all(texts.map((text, i) => summary(text, `${i}.jsonl`)));
}

describe('xAPI statements', () => {
  it('every statement of a cohort is valid xAPI (Learning Locker\'s validator) and leaves `version` to the LRS', async () => {
    const statements = (await cohort()).flatMap((s) => sessionStatements(s, { base: BASE }));
    expect(statements.length).toBeGreaterThan(40);
    for (const statement of statements) {
      expect(validateStatement(statement).map((w) => `${w.path.join('.')}: ${JSON.stringify(w.data)}`), statement.id).toEqual([]);
      expect(statement).not.toHaveProperty('version');
    }
  });

  it('ids derive from the session and the activity base: the same export gives the same ids, another base other ids, no two sessions share one', async () => {
    const sessions = await cohort();
    const ids = (base: string) => sessions.flatMap((s) => sessionStatements(s, { base })).map((s) => s.id);
    const first = ids(BASE);
    expect(new Set(first).size).toBe(first.length);
    expect(ids(BASE)).toEqual(first);
    const other = ids('https://lms.example.com/other/');
    expect(other.filter((id) => first.includes(id))).toEqual([]);
  });

  it('names the learner as the LMS knows them, and never merges unnamed sessions into one person', async () => {
    const sessions = await cohort();
    const actor = (i: number, learnerHome?: string) => sessionStatements(sessions[i]!, { base: BASE, ...(learnerHome ? { learnerHome } : {}) })[0]!.actor;
    expect(actor(0)).toEqual({ objectType: 'Agent', name: 'ana', account: { homePage: BASE, name: 'ana' } });
    expect(actor(0, 'https://lms.example.com')).toEqual({ objectType: 'Agent', name: 'ana', account: { homePage: 'https://lms.example.com', name: 'ana' } });
    expect(actor(1)).toEqual({ objectType: 'Agent', mbox: 'mailto:ben@example.com' });
    expect(actor(2)).toEqual({ objectType: 'Agent', name: 'cara', account: { homePage: 'https://lms.example.com', name: 'cara' } });
    expect(actor(3)).not.toEqual(actor(4));
  });

  it('leaves dialogue-test transcripts out: they are not learner activity', async () => {
    const goldens = readdirSync(join(ROOT, 'dialogues'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.jsonl'));
    expect(goldens.length).toBeGreaterThan(0);
    for (const golden of goldens) {
      const session = await summary(readFileSync(join(golden.parentPath, golden.name), 'utf8'));
      expect(sessionStatements(session, { base: BASE })).toEqual([]);
    }
    const dir = tempDir();
    writeFileSync(join(dir, 'golden.jsonl'), readFileSync(join(goldens[0]!.parentPath, goldens[0]!.name)));
    const result = await parley(['report', dir, '--xapi']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout) as XapiStatement[]).toEqual([]);
    expect(result.stderr).toContain('1 dialogue-test transcripts left out');
  });
});

describe('learner identity', () => {
  it('accepts an email address or an account name, normalised so one person stays one', () => {
    expect(checkLearner('  Ana   Lima ')).toEqual({ ok: true, learner: 'Ana Lima' });
    expect(checkLearner('mailto:Ana.Lima@Example.COM')).toEqual({ ok: true, learner: 'mailto:ana.lima@example.com' });
    expect(checkLearner('a.lima', 'https://lms.example.com')).toEqual({ ok: true, learner: 'a.lima', learnerHome: 'https://lms.example.com' });
  });

  it('refuses what an LMS could not match, with one clear message', () => {
    expect(checkLearner('mailto:ana')).toMatchObject({ ok: false, problem: expect.stringContaining('not an email address') });
    expect(checkLearner('mailto:ana@example.com', 'https://lms.example.com')).toMatchObject({ ok: false });
    expect(checkLearner('ana', 'lms.example.com')).toMatchObject({ ok: false, problem: expect.stringContaining('--learner-home') });
    expect(checkLearner('ana\u001b[2J')).toMatchObject({ ok: false });
    expect(checkLearner('   ')).toMatchObject({ ok: false });
  });

  it('run records the checked learner and refuses a bad one before playing', async () => {
    const dir = tempDir();
    const file = join(dir, 't.jsonl');
    expect((await parley(['run', AWAY, '-c', 'identify', '--learner', 'MAILTO:Ana@Example.com', '--transcript', file])).status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!).learner).toBe('mailto:ana@example.com');
    const bad = await parley(['run', AWAY, '-c', 'identify', '--learner', 'ana', '--learner-home', 'not an iri']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--learner-home must be an absolute IRI');
  });

  it('report refuses an activity base that is not an IRI instead of writing invalid statements', async () => {
    const result = await parley(['report', tempDir(), '--xapi', '--activity-base', 'not an iri']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--activity-base must be an absolute IRI');
  });
});

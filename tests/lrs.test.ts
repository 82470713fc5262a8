import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { startLrs, storedStatements, TEST_LRS_AUTH, type RunningLrs } from './helpers/lrs.js';
import { playTranscript, tempDir } from './helpers/transcripts.js';

/**
 * Parley against a real learning record store: Learning Locker's
 * xapi-statements, in memory on 127.0.0.1, started by this test.
 */
const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const LAWFUL = ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pin_down', 'no_card_details', 'confirm'];
const BASE = 'https://lms.example.com/parley/';

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/parley without blocking this process (the fault-injecting proxy below runs in it). */
function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'parley'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', PARLEY_LRS_AUTH: TEST_LRS_AUTH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A cohort: named learners (an LMS account, an email address), two unnamed sessions, a quit, and a dialogue test's golden transcript. */
function cohort(): string {
  const dir = tempDir('parley-cohort-');
  const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}T09:00:00.000Z`;
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, `ana-${i}.jsonl`), playTranscript(AWAY, LAWFUL, { learner: 'ana', seed: i, startedAt: day(1 + i) }));
  writeFileSync(join(dir, 'ben.jsonl'), playTranscript(AWAY, ['identify', 'disclose_and_ask', 'tell_family'], { learner: 'mailto:ben@example.com', startedAt: day(2) }));
  writeFileSync(join(dir, 'anon-1.jsonl'), playTranscript(AWAY, LAWFUL, { startedAt: day(3) }));
  writeFileSync(join(dir, 'anon-2.jsonl'), playTranscript(AWAY, ['identify', 'fake_lawyer'], { startedAt: day(4) }));
  const golden = readdirSync(join(ROOT, 'dialogues'), { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith('.jsonl'))!;
  copyFileSync(join(golden.parentPath, golden.name), join(dir, 'golden.jsonl'));
  return dir;
}

/** The statements `report --xapi` writes for a folder: what the LRS must end up holding. */
async function exported(dir: string, base = BASE): Promise<Array<{ id: string; actor: Record<string, unknown> }>> {
  const result = await run(['report', dir, '--xapi', '--activity-base', base]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

let lrs: RunningLrs;
beforeAll(async () => {
  lrs = await startLrs();
}, 60_000);
afterAll(() => lrs?.stop());

describe('sending statements to a real LRS', () => {
  it('sends a cohort in batches, re-sends it without conflict or duplicates, sends again under another activity base, and reads it all back', async () => {
    const dir = cohort();
    const outbox = join(tempDir(), 'outbox.jsonl');
    const send = (base: string) => run(['report', dir, '--xapi', '--lrs', lrs.endpoint, '--activity-base', base, '--lrs-batch-kb', '8', '--outbox', outbox]);
    const expected = await exported(dir);
    expect(expected.length).toBeGreaterThan(100);

    const first = await send(BASE);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${expected.length} statements sent, 0 already there, 0 refused`);
    expect(first.stderr).toContain('1 dialogue-test transcripts left out');
    expect(existsSync(outbox)).toBe(false);
    let stored = await storedStatements(lrs);
    expect(stored.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());

    // Learners are told apart: an account, an mbox, and each unnamed session its own agent; no test transcript is learner activity.
    const actors = new Set(stored.map((s) => JSON.stringify(s.actor)));
    expect(actors.size).toBe(4);
    expect(stored.some((s) => (s.actor as { mbox?: string }).mbox === 'mailto:ben@example.com')).toBe(true);
    expect(stored.every((s) => !JSON.stringify(s).includes('2000-01-01'))).toBe(true);

    const again = await send(BASE);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`0 statements sent, ${expected.length} already there, 0 refused`);
    stored = await storedStatements(lrs);
    expect(stored).toHaveLength(expected.length);

    const other = 'https://lms.example.com/other-parley/';
    const moved = await send(other);
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stderr).toContain(`${expected.length} statements sent, 0 already there, 0 refused`);
    stored = await storedStatements(lrs);
    expect(stored).toHaveLength(2 * expected.length);
    expect(stored.filter((s) => JSON.stringify(s.object).includes(other))).toHaveLength(expected.length);
  });

  it('keeps what the LRS would not take in the outbox, with its reason, and sends it next time', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cara.jsonl'), playTranscript(AWAY, LAWFUL, { learner: 'cara', startedAt: '2025-04-01T09:00:00.000Z' }));
    const outbox = join(tempDir(), 'outbox.jsonl');
    const args = ['report', dir, '--xapi', '--lrs', lrs.endpoint, '--activity-base', BASE, '--outbox', outbox];

    const refusedCredentials = await run(args, { PARLEY_LRS_AUTH: 'parley-key:wrong' });
    expect(refusedCredentials.status).toBe(4);
    expect(refusedCredentials.stderr).toMatch(/HTTP 401 \(check the credentials\)/);
    const waiting = readFileSync(outbox, 'utf8').trim().split('\n');
    expect(waiting.length).toBe(LAWFUL.length + 2); // attempted, one answered per choice, completed

    // A statement the LRS rejects (an outbox line from elsewhere with an object id that is no IRI): the others still go.
    writeFileSync(outbox, `${waiting.join('\n')}\n${JSON.stringify({ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', actor: { objectType: 'Agent', mbox: 'mailto:x@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' }, object: { id: 'not an iri' } })}\n`);
    const partly = await run(args);
    expect(partly.status).toBe(4);
    expect(partly.stderr).toContain(`${LAWFUL.length + 3} statements from an earlier send were waiting in the outbox`);
    expect(partly.stderr).toContain(`${LAWFUL.length + 2} statements sent, 0 already there, 1 refused`);
    expect(partly.stderr).toMatch(/refused 0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b: HTTP 400: .*object\.id/);
    expect(readFileSync(outbox, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('retries while the LRS is busy or failing (429, 503), in requests under the size limit', async () => {
    const dir = tempDir();
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `dee-${i}.jsonl`), playTranscript(AWAY, LAWFUL, { learner: 'dee', seed: i, startedAt: `2025-05-0${i + 1}T09:00:00.000Z` }));
    const expected = await exported(dir);
    // A flaky network in front of the real LRS: the first posts fail, then requests pass through.
    const failures = [503, 429, 503];
    const posts: number[] = [];
    const proxy: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.method === 'POST') {
          posts.push(body.length);
          const status = failures.shift();
          if (status) {
            res.writeHead(status, { 'Retry-After': '0', 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ message: 'try again' }));
            return;
          }
        }
        const forward = httpRequest({ host: '127.0.0.1', port: lrs.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as { port: number }).port;
      const result = await run(['report', dir, '--xapi', '--lrs', `http://127.0.0.1:${port}/xAPI/`, '--activity-base', BASE, '--lrs-batch-kb', '6', '--outbox', join(tempDir(), 'o.jsonl')]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(`${expected.length} statements sent, 0 already there, 0 refused`);
      expect(failures).toEqual([]);
      expect(Math.max(...posts)).toBeLessThanOrEqual(6 * 1024);
      const ids = new Set((await storedStatements(lrs)).map((s) => s.id));
      expect(expected.every((s) => ids.has(s.id))).toBe(true);
    } finally {
      proxy.close();
    }
  });

  it('run --lrs sends the session as it ends (opt-in), under the learner the LMS knows', async () => {
    const dir = tempDir();
    const outbox = join(tempDir(), 'o.jsonl');
    const args = ['run', AWAY, '-c', LAWFUL.join(','), '--learner', 'fay.o', '--learner-home', 'https://lms.example.com', '--lrs', lrs.endpoint, '--outbox', outbox, '--activity-base', BASE];
    const result = await run([...args, '--transcript', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${LAWFUL.length + 2} statements sent, 0 already there, 0 refused`);
    const mine = (await storedStatements(lrs)).filter((s) => JSON.stringify(s.actor) === JSON.stringify({ objectType: 'Agent', name: 'fay.o', account: { homePage: 'https://lms.example.com', name: 'fay.o' } }));
    expect(mine).toHaveLength(LAWFUL.length + 2);
    const without = await run(args);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain('add --transcript');
  });

  it('refuses a secret in the endpoint URL and a send without credentials, before reading anything', async () => {
    const withSecret = await run(['report', tempDir(), '--xapi', '--lrs', 'http://key:secret@127.0.0.1:1/xAPI/']);
    expect(withSecret.status).toBe(2);
    expect(withSecret.stderr).toContain('no credentials in the URL');
    const without = await run(['report', tempDir(), '--xapi', '--lrs', lrs.endpoint], { PARLEY_LRS_AUTH: undefined });
    expect(without.status).toBe(2);
    expect(without.stderr).toContain('PARLEY_LRS_AUTH');
    const file = join(tempDir(), 'lrs-auth');
    writeFileSync(file, `${TEST_LRS_AUTH}\n`);
    const fromFile = await run(['report', tempDir(), '--xapi', '--lrs', lrs.endpoint, '--lrs-auth-file', file, '--outbox', join(tempDir(), 'o.jsonl')], { PARLEY_LRS_AUTH: undefined });
    expect(fromFile.status, fromFile.stderr).toBe(0);
  });
});

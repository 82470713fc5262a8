import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';
import { tempDir } from './helpers/transcripts.js';

const AWAY = 'dialogues/away-on-business.yaml';
const IDENTIFY = 'Hi, Sam from Ridgeline Recovery, is this Martin Hale?';
const THREAT = "I'm a debt collector for Northbank; your $1,240 balance is 38 days late. Can you pay today or I'll tell your boss";

const linesOf = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('parley run --replies', () => {
  it("prints the reply each line meant and flags a lawful move said with a threat; the transcript records what was typed", async () => {
    const dir = tempDir();
    const replies = join(dir, 'replies.txt');
    writeFileSync(replies, `# a lawful call with a threat in it\n${IDENTIFY}\n\n${THREAT}\n`);
    const transcript = join(dir, 't.jsonl');
    const result = await parley(['run', AWAY, '--replies', replies, '--seed', '2', '--transcript', transcript]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`You typed: “${IDENTIFY}”`);
    expect(result.stdout).toMatch(/You meant: Hi, this is Sam from Ridgeline Recovery\. Am I speaking with Martin Hale\? \(confidence 0\.\d\d\) \[identify\]/);
    expect(result.stdout).toContain('VIOLATION: Threatening to tell others [threat_to_expose]');
    expect(result.stdout).toMatch(/in your words: “[^”]*boss”/);
    const steps = linesOf(transcript).filter((l) => l.kind === 'step').map((l) => l.step);
    expect(steps.map((s) => s.choice.id)).toEqual(['identify', 'disclose_and_ask']);
    expect(steps[0].typed).toMatchObject({ text: IDENTIFY, flags: [] });
    expect(steps[1].typed.flags.map((f: { flag: string }) => f.flag)).toEqual(['threat_to_expose']);
    expect(steps[1].flags).toMatchObject([{ id: 'threat_to_expose', source: 'typed' }]);
    expect(steps[1].tasks).toEqual([]);

    // The recorded typed flags replay: the transcript verifies against the dialogue.
    const verified = await parley(['replay', transcript, '--verify']);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);

    // Reports count the typed flag and say it came from typed words; xAPI sends the typed text as the response.
    const report = JSON.parse((await parley(['report', dir, '--json'])).stdout);
    expect(report.flags).toEqual([expect.objectContaining({ id: 'threat_to_expose', count: 1, typed: 1 })]);
    expect((await parley(['report', dir])).stdout).toMatch(/count\s+sessions\s+typed\s+flag/);
    const statements = JSON.parse((await parley(['report', dir, '--xapi'])).stdout);
    const answered = statements.filter((s: { verb: { id: string } }) => s.verb.id.endsWith('answered'));
    expect(answered.map((s: { result: { response: string } }) => s.result.response)).toEqual([IDENTIFY, THREAT]);
    expect(answered[1].object.definition.interactionType).toBe('fill-in');
  });

  it('stops at a line it cannot place, naming file:line, what was typed and the replies on screen, and leaves the transcript unfinished', async () => {
    const dir = tempDir();
    const replies = join(dir, 'replies.txt');
    writeFileSync(replies, `${IDENTIFY}\nwhat a lovely afternoon\n`);
    const transcript = join(dir, 't.jsonl');
    const result = await parley(['run', AWAY, '--replies', replies, '--transcript', transcript]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${replies}:2: cannot tell which reply "what a lovely afternoon" means`);
    expect(result.stderr).toContain('1. Thanks, Martin.');
    expect(result.stderr).toContain('[fake_lawyer]');
    const end = linesOf(transcript).at(-1);
    expect(end).toMatchObject({ kind: 'end', finished: false, reason: 'reply not understood' });
  });

  it('reads replies from stdin, speaks the dialogue language, and refuses to mix with --choices', async () => {
    const es = await parley(['run', AWAY, '--lang', 'es', '--replies', '-'], { input: 'Hola, habla Sam de Ridgeline Recovery. ¿Hablo con Martín Hale?\n' });
    expect(es.stdout).toMatch(/Usted escribió: “Hola/);
    expect(es.stdout).toMatch(/Quiso decir: .* \(confianza 0\.\d\d\) \[identify\]/);
    const both = await parley(['run', AWAY, '--replies', '-', '--choices', 'identify']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('not --choices and --replies');
  });

  it('leaves no exit handler behind when the replies file cannot be read to the end', async () => {
    const dir = tempDir();
    const replies = join(dir, 'replies.txt');
    writeFileSync(replies, `${IDENTIFY}\n${'x'.repeat(70 * 1024)}\n`);
    const before = process.listenerCount('exit');
    const result = await parley(['run', AWAY, '--replies', replies, '--transcript', join(dir, 't.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('longer than');
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('exits 1 for a line it cannot place even when the LRS is not reached', async () => {
    const dir = tempDir();
    const replies = join(dir, 'replies.txt');
    writeFileSync(replies, `${IDENTIFY}\nwhat a lovely afternoon\n`);
    // An LRS that turns every request away: the statements wait in the outbox (exit 4 on its own).
    const lrs = createServer((_request, response) => response.writeHead(401).end());
    await new Promise<void>((resolve) => lrs.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = lrs.address() as AddressInfo;
      const result = await parley(
        ['run', AWAY, '--replies', replies, '--transcript', join(dir, 't.jsonl'), '--lrs', `http://127.0.0.1:${port}/xAPI/`, '--outbox', join(dir, 'o.jsonl')],
        { env: { PARLEY_LRS_AUTH: 'test:test' } },
      );
      expect(result.stderr).toContain('cannot tell which reply');
      expect(result.stderr).toContain('LRS');
      expect(result.status).toBe(1);
    } finally {
      lrs.close();
    }
  });

  it('refuses a line on stdin longer than a replies file may hold, as it does in a file, without echoing it', async () => {
    const huge = 'pay today please '.repeat(64 * 1024);
    const result = await parley(['run', AWAY, '--replies', '-'], { input: `${IDENTIFY}\n${huge}\n` });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/-:2: longer than 65536 bytes/);
    expect(result.stdout.length + result.stderr.length).toBeLessThan(64 * 1024);
    const script = await parley(['run', AWAY, '--script', '-'], { input: `identify\n${'x'.repeat(70 * 1024)}\n` });
    expect(script.status).toBe(2);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The blind set for free-reply matching (issue 18) is frozen: written by a
 * labeller who saw only the learner's screens, committed before any matcher
 * existed. An edit to it must not pass unnoticed, and every label must point at
 * a reply the screen really shows.
 */
const DIR = 'tests/free-reply-corpus';
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
const frozen = new Map([...readme.matchAll(/^([0-9a-f]{64}) {2}(replies\/\S+\.yaml)$/gm)].map((m) => [m[2]!, m[1]!]));

interface Reply {
  screen: string;
  typed: string;
  means: number | 'none';
}

describe('the free-reply blind set', () => {
  const files = readdirSync(join(DIR, 'replies')).filter((f) => f.endsWith('.yaml'));

  it('is the frozen one: every file and its SHA-256 as the README recorded them', () => {
    expect(files.map((f) => `replies/${f}`).sort()).toEqual([...frozen.keys()].sort());
    for (const file of files) {
      const hash = createHash('sha256').update(readFileSync(join(DIR, 'replies', file))).digest('hex');
      expect(hash, file).toBe(frozen.get(`replies/${file}`));
    }
  });

  it.each(files)('%s: at least 30 replies, a quarter meaning none, each label a reply its screen shows', (file) => {
    const { replies } = parse(readFileSync(join(DIR, 'replies', file), 'utf8')) as { replies: Reply[] };
    const screens = new Map<string, number>();
    let current = '';
    for (const line of readFileSync(join(DIR, 'screens', file.replace(/\.yaml$/, '.md')), 'utf8').split('\n')) {
      const heading = /^## Screen (\S+)/.exec(line);
      if (heading) current = heading[1]!;
      else if (/^ {2}\d+\. /.test(line)) screens.set(current, (screens.get(current) ?? 0) + 1);
    }
    expect(replies.length).toBeGreaterThanOrEqual(30);
    expect(replies.filter((r) => r.means === 'none').length / replies.length).toBeGreaterThanOrEqual(0.2);
    for (const reply of replies) {
      expect(screens.has(reply.screen), `${file}: screen ${reply.screen}`).toBe(true);
      if (reply.means !== 'none') expect(reply.means, `${file}: ${reply.typed}`).toBeLessThanOrEqual(screens.get(reply.screen)!);
    }
  });
});

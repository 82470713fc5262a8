import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../src/analyze/semantic-diff.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley, ROOT } from './helpers/cli.js';

const BEFORE = 'tests/fixtures/diff/before.yaml';
const AFTER = 'tests/fixtures/diff/after.yaml';
const load = (file: string) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(file);
  return loaded.compiled;
};

describe('semantic diff', () => {
  const changes = semanticDiff(load(BEFORE), load(AFTER));

  it('finds every kind of change the fixture pair was made with', () => {
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'state-added', state: 'plan_offer' },
        { kind: 'state-removed', state: 'complaint' },
        { kind: 'choice-added', state: 'real_reason', choice: 'offer_plan', target: 'plan_offer' },
        { kind: 'choice-removed', state: 'real_reason', choice: 'credit_doom' },
        { kind: 'target-moved', state: 'family_pushback', choice: 'insist_family', branch: 0, from: 'complaint', to: 'hang_up' },
        { kind: 'guard-changed', state: 'tomorrow', choice: 'pay_now_app', branch: 0, from: 'cooperation ≥ 6', to: 'cooperation ≥ 7' },
        { kind: 'flag-dropped', state: 'excuse_trip', choice: 'tell_family', flag: 'pressure_to_borrow' },
        { kind: 'flag-added', state: 'tomorrow', choice: 'threaten_daily', flag: 'threat_of_harm' },
        { kind: 'outcome-reachable', outcome: 'payment_plan' },
        { kind: 'outcome-unreachable', outcome: 'complaint_filed' },
      ]),
    );
  });

  it('sees that a raised guard made paying today unreachable, though no state was removed', () => {
    expect(changes).toContainEqual({ kind: 'outcome-unreachable', outcome: 'paid_today' });
  });

  it('warns that the invented fee lost its flag, its coaching and its cost, and nothing else', () => {
    const lost = changes.filter((c) => c.kind === 'consequence-lost');
    expect(lost).toEqual([
      {
        kind: 'consequence-lost',
        state: 'card_number',
        choice: 'add_fee',
        lost: ['no longer flagged', 'feedback removed', "'better' alternative removed", 'costs less trust (-1 → 0)'],
      },
    ]);
  });

  it('finds nothing between a dialogue and itself', () => {
    expect(semanticDiff(load(BEFORE), load(BEFORE))).toEqual([]);
  });
});

describe('parley diff', () => {
  it('prints changes grouped by state with the warnings last', async () => {
    const result = await parley(['diff', BEFORE, AFTER]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  ~ state family_pushback\n      ~ choice insist_family: target complaint → hang_up');
    expect(result.stdout).toContain('  outcome paid_today: no longer reachable');
    expect(result.stdout.trim().split('\n').at(-1)).toContain('⚠ coercive choice add_fee in card_number lost its consequence');
  });

  it('--exit-code exits 1 on changes and 0 on none; --json gives the changes as data', async () => {
    expect((await parley(['diff', BEFORE, AFTER, '--exit-code'])).status).toBe(1);
    const same = await parley(['diff', BEFORE, BEFORE, '--exit-code']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('no change in meaning');
    const json = JSON.parse((await parley(['diff', BEFORE, AFTER, '--json'])).stdout);
    expect(json.changes.length).toBeGreaterThan(10);
  });

  it("accepts git's seven arguments, with /dev/null for an added file, and always exits 0 for git", async () => {
    const result = await parley(['diff', 'dialogues/x.yaml', '/dev/null', '0000000', '100644', AFTER, 'abc1234', '100644']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('parley diff a/dialogues/x.yaml → b/dialogues/x.yaml');
    expect(result.stdout).toContain('  + state opening');
    const broken = await parley(['diff', 'x.yaml', 'tests/fixtures/invalid/yaml-syntax.yaml', '0', '100644', AFTER, '1', '100644']);
    expect(broken.status).toBe(0);
    expect(broken.stderr).toContain('a/x.yaml');
  });

  it('works as git diff --ext-diff in a real repository', () => {
    const repo = mkdtempSync(join(tmpdir(), 'parley-git-'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', GIT_EXTERNAL_DIFF: `"${process.execPath}" "${join(ROOT, 'bin', 'parley')}" diff` },
      });
    git('init', '-q');
    copyFileSync(join(ROOT, BEFORE), join(repo, 'd.yaml'));
    git('add', '.');
    git('commit', '-qm', 'before');
    copyFileSync(join(ROOT, AFTER), join(repo, 'd.yaml'));
    const result = git('diff', '--ext-diff');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('parley diff a/d.yaml → b/d.yaml');
    expect(result.stdout).toContain('~ choice add_fee: flag dropped unauthorized_fees');
  });

  it('rejects any other number of files as a usage error', async () => {
    expect((await parley(['diff', BEFORE])).status).toBe(2);
  });
});

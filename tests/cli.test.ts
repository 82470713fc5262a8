import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';

// A frozen copy: the shipped roleplay's content changes, and these tests press choices by position.
const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const LAWFUL = 'identify,disclose_and_ask,ask_why,ask_specific,pros_cons,pin_down,no_card_details,confirm';

describe('parley validate', () => {
  it('accepts the shipped dialogues', async () => {
    const result = await parley(['validate', 'dialogues/']);
    expect(result.stdout).toMatch(/✔ \d+ dialogues valid/);
    expect(result.status).toBe(0);
  });

  it('prints path:line:col with a did-you-mean and exits 1 for a broken file', async () => {
    const result = await parley(['validate', 'tests/fixtures/invalid/unknown-target.yaml']);
    expect(result.stdout).toContain(
      "tests/fixtures/invalid/unknown-target.yaml:18:17: error PAR201: choice 'ask' leads to unknown state 'dnoe' (did you mean 'done'?)",
    );
    expect(result.status).toBe(1);
  });

  it('reports a missing file and a directory-less path without a stack trace', async () => {
    const result = await parley(['validate', 'no/such/file.yaml']);
    expect(result.stdout).toContain('no/such/file.yaml:1:1: error PAR010: no such file');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(result.status).toBe(1);
  });

  it('gives machine-readable diagnostics with --json', async () => {
    const result = await parley(['validate', 'tests/fixtures/invalid/unknown-flag.yaml', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.diagnostics[0]).toMatchObject({ code: 'PAR205', line: 19, col: 17, hint: "did you mean 'abusive_language'?" });
  });
});

describe('parley run', () => {
  it('plays a scripted path to its outcome and prints the debrief', async () => {
    const result = await parley(['run', AWAY, '--choices', LAWFUL, '--seed', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[8] You (confirm)');
    expect(result.stdout).toContain('Outcome: Promise to pay (date and amount) (success)');
    expect(result.stdout).toContain('Flags: none');
    expect(result.stdout).toMatch(/Score: 90\/100/);
  });

  it('shows a flag with severity, legal reference and the better alternative', async () => {
    // The frozen copy: the shipped roleplay's flags follow its content.
    const result = await parley(['run', 'tests/fixtures/frozen/away-on-business.yaml', '--choices', 'identify,disclose_and_ask,tell_family,insist_family', '--seed', '1']);
    expect(result.stdout).toContain('⚑ VIOLATION: Threatening to tell others [threat_to_expose]');
    expect(result.stdout).toMatch(/rule: FDCPA 15 U\.S\.C\. 1692/);
    expect(result.stdout).toContain('better: Drop the family angle and offer a payment channel or a date he commits to.');
  });

  it('stops with exit 1 on an unavailable choice and names the available ones', async () => {
    const result = await parley(['run', AWAY, '--choices', 'identify,pay_now']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("choice 'pay_now' is not available in state 'confirmed'; available: disclose_and_ask, fake_lawyer");
  });

  it('accepts choice numbers and is reproducible with --seed in --json', async () => {
    const a = JSON.parse((await parley(['run', AWAY, '-c', '1,1,1', '--seed', '9', '--json'])).stdout);
    const b = JSON.parse((await parley(['run', AWAY, '-c', 'identify,disclose_and_ask,channels', '--seed', '9', '--json'])).stdout);
    expect(a.steps).toEqual(b.steps);
    expect(a.steps.map((s: { choice: { id: string } }) => s.choice.id)).toEqual(['identify', 'disclose_and_ask', 'channels']);
    expect(a.debrief.finished).toBe(false);
  });

  it('writes a transcript line per step, with an end line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-')), 't.jsonl');
    await parley(['run', AWAY, '-c', LAWFUL, '--transcript', file, '--learner', 'ana']);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ kind: 'header', learner: 'ana', dialogue: { id: 'away-on-business' } });
    expect(lines.filter((l) => l.kind === 'step')).toHaveLength(8);
    expect(lines.at(-1)).toMatchObject({ kind: 'end', finished: true });
  });

  it('exits 2 on usage errors', async () => {
    expect((await parley(['run'])).status).toBe(2);
    expect((await parley(['run', AWAY, '--mode', 'exam'])).status).toBe(2);
    expect((await parley(['frobnicate'])).status).toBe(2);
  });
});

describe('parley', () => {
  it('has help with examples and a version', async () => {
    expect((await parley(['--help'])).stdout).toContain('Examples:');
    expect((await parley(['run', '--help'])).stdout).toContain('$ parley run dialogues/away-on-business.yaml');
    expect((await parley(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('runCli, in-process', () => {
  it('answers a folder that does not exist with an exit code, and leaves the process folder as it was', async () => {
    const before = process.cwd();
    const result = await parley(['validate', 'x.yaml'], { cwd: join(before, 'no-such-folder-for-runCli') });
    expect(result.status).toBe(74);
    expect(result.stderr).toMatch(/no-such-folder-for-runCli/);
    expect(process.cwd()).toBe(before);
  });
});

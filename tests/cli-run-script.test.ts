import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/transcripts.js';

// A frozen copy: the shipped roleplay's content changes, and these tests press choices by position.
const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const LAWFUL = ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pin_down', 'no_card_details', 'confirm'];

describe('parley run --script', () => {
  it('reads choices one per line from stdin, skipping blank lines and comments', async () => {
    const script = `# the lawful path\n${LAWFUL.slice(0, 3).join('\n')}\n\n${LAWFUL.slice(3).join('\n')}\n`;
    const result = await parley(['run', AWAY, '--script', '-', '--seed', '1'], { input: script });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[8] You (confirm)');
    expect(result.stdout).toContain('Outcome: Promise to pay (date and amount) (success)');
    const viaChoices = await parley(['run', AWAY, '--choices', LAWFUL.join(','), '--seed', '1']);
    expect(result.stdout).toBe(viaChoices.stdout);
  });

  it('reads choices from a file, numbers included, and writes the transcript', async () => {
    const dir = tempDir();
    const script = join(dir, 'path.txt');
    writeFileSync(script, 'identify\r\n1\r\n  ask_why  \r\n');
    const transcript = join(dir, 't.jsonl');
    const result = await parley(['run', AWAY, '--script', script, '--json', '--transcript', transcript]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).steps.map((s: { choice: { id: string } }) => s.choice.id)).toEqual(['identify', 'disclose_and_ask', 'ask_why']);
    expect(readFileSync(transcript, 'utf8').trim().split('\n')).toHaveLength(5);
  });

  it('stops at an unavailable choice with exit 1, and refuses --choices with --script', async () => {
    const result = await parley(['run', AWAY, '--script', '-'], { input: 'identify\npay_now_app\nconfirm\n' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("turn 2: choice 'pay_now_app' is not available");
    expect((await parley(['run', AWAY, '--script', '-', '-c', 'identify'])).status).toBe(2);
    const missing = await parley(['run', AWAY, '--script', 'no/such/script.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
  });

  it('prints plain text into a pipe, and survives the reader closing early (| head -1)', async () => {
    const result = await parley(['run', AWAY, '-c', LAWFUL.join(',')], { env: { NO_COLOR: '' } });
    expect(result.stdout).not.toMatch(/\u001b\[/);
    // The choices arrive slowly, so parley is still writing after head has exited.
    const dir = tempDir();
    const transcript = join(dir, 't.jsonl');
    const feed = LAWFUL.map((c) => `echo ${c}; sleep 0.1`).join('; ');
    const shell = spawnSync(
      'bash',
      ['-c', `set -o pipefail; (${feed}) | node bin/parley run ${AWAY} --script - --transcript ${transcript} | head -1; echo "exit=\${PIPESTATUS[1]}"`],
      { cwd: ROOT, encoding: 'utf8', timeout: 20_000 },
    );
    expect(shell.stdout).toBe('Away on business\nexit=0\n');
    expect(shell.stderr).toBe('');
    const lines = readFileSync(transcript, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).kind).toBe('end');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parley } from '../helpers/cli.js';

/**
 * `parley report` over transcripts damaged the ways real ones get damaged: a
 * line edited into garbage, bytes that are not UTF-8, a last line cut off by
 * a killed process. Each bad line is a warning naming file and line, counted,
 * and the rest of every session still counts.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-report-corrupt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function recorded(name: string, choices: string): Promise<string> {
  const file = join(tmp, name);
  expect((await parley(['run', 'tests/fixtures/frozen/away-on-business.yaml', '-c', choices, '--transcript', file, '--learner', 'ana', '--seed', '2'])).status).toBe(0);
  return file;
}

describe('parley report with corrupt transcript lines', async () => {
  const edited = await recorded('edited.jsonl', 'identify,disclose_and_ask,ask_why');
  const lines = readFileSync(edited, 'utf8').split('\n');
  lines[2] = '{"kind":"step", this is not JSON';
  writeFileSync(edited, lines.join('\n'));

  const binary = await recorded('binary.jsonl', 'identify,fake_lawyer');
  const bytes = readFileSync(binary);
  const second = bytes.indexOf(0x0a) + 1;
  writeFileSync(binary, Buffer.concat([bytes.subarray(0, second), Buffer.from([0xff, 0xfe, 0x0a]), bytes.subarray(second)]));

  const killed = await recorded('killed.jsonl', 'identify,disclose_and_ask');
  const text = readFileSync(killed, 'utf8');
  writeFileSync(killed, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 25));

  it('warns with file and line for each, counts them, and does not abort', async () => {
    const result = await parley(['report', tmp]);
    // The figures are printed, but a script must notice they leave lines out.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('0 transcript files and 3 lines could not be read and were left out (exit code 1)');
    expect(result.stderr).toContain(`warning: ${edited}:3: skipped: not JSON`);
    expect(result.stderr).toContain(`warning: ${binary}:2: skipped: not UTF-8 text`);
    expect(result.stderr).toMatch(new RegExp(`warning: ${killed.replace(/\./g, '\\.')}:4: skipped: .*cut off`));
    expect(result.stdout).toContain('3 sessions from 3 transcript files');
    expect(result.stdout).toContain('3 corrupt lines skipped');
  });

  it('counts the same in JSON, and keeps every session', async () => {
    const report = JSON.parse((await parley(['report', tmp, '--json'])).stdout);
    expect(report.transcripts).toMatchObject({ files: 3, sessions: 3, skippedLines: 3, skippedFiles: 0 });
    expect(report.learners).toHaveLength(1);
    expect(report.learners[0]).toMatchObject({ key: 'ana', sessions: 3 });
    // The killed session kept its steps, and, with no end line, counts as interrupted.
    expect(report.learners[0].interrupted).toBe(1);
  });
});

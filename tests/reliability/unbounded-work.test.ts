import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNT_LIMIT } from '../../src/analyze/excuse-matrix.js';
import { parleyAsync } from '../helpers/cli-async.js';
import { parley } from '../helpers/cli.js';

/**
 * Work that grows with a number a stranger (or a typo) chooses is bounded:
 * path counts saturate instead of overflowing, options that set how much work
 * a command does have a ceiling, and one `parley test` run shares one work
 * budget across all its files, saying when it was used up.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-work-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A dialogue of `n` states, each with two choices onwards (loops) and one to the end. */
function loopingDialogue(n: number, id = 'loops'): string {
  const lines = [
    `id: ${id}`,
    'initial: s0',
    'meta:',
    '  title: Loops',
    '  language: en',
    '  setting: { channel: phone, debt_kind: credit_card, stage: early }',
    '  debtor:',
    '    name: Test Debtor',
    '    persona: { ability: able, willingness: willing, temperament: calm, true_reason: Forgot. }',
    '    excuses: [forgot]',
    '    debt: { amount: 100, currency: USD, days_past_due: 10 }',
    'states:',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(`  s${i}:`, `    line: "Line ${i}"`, ...(i === 0 ? ['    excuse: forgot'] : []), '    choices:');
    lines.push(`      - { id: a${i}, text: "On a ${i}", target: s${(i + 1) % n} }`);
    lines.push(`      - { id: b${i}, text: "On b ${i}", target: s${(i * 7 + 3) % n}, flags: [abusive_language], better: "Calmly." }`);
    lines.push(`      - { id: c${i}, text: "End ${i}", target: done, tasks: [ask_payment_today] }`);
  }
  lines.push('  done:', '    type: final', '    line: "Bye."', '    outcome: paid_today');
  return `${lines.join('\n')}\n`;
}

describe('parley matrix counts never overflow', () => {
  const file = join(tmp, 'loops.yaml');
  writeFileSync(file, loopingDialogue(5));

  it('a count past the limit reads "more than", in text and JSON, never Infinity, e+ or null', async () => {
    const text = await parley(['matrix', file, '--max-turns', '1000']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(/Infinity|e\+|NaN/);
    expect(text.stdout).toContain('1000/>1000T');
    expect(text.stdout).toContain(`more than ${COUNT_LIMIT.toLocaleString('en-US')} paths`);

    const json = await parley(['matrix', file, '--max-turns', '1000', '--json']);
    expect(json.stdout).not.toMatch(/null|Infinity|e\+/);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.countLimit).toBe(COUNT_LIMIT);
    const cell = parsed.cells.find((c: { outcome: string }) => c.outcome === 'paid_today');
    expect(cell).toMatchObject({ compliant: 1000, flagged: COUNT_LIMIT + 1 });
  });

  it('small counts are exact as before', async () => {
    const parsed = JSON.parse((await parley(['matrix', file, '--max-turns', '3', '--json'])).stdout);
    // Paths ending within 3 choices: c, then a|b c, then (a|b)(a|b) c; b on the way flags them.
    expect(parsed.cells.find((c: { outcome: string }) => c.outcome === 'paid_today')).toMatchObject({ compliant: 3, flagged: 4 });
  });

  it.each([['1e9'], ['1000000000'], ['1001'], ['0'], [' 5'], ['0x10'], ['']])('--max-turns %j is a usage error', async (value) => {
    const result = await parley(['matrix', file, '--max-turns', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-turns');
  });

  it('--max-situations has a ceiling too', async () => {
    expect((await parley(['analyze', file, '--max-situations', '100000000000'])).status).toBe(2);
  });
});

describe('one parley test run is bounded, over all its files', () => {
  /** A library with a looping dialogue per file, each tested by the property from the issue. */
  function library(name: string, files: number, states: number): string {
    const dir = join(tmp, name);
    mkdirSync(join(dir, 'tests'), { recursive: true });
    for (let i = 0; i < files; i++) {
      writeFileSync(join(dir, `d${i}.yaml`), loopingDialogue(states, `d${i}`));
      writeFileSync(
        join(dir, 'tests', `d${i}.test.yaml`),
        'cases:\n  - name: every path ends or is cut\n    all_paths: { max_paths: 1000000, max_depth: 200, include_unfinished: true }\n    expect: { score: { min: 0 } }\n',
      );
    }
    return dir;
  }

  it('the budget is shared: the files after it ran out are stopped too, and the run says so', async () => {
    const dir = library('shared', 3, 50);
    const result = await parley(['test', dir, '--max-steps', '200000']);
    expect(result.stderr).toBe('');
    const stopped = result.stdout.match(/stopped at the run's work limit of 200,000 steps/g) ?? [];
    expect(stopped.length).toBeGreaterThanOrEqual(1);
    expect(result.stdout).toMatch(/note: \d propert(y|ies) stopped at this run's work limit/);
    expect(result.stdout).toMatch(/stopped at the work limit\)/);
    // A case that saw no path at all cannot pass.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("the run's work limit of 200,000 steps was reached (raise it with --max-steps)");

    const json = JSON.parse((await parley(['test', dir, '--max-steps', '200000', '--reporter', 'json'])).stdout);
    expect(json.summary.workLimited).toBe(3);
  });

  it('the case from the issue (max_paths 1,000,000, max_depth 200, 999 states) stops at the default limit', async () => {
    const dir = library('issue', 1, 998);
    const started = Date.now();
    const result = await parleyAsync(['test', dir], { timeoutMs: 150_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stdout).toContain("stopped at the run's work limit of 10,000,000 steps");
    expect(result.status).toBe(0);
    console.log(
      `reliability: unbounded work: matrix counts saturate at ${COUNT_LIMIT.toLocaleString('en-US')}, 7 unbounded option values refused, one test run stops at its work limit (the issue's 300-second case in ${Math.round((Date.now() - started) / 1000)} s)`,
    );
  }, 160_000);

  it('--max-steps is bounded and digits only', async () => {
    for (const value of ['1e9', '0', '99999999999999']) expect((await parley(['test', 'dialogues', '--max-steps', value])).status).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';

const COMMANDS = ['analyze', 'coverage', 'graph', 'schema', 'new', 'lint', 'diff', 'matrix'];

/** One run of each authoring command that prints a report. */
const REPORTING_RUNS: string[][] = [
  ['analyze', 'tests/fixtures/analyze/stuck-state.yaml'],
  ['coverage', 'dialogues/away-on-business.yaml'],
  ['lint', 'tests/fixtures/lint/choices.yaml'],
  ['matrix', 'dialogues'],
  ['diff', 'tests/fixtures/diff/before.yaml', 'tests/fixtures/diff/after.yaml'],
];

describe('authoring commands, common behaviour', () => {
  it.each(COMMANDS)('parley %s --help shows usage and examples', async (command) => {
    const result = await parley([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: parley ${command}`);
    expect(result.stdout).toMatch(/Examples:\n {2}\$ parley /);
  });

  it.each(REPORTING_RUNS)('parley %s is plain when piped and coloured when colour is forced', async (...args) => {
    const plain = await parley(args);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await parley(args, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
  });

  it.each([...REPORTING_RUNS, ['graph', 'dialogues/away-on-business.yaml']])('parley %s --json prints one JSON document', async (...args) => {
    const result = await parley([...args, '--json']);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('an invalid file is reported at file:line:col, never with a stack trace', async () => {
    for (const command of ['coverage', 'graph']) {
      const result = await parley([command, 'tests/fixtures/invalid/unknown-target.yaml']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('tests/fixtures/invalid/unknown-target.yaml:18:17: error PAR201');
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
});

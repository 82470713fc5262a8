import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_COMMAND } from '../src/cli/list.js';
import { loadLibrary } from '../src/io/dialogue-library.js';
import { libraryRows, renderLibraryMarkdown } from '../src/render/library-list.js';
import { parley } from './helpers/cli.js';

describe('parley list', () => {
  it('prints one row per dialogue with its languages, excuse types, setting and outcomes', () => {
    const result = parley(['list', 'dialogues']);
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.startsWith('Away on business'))!;
    expect(row).toMatch(
      /away-on-business\s+en, es, zh\s+away_on_business, pay_tomorrow\s+phone · credit card · early\s+paid_today, promise_to_pay, hung_up, complaint_filed/,
    );
    expect(result.stdout).toMatch(/\d+ dialogues, \d+ language versions/);
  });

  it('groups language versions of one dialogue into one row', () => {
    const json = JSON.parse(parley(['list', 'tests/fixtures/versions/ok', '--json']).stdout);
    expect(json.dialogues).toHaveLength(1);
    expect(json.dialogues[0]).toMatchObject({ id: 'greeting', title: 'Greeting', excuses: ['forgot'], outcomes: ['paid_today'] });
    expect(json.dialogues[0].languages.map((l: { language: string }) => l.language)).toEqual(['en', 'es']);
  });

  it('prints Markdown with links relative to where the page goes', () => {
    const result = parley(['list', 'tests/fixtures/versions/ok', '--markdown']);
    expect(result.stdout).toContain(
      '| [Greeting](tests/fixtures/versions/ok/greeting.yaml) | `greeting` | [en](tests/fixtures/versions/ok/greeting.yaml), [es](tests/fixtures/versions/ok/greeting.es.yaml) | I forgot |',
    );
  });

  it('reports files it had to skip and exits 1', () => {
    const result = parley(['list', 'tests/fixtures/locked']);
    expect(result.stderr).toContain('skipped: tests/fixtures/locked/changed-wording.yaml:18:15: error PAR241');
    expect(result.status).toBe(1);
  });
});

describe('dialogues/README.md', () => {
  it(`is up to date (regenerate it with: npx ${README_COMMAND})`, () => {
    const expected = renderLibraryMarkdown(libraryRows(loadLibrary(['dialogues'])), 'dialogues', README_COMMAND);
    const actual = readFileSync('dialogues/README.md', 'utf8');
    expect(actual, `dialogues/README.md is out of date; run: npx ${README_COMMAND}`).toBe(expected);
  });
});

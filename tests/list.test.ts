import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_COMMAND } from '../src/cli/list.js';
import { loadLibrary } from '../src/io/dialogue-library.js';
import { libraryRows, renderLibraryMarkdown } from '../src/render/library-list.js';
import { parley } from './helpers/cli.js';

describe('parley list', () => {
  it('prints one row per dialogue with its languages and their rules, excuse types, setting with the kind of debt, and outcomes', async () => {
    const result = await parley(['list', 'tests/fixtures/jurisdiction']);
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[0]).toMatch(/^Title\s+Id\s+Languages \(rules\)\s+Excuse types\s+Setting\s+Outcomes$/);
    expect(rows.find((line) => line.startsWith('Card call'))).toMatch(/card-call\s+en \(us\)\s+forgot\s+phone · credit card · consumer debt · early\s+paid_today/);
    expect(rows.find((line) => line.startsWith('Supplier visit'))).toMatch(
      /supplier-visit\s+en \(us\)\s+business_losing_money\s+visit · supplier invoice · business debt · late\s+payment_plan/,
    );
    expect(result.stdout).toContain('2 dialogues, 2 language versions');
  });

  it('groups language versions of one dialogue into one row', async () => {
    const json = JSON.parse((await parley(['list', 'tests/fixtures/versions/ok', '--json'])).stdout);
    expect(json.dialogues).toHaveLength(1);
    expect(json.dialogues[0]).toMatchObject({ id: 'greeting', title: 'Greeting', excuses: ['forgot'], outcomes: ['paid_today'] });
    expect(json.dialogues[0].languages.map((l: { language: string; jurisdiction: string }) => `${l.language}:${l.jurisdiction}`)).toEqual(['en:us', 'es:us']);
    expect(json.dialogues[0].setting.debts).toBe('consumer');
  });

  it('prints Markdown with links relative to where the page goes', async () => {
    const result = await parley(['list', 'tests/fixtures/versions/ok', '--markdown']);
    expect(result.stdout).toContain(
      '| [Greeting](tests/fixtures/versions/ok/greeting.yaml) | `greeting` | [en](tests/fixtures/versions/ok/greeting.yaml) (us), [es](tests/fixtures/versions/ok/greeting.es.yaml) (us) | I forgot |',
    );
  });

  it('reports files it had to skip and exits 1', async () => {
    const result = await parley(['list', 'tests/fixtures/locked']);
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

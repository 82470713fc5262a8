import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_COMMAND } from '../src/cli/list.js';
import { loadLibrary } from '../src/io/dialogue-library.js';
import { libraryRows, renderLibraryMarkdown, renderLibraryTable } from '../src/render/library-list.js';
import { displayWidth } from '../src/render/text-width.js';
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

describe('parley list in a narrow terminal', () => {
  const rows = libraryRows(loadLibrary(['tests/fixtures/jurisdiction', 'tests/fixtures/play']));
  const plain = { bold: (t: string) => t, dim: (t: string) => t } as unknown as Parameters<typeof renderLibraryTable>[1];

  it('stays a table through a pipe (no width) and when it fits', () => {
    expect(renderLibraryTable(rows, plain).split('\n')[0]).toMatch(/^Title\s+Id\s+Languages \(rules\)/);
    expect(renderLibraryTable(rows, plain, 1000).split('\n')[0]).toMatch(/^Title\s+Id/);
  });

  it('becomes a block per dialogue, every line within the terminal, when the table is wider', () => {
    const text = renderLibraryTable(rows, plain, 60);
    const lines = text.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(text).toContain('Supplier visit\n  id         supplier-visit\n  languages  en (us)\n');
    expect(text).toContain('  setting    visit · supplier invoice · business debt · late');
    expect(text).toMatch(/Overdue card\n {2}id {9}overdue-card\n {2}languages {2}en \(us\), es \(mx\), zh \(cn\)\n/);
    expect(lines.at(-1)).toMatch(/^\d+ dialogues, \d+ language versions$/);
  });

  it('is what `parley list` prints in a 60-column terminal, and a table through a pipe', async () => {
    const folders = ['tests/fixtures/jurisdiction', 'tests/fixtures/play'];
    const narrow = await parley(['list', ...folders], { terminal: { columns: 60 } });
    expect(narrow.stdout).toContain('Supplier visit\n  id         supplier-visit\n');
    for (const line of narrow.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    const piped = await parley(['list', ...folders]);
    expect(piped.stdout.split('\n')[0]).toMatch(/^Title\s+Id\s+Languages \(rules\)/);
  });
});

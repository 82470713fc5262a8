import { relative, sep } from 'node:path';
import { excuseTypes, outcomes } from '../catalog/index.js';
import type { Library } from '../io/dialogue-library.js';
import type { DebtPurpose, ProfileId } from '../schema/catalog.js';
import { LANGUAGES, type Language } from '../schema/language.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './style.js';
import { displayWidth, padEndWidth, wrapText } from './text-width.js';

/** One dialogue of the library with all its language versions. */
export interface LibraryRow {
  id: string;
  title: string;
  summary?: string;
  /** Each version with the jurisdiction it is set in: a Spanish version may be a call in Mexico. */
  languages: Array<{ language: Language; file: string; title: string; jurisdiction: ProfileId }>;
  excuses: string[];
  setting: { channel: string; debtKind: string; debts: DebtPurpose; stage: string };
  outcomes: string[];
}

const DEBT_KIND: Record<string, string> = {
  credit_card: 'credit card',
  personal_loan: 'personal loan',
  supplier_invoice: 'supplier invoice',
  other: 'other debt',
};

/** Groups language versions under their dialogue id; the English (else first) version names the row. */
export function libraryRows(library: Library): LibraryRow[] {
  const rows = new Map<string, LibraryRow>();
  for (const entry of library.entries) {
    let row = rows.get(entry.id);
    if (!row) {
      row = {
        id: entry.id,
        title: entry.title,
        ...(entry.summary ? { summary: entry.summary } : {}),
        languages: [],
        excuses: [...entry.excuses],
        setting: { channel: entry.channel, debtKind: entry.debtKind, debts: entry.debts, stage: entry.stage },
        outcomes: [...entry.outcomes],
      };
      rows.set(entry.id, row);
    }
    row.languages.push({ language: entry.language, file: entry.file, title: entry.title, jurisdiction: entry.jurisdiction });
    if (entry.language === 'en') {
      row.title = entry.title;
      if (entry.summary) row.summary = entry.summary;
    }
    for (const outcome of entry.outcomes) if (!row.outcomes.includes(outcome)) row.outcomes.push(outcome);
  }
  for (const row of rows.values()) row.languages.sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
  return [...rows.values()];
}

const DEBTS: Record<DebtPurpose, string> = { consumer: 'consumer debt', commercial: 'business debt' };

const settingText = (row: LibraryRow) =>
  `${row.setting.channel} · ${DEBT_KIND[row.setting.debtKind] ?? row.setting.debtKind} · ${DEBTS[row.setting.debts]} · ${row.setting.stage}`;
const excuseName = (id: string) => excuseTypes.get(id)?.name.en ?? id;
const outcomeName = (id: string) => outcomes.get(id)?.name.en ?? id;

/** An aligned plain-text table for the terminal. */
const HEADER = ['Title', 'Id', 'Languages (rules)', 'Excuse types', 'Setting', 'Outcomes'] as const;

/**
 * The library for the terminal: an aligned table, one row per dialogue. Given
 * the terminal's width, a table wider than it becomes a stacked list (a block
 * per dialogue, each field wrapped under its label) instead of rows that the
 * terminal would break mid-word. Without a width (a pipe) it stays a table.
 */
export function renderLibraryTable(rows: readonly LibraryRow[], style: Style, width?: number): string {
  const cells = rows.map((row) => [
    sanitizeLine(row.title),
    row.id,
    row.languages.map((l) => `${l.language} (${l.jurisdiction})`).join(', '),
    row.excuses.join(', '),
    settingText(row),
    row.outcomes.join(', '),
  ]);
  const widths = HEADER.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const line = (values: readonly string[]) => values.map((v, i) => (i === values.length - 1 ? v : padEndWidth(v, widths[i]!))).join('  ');
  const count = rows.reduce((n, row) => n + row.languages.length, 0);
  const total = style.dim(`${rows.length} dialogue${rows.length === 1 ? '' : 's'}, ${count} language version${count === 1 ? '' : 's'}`);
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  if (width === undefined || tableWidth <= width) return [style.bold(line(HEADER)), ...cells.map(line), total].join('\n');
  return [...cells.flatMap((c) => stacked(c, style, width)), total].join('\n');
}

const LABELS = ['', 'id', 'languages', 'excuses', 'setting', 'outcomes'] as const;
const LABEL_WIDTH = Math.max(...LABELS.map((l) => l.length)) + 2;

/** One dialogue as a block: its title, then each field wrapped under a label column. */
function stacked(cells: readonly string[], style: Style, width: number): string[] {
  const lines = [style.bold(cells[0]!)];
  const room = Math.max(20, width - 2 - LABEL_WIDTH);
  for (let i = 1; i < cells.length; i++) {
    wrapText(cells[i]!, room).forEach((part, j) => lines.push(`  ${(j === 0 ? LABELS[i]! : '').padEnd(LABEL_WIDTH)}${part}`));
  }
  lines.push('');
  return lines;
}

const cell = (text: string) => sanitizeLine(text).replace(/\|/g, '\\|');

/**
 * The library as a Markdown page (dialogues/README.md). Links are relative to
 * `linkBase`, the folder the page is written to.
 */
export function renderLibraryMarkdown(rows: readonly LibraryRow[], linkBase: string, command: string): string {
  const link = (file: string) => relative(linkBase, file).split(sep).join('/');
  const count = rows.reduce((n, row) => n + row.languages.length, 0);
  const lines = [
    '# Dialogues',
    '',
    `<!-- Generated by \`${command}\`. Do not edit by hand: change the dialogues and run it again. -->`,
    '',
    `${rows.length} dialogue${rows.length === 1 ? '' : 's'} in ${count} language version${count === 1 ? '' : 's'}. Play one with`,
    '`parley run <file> --choices …` (add `--lang es` or `--lang zh` for a translated version), and check them all with `parley validate dialogues/`.',
    '',
    '| Title | Id | Languages (rules) | Excuse types | Setting | Outcomes |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const primary = row.languages.find((l) => l.language === 'en') ?? row.languages[0]!;
    lines.push(
      `| [${cell(row.title)}](${link(primary.file)}) | \`${row.id}\` | ${row.languages.map((l) => `[${l.language}](${link(l.file)}) (${l.jurisdiction})`).join(', ')} | ${row.excuses.map((id) => cell(excuseName(id))).join('; ')} | ${settingText(row)} | ${row.outcomes.map(outcomeName).join('; ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

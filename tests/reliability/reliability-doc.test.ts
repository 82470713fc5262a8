import { describe, expect, it } from 'vitest';
import { reliabilityRows } from '../helpers/reliability-doc.js';

/**
 * docs/RELIABILITY.md's rows for files, names, paths and work name a test file
 * each; the count is how many cases that file runs (vitest prints them). A
 * case added or removed there changes the number here and in the table.
 */
const ROWS: ReadonlyArray<[title: string, cases: number]> = [
  ['Special files: a pipe, a device, a folder or a link where a file is read or written', 10],
  ['Full disks', 6],
  ['File names with escape sequences, C1 controls and bidi overrides', 4],
  ['JSON and JUnit escaping', 9],
  ['Transcript header paths', 15],
  ['Unbounded work', 13],
];

describe('docs/RELIABILITY.md', () => {
  const rows = reliabilityRows();
  it.each(ROWS)('lists "%s" with its %i cases', (title, cases) => {
    expect(rows.get(title)).toBe(String(cases));
  });
});

import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * A case name as a file name: lower case ASCII, words joined by '-'. Names in
 * scripts without ASCII letters (Chinese) get a short hash so they stay apart.
 */
export function caseSlug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const lost = /[^\x00-\x7f]/.test(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  if (ascii && !lost) return ascii;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return ascii ? `${ascii}-${hash}` : `case-${hash}`;
}

/** Where a test file's golden transcripts live: `__golden__/<test name>/` beside it. */
export function goldenFolder(testFile: string): string {
  return join(dirname(testFile), '__golden__', basename(testFile).replace(/\.test\.ya?ml$/, ''));
}

export const goldenFile = (testFile: string, caseName: string): string => join(goldenFolder(testFile), `${caseSlug(caseName)}.jsonl`);

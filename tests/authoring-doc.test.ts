/**
 * docs/authoring.md lists the catalog ids an author may write; an id added to
 * the catalog and missing there would leave authors guessing (error messages
 * point to this list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COERCION_FLAGS, CORE_TASKS, EXCUSE_TYPES, OUTCOMES } from '../src/catalog/index.js';
import { ROOT } from './helpers/cli.js';

const AUTHORING = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
const CATALOG_IDS = AUTHORING.slice(AUTHORING.indexOf('### Catalog ids'), AUTHORING.indexOf('\n## ', AUTHORING.indexOf('### Catalog ids')));

describe('docs/authoring.md', () => {
  it.each([
    ['excuse type', EXCUSE_TYPES],
    ['flag', COERCION_FLAGS],
    ['core task', CORE_TASKS],
    ['outcome', OUTCOMES],
  ] as const)('lists every %s id under "Catalog ids"', (_kind, entries) => {
    const missing = entries.map((entry) => entry.id).filter((id) => !CATALOG_IDS.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('lists no id the catalogs do not have', () => {
    const known = new Set<string>([...EXCUSE_TYPES, ...COERCION_FLAGS, ...CORE_TASKS, ...OUTCOMES].map((entry) => entry.id));
    const listed = [...CATALOG_IDS.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]!);
    expect(listed.length).toBeGreaterThan(40);
    expect(listed.filter((id) => !known.has(id))).toEqual([]);
  });
});

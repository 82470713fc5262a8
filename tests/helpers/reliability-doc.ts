import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** docs/RELIABILITY.md's table rows: first cell (the kind of bad input) → second cell (how many cases). */
export function reliabilityRows(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'RELIABILITY.md'), 'utf8');
  return new Map(
    doc
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()))
      .map((cells) => [cells[0]!, cells[1]!]),
  );
}

import type { Entry, Path } from '../source-map.js';
import { readYamlSubset, UNSUPPORTED, type SubsetLimits, type SubsetPositions } from './read-subset.js';

/**
 * Finds where a path was written in a document the subset reader accepted.
 * Positions are wanted only when something is reported, so the document is
 * read a second time, recording them, on the first request.
 */
export function subsetLocator(text: string, limits: SubsetLimits): (path: Path) => Entry | undefined {
  let positions: SubsetPositions | undefined;
  let root: unknown;
  return (path) => {
    if (!positions) {
      positions = { entries: new Map() };
      root = readYamlSubset(text, limits, positions);
      if (root === UNSUPPORTED) throw new Error('a document the subset reader accepted was refused when read again');
    }
    if (path.length === 0) return positions.root ? { value: positions.root } : undefined;
    let node = root;
    let entry: Entry | undefined;
    for (const part of path) {
      const entries = node !== null && typeof node === 'object' ? positions.entries.get(node) : undefined;
      if (!entries) return undefined;
      if (Array.isArray(entries)) {
        if (typeof part !== 'number') return undefined;
        entry = entries[part];
        node = (node as unknown[])[part];
      } else {
        const key = String(part);
        entry = entries.get(key);
        node = entry ? (node as Record<string, unknown>)[key] : undefined;
      }
      if (!entry) return undefined;
    }
    return entry;
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

/**
 * The pipeline's folders, earliest first: a folder may import its own files
 * and any folder of an earlier layer, never a later one, nor a neighbour in
 * its own layer. Data flows one way: a file is parsed (load), checked
 * (validate), compiled, played (engine); the rest reads what those produce.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'schema'],
  ['catalog', 'diagnostics'],
  ['load'],
  ['validate'],
  ['compile'],
  ['engine'],
  ['generate', 'transcript', 'lint', 'analyze'],
  ['match'],
  ['io'],
  ['render', 'scaffold'],
  ['report', 'testing'],
  ['tui'],
  ['cli', 'api'],
];

const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

const folderOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!;

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('names every folder of src/ in exactly one layer', () => {
    const folders = [...new Set(files.map(folderOf))].filter((folder) => !/\.tsx?$/.test(folder)).sort();
    expect(folders).toEqual([...layerOf.keys()].sort());
  });

  it('has no folder importing one of a later layer or a neighbour in its own', () => {
    const backwards: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), specifier);
        if (!target.startsWith(SRC)) continue;
        const to = folderOf(target);
        if (to === from) continue;
        const [a, b] = [layerOf.get(from), layerOf.get(to)];
        if (a === undefined || b === undefined || b >= a) {
          backwards.push(`${relative(SRC, file)} imports '${specifier}': ${to} is not in a layer before ${from}`);
        }
      }
    }
    expect(backwards).toEqual([]);
  });

  it('reads every kind of import statement', () => {
    const text = [
      "import { a } from '../x/a.js';",
      "import type { B } from '../y/b.js';",
      "export { c } from '../z/c.js';",
      "const d = await import('../w/d.js');",
      "import '../v/side-effect.js';",
      'import {\n  e,\n  f,\n} from "../u/ef.js";',
    ].join('\n');
    expect(importsOf(text)).toEqual(['../x/a.js', '../y/b.js', '../z/c.js', '../w/d.js', '../v/side-effect.js', '../u/ef.js']);
  });
});

import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateDialogue } from '../bench/generate-dialogue.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { parseYaml } from '../src/load/parse-yaml.js';
import type { Path } from '../src/load/source-map.js';
import { readYamlSubset, UNSUPPORTED } from '../src/load/yaml-subset/read-subset.js';

// The subset reader is only allowed to be faster, never different: on what it
// accepts it must give the full parser's values and positions, and whatever the
// full parser would complain about it must hand over.

const LIMITS = { maxNodes: 200_000, maxDepth: 64, maxLineLength: 10_000 };
const root = join(import.meta.dirname, '..');

/** What the loader would get from the full parser, or 'error' when the full parser reports anything. */
function fullRead(text: string): unknown {
  const parsed = parseYaml(text, 'full.yaml', LIMITS, { reader: 'full' });
  return parsed.diagnostics.length > 0 ? 'error' : parsed.value;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const shipped = yamlFiles(join(root, 'dialogues'));

/** Every path to every value in a plain value, in document order. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  }
  return paths;
}

/** Every value and key of the document is placed where the full parser places it. */
function expectSamePositions(text: string): void {
  const fast = parseYaml(text, 'fast.yaml', LIMITS);
  const full = parseYaml(text, 'full.yaml', LIMITS, { reader: 'full' });
  for (const path of pathsOf(fast.value)) {
    for (const key of [false, true]) {
      expect(fast.sourceMap.at(path, { key }), `${text}\n${JSON.stringify(path)} key=${key}`).toEqual(full.sourceMap.at(path, { key }));
    }
  }
}

/**
 * Over generated documents: whatever the subset reader accepts, the full parser
 * reads without complaint and to the same value; and it accepts at least
 * `minAccepted`, or the comparison would prove little.
 */
function expectSameWhereAccepted(documents: fc.Arbitrary<string>, numRuns: number, minAccepted: number): void {
  let accepted = 0;
  fc.assert(
    fc.property(documents, (text) => {
      const got = readYamlSubset(text, LIMITS);
      if (got === UNSUPPORTED) return;
      accepted++;
      const expected = fullRead(text);
      expect(expected, text).not.toBe('error');
      expect(got, text).toStrictEqual(expected);
      expectSamePositions(text);
    }),
    { numRuns },
  );
  expect(accepted).toBeGreaterThan(minAccepted);
}

describe('the YAML subset reader', () => {
  it('reads every shipped dialogue and test file itself, giving what the full parser gives', () => {
    expect(shipped.length).toBeGreaterThan(20);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      const value = readYamlSubset(text, LIMITS);
      expect(value, file).not.toBe(UNSUPPORTED);
      expect(value, file).toStrictEqual(fullRead(text));
    }
  });

  it('reads the benchmark dialogues itself', () => {
    const text = generateDialogue(200).yaml;
    expect(readYamlSubset(text, LIMITS)).toStrictEqual(fullRead(text));
  });

  it('points diagnostics at the same line and column as the full parser, for every value and key of the shipped files', () => {
    for (const file of shipped.filter((f) => !f.includes('__golden__'))) {
      const text = readFileSync(file, 'utf8');
      expectSamePositions(text);
    }
  });

  it('points a dialogue mistake at the line and column where it was written', () => {
    const text = readFileSync(join(root, 'dialogues', 'away-on-business.yaml'), 'utf8').replace('target: confirmed', 'target: nowhere');
    const loaded = loadDialogue(text, 'broken.yaml');
    expect(loaded.ok).toBe(false);
    const lines = text.split('\n');
    const row = lines.findIndex((l) => l.includes('target: nowhere'));
    const mistake = loaded.diagnostics.find((d) => d.message.includes('nowhere'));
    expect(mistake && `${mistake.line}:${mistake.col}`).toBe(`${row + 1}:${lines[row]!.indexOf('nowhere') + 1}`);
  });

  it.each([
    ['a literal block', 'feedback: |\n  First line.\n    Indented line.\n\n  After a blank.\n\nnext: 1\n'],
    ['a folded block with blank lines, kept and stripped', 'a: >\n  one\n  two\n\n\n  three\nb: >-\n  four\n  five\n'],
    ['a sequence at its key\'s indent and nested sequences', 'choices:\n- id: x\n  tags: [a, -1, "b c", { k: -2.5 }]\n- - 1\n  - 2\n-\n  k: v\n'],
    ['quoted keys, comments and a leading document marker', '--- # start\n# comment\n"quoted key": \'it\'\'s\' # trailing\n\'k2\': "\\u00e9\\n\\x41" \n'],
    ['Windows line endings', 'id: x\r\nstates:\r\n  a:\r\n    line: "Hello"\r\n'],
    ['core-schema scalars', 'a: ~\nb: True\nc: 0x1F\nd: 0o17\ne: -.inf\nf: 1e3\ng: 007\nh: 2026-11-23\ni: yes\nj: null\nk:\n'],
  ])('reads %s itself, as the full parser does', (_, text) => {
    const value = readYamlSubset(text, LIMITS);
    expect(value).not.toBe(UNSUPPORTED);
    expect(value).toStrictEqual(fullRead(text));
  });

  it('agrees with the full parser on whatever the yaml library writes', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', "'", '"', '\\', '\n', '你', '　', '[', '{', ',', '|', '>', '0', '.', 'e', '~') }),
      fc.constantFrom('null', 'true', 'False', '0x1F', '0o17', '-0', '+12', '.5', '1e3', '.inf', '-.Inf', '.nan', '1_000', '2026-11-23', 'yes', '~', ''),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    })).node.filter((v) => v !== null && typeof v === 'object' && Object.keys(v).length > 0);
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    const written = fc.tuple(value, style).map(([data, options]) => stringify(data, { ...options, collectionStyle: options.collectionStyle as 'any' }));
    expectSameWhereAccepted(written, 600, 150);
  });

  it('never accepts what the full parser reports, and reads the rest as it does, on hand-made odd lines', () => {
    const key = fc.constantFrom('id', 'text', 'a b', '"quoted key"', "'single'", '1', 'true', '~', '__proto__', '<<', 'x#y', 'k ', '-k', '? q', '"k"x', '你好');
    const scalar = fc.constantFrom(
      'plain', 'two words', 'a # comment', 'a#b', 'a: b', 'a:b', 'ends:', '-2', '- item', '-', '"dq \\" \\u00e9 \\n"', '"bad \\q"', '"open',
      "'it''s'", "'open", '[a, -1, "b"]', '[a, [b, c]]', '[a,]', '[ ]', '{ trust: 1, cooperation: -1 }', '{ a: [x], b: { c: d } }', '{a: 1}',
      '{ a }', '{ a: }', '|', '|-', '>', '>-', '|2', '|+', '&anchor x', '*alias', '!tag x', '0x1F', '.inf', 'null', '', '# only comment',
      '"x" # c', '"x"#c', '你好　', 'text with "quotes" inside', '@at', '`tick`', '%pct', '[a, b] trailing',
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => (v === '' ? `${k}:` : `${k}: ${v}`)),
      scalar.map((v) => `- ${v}`),
      fc.tuple(key, scalar).map(([k, v]) => `- ${k}: ${v}`),
      fc.constantFrom('# comment', '', '---', '...', '- - x', 'continued text', '  ', '%YAML 1.2'),
    )).map(([indent, content]) => `${' '.repeat(indent)}${content}`);
    const document = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join('\n')}\n`);
    expectSameWhereAccepted(document, 3000, 100);
  });

  it('never accepts what the full parser reports, and reads the rest as it does, on dialogue-shaped documents with odd scalars', () => {
    const scalar = fc.oneof(
      fc.constantFrom('plain words', 'a # c', 'a#b', 'x: y', '-3', '"dq\\t"', "'s''q'", '[a, b]', '{ k: -1 }', '~', '0o7', '.NaN', '你好　', 'say "hi"', '| x', '- x', '? x', '&a x', '*a', '!t x', '>-'),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', "'", '"', '\\', '[', ']', '{', '}', ',', '|', '>', '0', '.', '~', '!', '&', '*', '?', '%', '@', '你') }),
    );
    const key = fc.oneof(fc.constantFrom('id', 'text', 'choices', 'a b', '"q k"', "'s k'", '1', '~', '__proto__', '<<', 'k#x', '-k', '你'), fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '0') , minLength: 1, maxLength: 4 }));
    const blockBody = fc.array(fc.constantFrom('line one', '  more indented', '', '# not a comment', 'x: y', '   '), { minLength: 1, maxLength: 4 });
    type Tree = { kind: 'scalar'; text: string } | { kind: 'block'; header: string; body: string[] } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] };
    const tree = fc.letrec<{ node: Tree; map: Tree; seq: Tree }>((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
        scalar.map((text): Tree => ({ kind: 'scalar', text })),
        fc.tuple(fc.constantFrom('|', '|-', '>', '>-', '|+', '|2'), blockBody).map(([header, body]): Tree => ({ kind: 'block', header, body })),
        tie('map'), tie('seq')),
      map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 3 }).map((entries): Tree => ({ kind: 'map', entries })),
      seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })),
    })).map;
    const render = (node: Tree, indent: number, lead: string, out: string[]): void => {
      const pad = ' '.repeat(indent);
      if (node.kind === 'scalar') out.push(`${lead}${node.text}`);
      else if (node.kind === 'block') {
        out.push(`${lead}${node.header}`);
        for (const body of node.body) out.push(body === '' ? '' : `${pad}  ${body}`);
      } else if (node.kind === 'map') {
        node.entries.forEach(([k, child], i) => {
          const start = i === 0 && lead.trim() !== '' ? lead : pad;
          if (child.kind === 'map' || child.kind === 'seq') {
            out.push(`${start}${k}:`);
            render(child, child.kind === 'seq' && indent % 4 === 0 ? indent : indent + 2, ' '.repeat(child.kind === 'seq' && indent % 4 === 0 ? indent : indent + 2), out);
          } else render(child, indent, `${start}${k}: `, out);
        });
      } else {
        for (const item of node.items) {
          if (item.kind === 'seq') {
            out.push(`${pad}-`);
            render(item, indent + 2, ' '.repeat(indent + 2), out);
          } else render(item, indent + 2, `${pad}- `, out);
        }
      }
    };
    const document = fc.tuple(tree, fc.array(fc.tuple(fc.nat(), fc.constantFrom(-1, 1, 0)), { maxLength: 2 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('# note', '', '    # deep note')), { maxLength: 2 })).map(([root, shifts, extras]) => {
      const out: string[] = [];
      render(root, 0, '', out);
      for (const [at, by] of shifts) {
        const i = at % out.length;
        out[i] = by < 0 ? out[i]!.replace(/^ /, '') : by > 0 ? ` ${out[i]}` : out[i]!;
      }
      for (const [at, extra] of extras) out.splice(at % (out.length + 1), 0, extra);
      return `${out.join('\n')}\n`;
    });
    expectSameWhereAccepted(document, 4000, 150);
  });

  it('never accepts what the full parser reports, and reads the rest as it does, on shipped dialogues with random edits', () => {
    const texts = shipped.filter((f) => !f.includes('__golden__')).map((f) => readFileSync(f, 'utf8'));
    const edit = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'indent', 'dedent', 'duplicate', 'swap'),
      at: fc.nat(),
      char: fc.constantFrom(' ', ':', '#', '-', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '%', 'x', '0', '\n', '你'),
    });
    const document = fc.tuple(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([which, edits]) => {
      let text = texts[which]!;
      for (const { kind, at, char } of edits) {
        const lines = text.split('\n');
        const row = at % lines.length;
        const line = lines[row]!;
        const col = line.length === 0 ? 0 : at % line.length;
        if (kind === 'insert') lines[row] = line.slice(0, col) + char + line.slice(col);
        else if (kind === 'delete') lines[row] = line.slice(0, col) + line.slice(col + 1);
        else if (kind === 'indent') lines[row] = ` ${line}`;
        else if (kind === 'dedent') lines[row] = line.replace(/^ /, '');
        else if (kind === 'duplicate') lines.splice(row, 0, line);
        else if (row + 1 < lines.length) [lines[row], lines[row + 1]] = [lines[row + 1]!, line];
        text = lines.join('\n');
      }
      return text;
    });
    expectSameWhereAccepted(document, 400, 50);
  });

  it('hands over to the full parser past a limit, so the limit is reported as before', () => {
    const deep = `${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} end\n`;
    expect(readYamlSubset(deep, LIMITS)).toBe(UNSUPPORTED);
    const parsed = parseYaml(deep, 'deep.yaml');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['PAR005']);
    const many = `list:\n${'  - x\n'.repeat(50)}`;
    expect(readYamlSubset(many, { ...LIMITS, maxNodes: 10 })).toBe(UNSUPPORTED);
    expect(parseYaml(many, 'many.yaml', { maxNodes: 10, maxDepth: 64 }).diagnostics[0]?.code).toBe('PAR005');
  });
});

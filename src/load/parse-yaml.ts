import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Alias, type Node } from 'yaml';
import type { CodeWith } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { prescan } from './prescan.js';
import { syntaxProblem } from './syntax-problem.js';
import { SourceMap, type Entry, type Path, type Position } from './source-map.js';
import { subsetLocator } from './yaml-subset/locate-in-subset.js';
import { readYamlSubset, UNSUPPORTED } from './yaml-subset/read-subset.js';

export interface YamlLimits {
  /** Nodes produced, counting every alias expansion: stops "billion laughs" documents. */
  maxNodes: number;
  maxDepth: number;
  /** Longest line, in characters (optional so older callers keep working). */
  maxLineLength?: number;
}

export interface ParseYamlOptions {
  /**
   * 'auto' reads the common subset of YAML directly and hands everything else
   * to the full parser; 'full' always uses the full parser (tests compare the two).
   */
  reader?: 'auto' | 'full';
}

export const DEFAULT_MAX_LINE_LENGTH = 10_000;
export const DEFAULT_YAML_LIMITS: Required<YamlLimits> = { maxNodes: 200_000, maxDepth: 64, maxLineLength: DEFAULT_MAX_LINE_LENGTH };

export interface ParsedYaml {
  value: unknown;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

class LimitExceeded extends Error {
  constructor(
    message: string,
    readonly at: Position,
  ) {
    super(message);
  }
}

/** Nesting so deep that parsing ran out of stack, whatever --max-depth says. */
const TOO_DEEP = 'the document nests too deeply to read';
const isStackOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);

/**
 * Parses YAML into plain data and a SourceMap. Most dialogues are read by the
 * subset reader (yaml-subset/), which gives up on anything it does not
 * follow; the rest goes to the `yaml` library. The walk over its document is
 * our own rather than `doc.toJS()` so that every node gets a position, keys
 * like `__proto__` are refused, custom tags and merge keys are refused,
 * duplicate keys are found in linear time and alias expansion is bounded.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS, options: ParseYamlOptions = {}): ParsedYaml {
  // YAML allows a lone CR as a line break; the parser does not. Same length, so offsets hold.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const lineCounter = new LineCounter();
  // Filled in once the document is parsed; until then there is nothing to locate.
  let locate: (path: Path) => Entry | undefined = () => undefined;
  const sourceMap = new SourceMap((path) => locate(path));
  const diagnostics: Diagnostic[] = [];
  const maxLineLength = limits.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const nodeAt = (node: { range?: readonly number[] | null } | null | undefined): Position =>
    node?.range ? positionOf(node.range[0]!) : { line: 1, col: 1 };
  const report = (code: CodeWith<'error'>, message: string, at: Position, path?: Path) =>
    diagnostics.push({ code, severity: 'error', message, file, ...at, ...(path ? { path } : {}) });
  const failed = () => ({ value: undefined, sourceMap, diagnostics });

  if (options.reader !== 'full') {
    const subsetLimits = { maxNodes: limits.maxNodes, maxDepth: limits.maxDepth, maxLineLength };
    const value = readYamlSubset(source, subsetLimits);
    if (value !== UNSUPPORTED) {
      locate = subsetLocator(source);
      return { value, sourceMap, diagnostics };
    }
  }

  const early = prescan(source, { maxLineLength, maxNodes: limits.maxNodes, maxDepth: limits.maxDepth });
  if (early) {
    report(early.code, early.message, offsetPosition(source, early.offset));
    return failed();
  }

  let doc: ReturnType<typeof parseDocument>;
  try {
    // uniqueKeys is off because the parser's own check is quadratic; the walk below finds duplicates.
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core', strict: true });
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    report('PAR005', TOO_DEEP, { line: 1, col: 1 });
    return failed();
  }
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  if (overflow) {
    report('PAR005', TOO_DEEP, positionOf(overflow.pos[0]));
    return failed();
  }
  // After the first syntax error the parser's further complaints are mostly echoes of it.
  const syntax = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (syntax) {
    const problem = syntaxProblem(syntax, source);
    const message = syntax.code === 'MULTIPLE_DOCS' ? "a dialogue file holds one YAML document; remove the second '---' and what follows" : problem.message;
    report('PAR001', message, positionOf(problem.offset));
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      report('PAR003', `${warning.message.split('\n')[0]} (custom YAML tags are not allowed)`, positionOf(warning.pos[0]));
    }
  }
  if (diagnostics.length > 0) return failed();

  // Anchors as they stand while the walk goes through the document in order;
  // each alias is resolved once, when first met, as YAML defines it.
  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Alias, Node | undefined>();
  locate = (path) => locateNode(doc.contents, path, aliasTargets, positionOf);
  let expanding = 0;
  let nodes = 0;

  const walk = (node: unknown, at: PathChain, depth: number): unknown => {
    if (++nodes > limits.maxNodes) {
      throw new LimitExceeded(`the document expands to more than ${limits.maxNodes} nodes (aliases included); raise the limit with --max-nodes if the file is trusted`, nodeAt(node as Node));
    }
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`the document nests deeper than ${limits.maxDepth} levels; raise the limit with --max-depth if the file is trusted`, nodeAt(node as Node));
    }
    if (isAlias(node)) {
      if (!aliasTargets.has(node)) aliasTargets.set(node, anchors.get(node.source));
      const target = aliasTargets.get(node);
      if (!target) {
        report('PAR001', `alias *${node.source} refers to no anchor &${node.source} defined before it`, nodeAt(node), pathOf(at));
        return null;
      }
      expanding++;
      try {
        return walk(target, at, depth + 1);
      } finally {
        expanding--;
      }
    }
    if (!node || typeof node !== 'object') return node ?? null;
    const yamlNode = node as Node;
    if (yamlNode.anchor && expanding === 0) anchors.set(yamlNode.anchor, yamlNode);
    if (yamlNode.tag && !CORE_TAGS.has(yamlNode.tag)) {
      report('PAR003', `custom YAML tag ${yamlNode.tag} is not allowed`, nodeAt(yamlNode), pathOf(at));
    }
    if (isScalar(yamlNode)) return yamlNode.value;
    if (isSeq(yamlNode)) return yamlNode.items.map((item, index) => walk(item, { parent: at, part: index }, depth + 1));
    if (isMap(yamlNode)) {
      const result: Record<string, unknown> = {};
      const firstLine = new Map<string, number>();
      for (const pair of yamlNode.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyAt = nodeAt(keyNode);
        if (isAlias(keyNode)) {
          report('PAR004', `an alias (*${keyNode.source}) cannot be a mapping key; write the name out`, keyAt, pathOf(at));
          continue;
        }
        const rawKey = isScalar(keyNode) ? keyNode.value : keyNode;
        if (rawKey !== null && typeof rawKey === 'object') {
          report('PAR004', 'complex mapping keys are not supported; use a plain name', keyAt, pathOf(at));
          continue;
        }
        const key = String(rawKey);
        if (key === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN) {
          report('PAR004', 'YAML merge keys (<<) are not supported; write the keys out', keyAt, pathOf(at));
          continue;
        }
        if (key === '__proto__') {
          report('PAR104', "'__proto__' cannot be used as a key or name; choose another name", keyAt, pathOf(at));
          continue;
        }
        const previous = firstLine.get(key);
        if (previous !== undefined) {
          report('PAR002', `duplicate key '${key}' (first set on line ${previous})`, keyAt, pathOf(at));
          continue;
        }
        firstLine.set(key, keyAt.line);
        const value = walk(pair.value, { parent: at, part: key }, depth + 1);
        // defineProperty, not assignment, so no key can reach a prototype setter.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return null;
  };

  try {
    const value = walk(doc.contents, undefined, 0);
    return diagnostics.length ? failed() : { value, sourceMap, diagnostics };
  } catch (error) {
    if (error instanceof LimitExceeded) report('PAR005', error.message, error.at);
    else if (isStackOverflow(error)) report('PAR005', TOO_DEEP, { line: 1, col: 1 });
    else throw error;
    return failed();
  }
}

/** Line and column of an offset, counting lines the way the parser does. */
function offsetPosition(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** A path as the walk goes down, built by linking, not copying; made an array only for a diagnostic. */
type PathChain = { parent: PathChain; part: string | number } | undefined;

function pathOf(chain: PathChain): Path {
  const parts: Array<string | number> = [];
  for (let link = chain; link; link = link.parent) parts.push(link.part);
  return parts.reverse();
}

/**
 * Where the node at `path` was written (and its key, inside a mapping), found
 * by following the path through the parsed tree the way the walk read it.
 */
function locateNode(
  root: unknown,
  path: Path,
  aliasTargets: ReadonlyMap<Alias, Node | undefined>,
  positionOf: (offset: number) => Position,
): Entry | undefined {
  const resolve = (node: unknown): unknown => (isAlias(node) ? aliasTargets.get(node) : node);
  let node = resolve(root);
  let key: Position | undefined;
  for (const part of path) {
    key = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return undefined;
      const keyNode = pair.key as Node;
      key = keyNode.range ? positionOf(keyNode.range[0]) : undefined;
      node = resolve(pair.value);
      if (!node || !(node as Node).range) return key ? { value: key, key } : undefined;
    } else if (isSeq(node) && typeof part === 'number') {
      node = resolve(node.items[part]);
    } else {
      return undefined;
    }
  }
  const range = (node as Node | null)?.range;
  if (!range) return undefined;
  const value = positionOf(range[0]);
  return key ? { value, key } : { value };
}

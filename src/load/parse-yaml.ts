import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Alias, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { prescan } from './prescan.js';
import { SourceMap, type Path, type Position } from './source-map.js';

export interface YamlLimits {
  /** Nodes produced, counting every alias expansion: stops "billion laughs" documents. */
  maxNodes: number;
  maxDepth: number;
  /** Longest line, in characters (optional so older callers keep working). */
  maxLineLength?: number;
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
 * Parses YAML into plain data and a SourceMap. The walk is our own rather than
 * `doc.toJS()` so that every node gets a position, keys like `__proto__` are
 * refused, custom tags and merge keys are refused, duplicate keys are found in
 * linear time and alias expansion is bounded.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  // YAML allows a lone CR as a line break; the parser does not. Same length, so offsets hold.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const lineCounter = new LineCounter();
  const sourceMap = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const maxLineLength = limits.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const nodeAt = (node: { range?: readonly number[] | null } | null | undefined): Position =>
    node?.range ? positionOf(node.range[0]!) : { line: 1, col: 1 };
  const report = (code: string, message: string, at: Position, path?: Path) =>
    diagnostics.push({ code, severity: 'error', message, file, ...at, ...(path ? { path } : {}) });
  const failed = () => ({ value: undefined, sourceMap, diagnostics });

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
    const message = syntax.code === 'MULTIPLE_DOCS' ? "a dialogue file holds one YAML document; remove the second '---' and what follows" : syntax.message.split('\n')[0]!;
    report('PAR001', message, positionOf(syntax.pos[0]));
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
  let expanding = 0;
  let nodes = 0;

  const walk = (node: unknown, path: Path, depth: number): unknown => {
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
        report('PAR001', `alias *${node.source} refers to no anchor &${node.source} defined before it`, nodeAt(node), path);
        return null;
      }
      expanding++;
      try {
        return walk(target, path, depth + 1);
      } finally {
        expanding--;
      }
    }
    if (!node || typeof node !== 'object') return node ?? null;
    const yamlNode = node as Node;
    if (yamlNode.range) sourceMap.set(path, positionOf(yamlNode.range[0]));
    if (yamlNode.anchor && expanding === 0) anchors.set(yamlNode.anchor, yamlNode);
    if (yamlNode.tag && !CORE_TAGS.has(yamlNode.tag)) {
      report('PAR003', `custom YAML tag ${yamlNode.tag} is not allowed`, nodeAt(yamlNode), path);
    }
    if (isScalar(yamlNode)) return yamlNode.value;
    if (isSeq(yamlNode)) return yamlNode.items.map((item, index) => walk(item, [...path, index], depth + 1));
    if (isMap(yamlNode)) {
      const result: Record<string, unknown> = {};
      const firstLine = new Map<string, number>();
      for (const pair of yamlNode.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyAt = nodeAt(keyNode);
        if (isAlias(keyNode)) {
          report('PAR004', `an alias (*${keyNode.source}) cannot be a mapping key; write the name out`, keyAt, path);
          continue;
        }
        const rawKey = isScalar(keyNode) ? keyNode.value : keyNode;
        if (rawKey !== null && typeof rawKey === 'object') {
          report('PAR004', 'complex mapping keys are not supported; use a plain name', keyAt, path);
          continue;
        }
        const key = String(rawKey);
        if (key === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN) {
          report('PAR004', 'YAML merge keys (<<) are not supported; write the keys out', keyAt, path);
          continue;
        }
        if (key === '__proto__') {
          report('PAR104', "'__proto__' cannot be used as a key or name; choose another name", keyAt, path);
          continue;
        }
        const previous = firstLine.get(key);
        if (previous !== undefined) {
          report('PAR002', `duplicate key '${key}' (first set on line ${previous})`, keyAt, path);
          continue;
        }
        firstLine.set(key, keyAt.line);
        const childPath = [...path, key];
        const value = walk(pair.value, childPath, depth + 1);
        if (keyNode?.range) {
          const valueNode = pair.value as Node | null;
          sourceMap.set(childPath, valueNode?.range ? positionOf(valueNode.range[0]) : keyAt, keyAt);
        }
        // defineProperty, not assignment, so no key can reach a prototype setter.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return null;
  };

  try {
    const value = walk(doc.contents, [], 0);
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

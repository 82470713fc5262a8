import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { SourceMap, type Path, type Position } from './source-map.js';

export interface YamlLimits {
  /** Nodes produced, counting every alias expansion: stops "billion laughs" documents. */
  maxNodes: number;
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxNodes: 200_000, maxDepth: 64 };

export interface ParsedYaml {
  value: unknown;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

class LimitExceeded extends Error {}

/**
 * Parses YAML into plain data and a SourceMap. The walk is our own rather than
 * `doc.toJS()` so that every node gets a position, keys like `__proto__` become
 * ordinary own properties, custom tags are refused and alias expansion is bounded.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  const lineCounter = new LineCounter();
  const sourceMap = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const report = (code: string, message: string, at: Position, path?: Path) =>
    diagnostics.push({ code, severity: 'error', message, file, ...at, ...(path ? { path } : {}) });

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  for (const error of doc.errors) {
    const code = error.code === 'DUPLICATE_KEY' ? 'PAR002' : 'PAR001';
    report(code, error.message.split('\n')[0]!, positionOf(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      report('PAR003', `${warning.message.split('\n')[0]} (custom YAML tags are not allowed)`, positionOf(warning.pos[0]));
    }
  }
  if (diagnostics.length > 0) return { value: undefined, sourceMap, diagnostics };

  let nodes = 0;
  const walk = (node: unknown, path: Path, depth: number): unknown => {
    if (++nodes > limits.maxNodes) throw new LimitExceeded(`the document expands to more than ${limits.maxNodes} nodes (aliases included)`);
    if (depth > limits.maxDepth) throw new LimitExceeded(`the document nests deeper than ${limits.maxDepth} levels`);
    if (isAlias(node)) return walk(node.resolve(doc as Document), path, depth + 1);
    if (!node || typeof node !== 'object') return node ?? null;
    const yamlNode = node as Node;
    if (yamlNode.range) sourceMap.set(path, positionOf(yamlNode.range[0]));
    if (yamlNode.tag && !CORE_TAGS.has(yamlNode.tag) && !yamlNode.tag.startsWith('!!')) {
      const at = yamlNode.range ? positionOf(yamlNode.range[0]) : { line: 1, col: 1 };
      report('PAR003', `custom YAML tag ${yamlNode.tag} is not allowed`, at, path);
    }
    if (isScalar(yamlNode)) return yamlNode.value;
    if (isSeq(yamlNode)) return yamlNode.items.map((item, index) => walk(item, [...path, index], depth + 1));
    if (isMap(yamlNode)) {
      const result: Record<string, unknown> = {};
      for (const pair of yamlNode.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const rawKey = isScalar(keyNode) ? keyNode.value : keyNode;
        if (rawKey !== null && typeof rawKey === 'object') {
          const at = keyNode?.range ? positionOf(keyNode.range[0]) : { line: 1, col: 1 };
          report('PAR004', 'complex mapping keys are not supported; use a plain name', at, path);
          continue;
        }
        const key = String(rawKey);
        const childPath = [...path, key];
        const value = walk(pair.value, childPath, depth + 1);
        if (keyNode?.range) {
          const valueNode = pair.value as Node | null;
          const valueAt = valueNode?.range ? positionOf(valueNode.range[0]) : positionOf(keyNode.range[0]);
          sourceMap.set(childPath, valueAt, positionOf(keyNode.range[0]));
        }
        // defineProperty, not assignment: "__proto__" must stay an ordinary key.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return null;
  };

  try {
    const value = walk(doc.contents, [], 0);
    return { value, sourceMap, diagnostics };
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    report('PAR005', `${error.message}; raise the limit with --max-nodes/--max-depth if the file is trusted`, { line: 1, col: 1 });
    return { value: undefined, sourceMap, diagnostics };
  }
}

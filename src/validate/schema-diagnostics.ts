import { GUARD_TYPES } from '../schema/guard.js';
import type { z } from 'zod';
import { RESERVED_NAMES } from '../schema/names.js';
import type { CodeWith } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closest, didYouMean } from './did-you-mean.js';
import type { Path, SourceMap } from '../load/source-map.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turns a zod error into diagnostics an author can act on: one per real problem,
 * at the line it is on, in words about the file rather than about zod. Unions
 * (a transition or a list of them; the guard kinds) are resolved to the branch
 * the author evidently meant instead of listing every branch's complaints.
 */
export function schemaDiagnostics(
  error: z.ZodError,
  root: AnySchema,
  raw: unknown,
  sourceMap: SourceMap,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A misspelt required key shows up twice (missing, and unknown); the did-you-mean says it all.
  const missing = new Map<Diagnostic, string>();
  const misspelt = new Set<string>();
  const emit = (code: CodeWith<'error'>, message: string, path: Path, options: { key?: boolean; hint?: string } = {}) => {
    const at = sourceMap.at(path, { key: options.key ?? false });
    out.push({ code, severity: 'error', message, file, line: at.line, col: at.col, path, ...(options.hint ? { hint: options.hint } : {}) });
  };

  const visit = (issue: Issue, base: Path) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    const name = describePath(path);
    const value = valueAt(raw, path);
    switch (issue.code) {
      case 'invalid_union': {
        const branches = (issue.errors ?? []) as Issue[][];
        const mismatch = typeMismatch(issue);
        if (branches.length === 0 || mismatch) {
          return reportUnknownType(issue, path, branches);
        }
        const viable = branches.filter((b) => !b.some(isTypeMismatch));
        if (viable.length === 0) return reportUnknownType(issue, path, branches);
        const shapeOnly = viable.every((b) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0);
        if (shapeOnly) {
          const expected = viable.map((b) => typeName((b[0] as { expected: string }).expected)).join(' or ');
          return emit('PAR100', `${name} must be ${expected}, not ${describeValue(value)}`, path);
        }
        const best = viable.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
        for (const inner of best) visit(inner, path);
        return;
      }
      case 'unrecognized_keys': {
        const known = knownKeysAt(root, path);
        for (const key of issue.keys) {
          const hint = didYouMean(key, known);
          const meant = closest(key, known);
          if (meant !== undefined) misspelt.add(JSON.stringify([...path, meant]));
          emit('PAR101', `unknown key '${key}'${path.length ? ` in ${name}` : ''}`, [...path, key], { key: true, ...(hint ? { hint } : {}) });
        }
        return;
      }
      case 'invalid_type': {
        if (value === undefined) {
          emit('PAR100', `missing required key '${String(path[path.length - 1])}'`, path.slice(0, -1));
          missing.set(out[out.length - 1]!, JSON.stringify(path));
          return;
        }
        return emit('PAR100', `${name} must be ${typeName(issue.expected)}, not ${describeValue(value)}`, path);
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
        const list = allowed.map((v) => `'${v}'`).join(', ');
        const message = allowed.length === 1 ? `${name} must be ${list}` : `${name} must be one of ${list}`;
        return emit('PAR100', `${message}, not ${describeValue(value)}`, path, hint ? { hint } : {});
      }
      case 'invalid_key': {
        const reasons = issue.issues.map((i) => i.message).join('; ');
        return emit('PAR104', `name '${String(path[path.length - 1])}' ${reasons}`, path, { key: true });
      }
      case 'too_big':
      case 'too_small': {
        const big = issue.code === 'too_big';
        const bound = Number(big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
        const origin = (issue as { origin?: string }).origin;
        const unit = origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';
        if (!big && bound === 1 && origin === 'string') return emit('PAR100', `${name} must not be empty`, path);
        if (!big && bound === 1 && origin === 'array') return emit('PAR100', `${name} must list at least one item`, path);
        const shown = unit ? '' : `, not ${describeValue(Object.is(value, -0) ? 0 : value)}`;
        // zod's inclusive flag: `positive()` is `> 0`, which "at least 0" would misstate for 0 and -0.
        const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
        const relation = inclusive ? `at ${big ? 'most' : 'least'}` : big ? 'less than' : 'more than';
        return emit('PAR100', `${name} must be ${relation} ${bound}${unit}${shown}`, path);
      }
      default:
        if (issue.code === 'custom' && typeof value === 'string' && RESERVED_NAMES.has(value)) {
          return emit('PAR104', `${name} is '${value}', a name reserved in JavaScript; choose another name`, path);
        }
        return emit('PAR100', `${name}: ${lowerFirst(issue.message)}`, path);
    }
  };

  const reportUnknownType = (issue: Issue, path: Path, branches: Issue[][]) => {
    const allowed = new Set<string>();
    const collect = (i: Issue) => {
      if (i.code === 'invalid_union') {
        for (const o of (i as { options?: unknown[] }).options ?? []) allowed.add(String(o));
        for (const b of i.errors ?? []) b.forEach(collect);
      }
      if (i.code === 'invalid_value' && i.path[i.path.length - 1] === 'type') i.values.forEach((v) => allowed.add(String(v)));
    };
    collect(issue);
    branches.forEach((b) => b.forEach(collect));
    const typePath = issue.path.length && issue.path[issue.path.length - 1] === 'type' ? path : [...path, 'type'];
    const ownerPath = typePath.slice(0, -1);
    const value = valueAt(raw, typePath);
    const kind = describeOwner(ownerPath);
    // A guard's union lists the types of the branch that got furthest; name them all.
    const isGuard = allowed.has('meterAtLeast');
    if (isGuard) GUARD_TYPES.forEach((t) => allowed.add(t));
    if (isGuard && typeof value === 'string' && (GUARD_TYPES as readonly string[]).includes(value)) {
      // A known type whose insides failed: a combinator holding a combinator (they nest one level only).
      const inner = COMBINATORS.has(value) ? nestedCombinator(ownerPath) : undefined;
      if (inner) {
        return emit(
          'PAR100',
          `${inner.type === 'not' ? 'a' : 'an'} '${inner.type}' guard cannot be inside '${value}': guards combine one level deep (all, any and not hold the other guard types); name the combined condition as a fact, or write it as one 'all' or 'any'`,
          inner.path,
        );
      }
    }
    if (value === undefined) return emit('PAR100', `${kind} needs a 'type' (one of ${[...allowed].join(', ')})`, ownerPath);
    const hint = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
    emit('PAR102', `unknown ${kind} type ${JSON.stringify(value)}; known: ${[...allowed].join(', ')}`, typePath, hint ? { hint } : {});
  };

  const COMBINATORS = new Set(['all', 'any', 'not']);
  function nestedCombinator(ownerPath: Path): { type: string; path: Path } | undefined {
    const params = valueAt(raw, [...ownerPath, 'params']) as { guard?: unknown; guards?: unknown } | undefined;
    const nested: Array<[unknown, Path]> = [];
    if (params && typeof params === 'object') {
      if (params.guard !== undefined) nested.push([params.guard, [...ownerPath, 'params', 'guard', 'type']]);
      if (Array.isArray(params.guards)) params.guards.forEach((g, i) => nested.push([g, [...ownerPath, 'params', 'guards', i, 'type']]));
    }
    for (const [guard, path] of nested) {
      const type = guard && typeof guard === 'object' ? (guard as { type?: unknown }).type : undefined;
      if (typeof type === 'string' && COMBINATORS.has(type)) return { type, path };
    }
    return undefined;
  }

  for (const issue of error.issues) visit(issue, []);
  return dedupe(out.filter((d) => !misspelt.has(missing.get(d) ?? '')));
}

function isTypeMismatch(issue: Issue): boolean {
  const last = issue.path[issue.path.length - 1];
  return (issue.code === 'invalid_value' || (issue.code === 'invalid_union' && (issue.errors?.length ?? 0) === 0)) && last === 'type';
}

function typeMismatch(issue: Issue): boolean {
  return issue.code === 'invalid_union' && (issue.errors?.length ?? 0) === 0 && (issue as { discriminator?: string }).discriminator !== undefined;
}

function depth(issues: Issue[]): number {
  return Math.max(...issues.map((i) => i.path.length + (i.code === 'invalid_union' ? 1 : 0)));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.col}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function valueAt(raw: unknown, path: Path): unknown {
  let current: unknown = raw;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function describePath(path: Path): string {
  if (path.length === 0) return 'the document';
  return `'${path.map(String).join('.')}'`;
}

function describeOwner(path: Path): string {
  const parts = path.filter((p): p is string => typeof p === 'string');
  if (parts.includes('guard') || parts.includes('guards')) return 'guard';
  if (parts.includes('actions') || parts.includes('entry')) return 'action';
  return 'item';
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** zod's type names in the words of a YAML author. */
const typeName = (expected: string) => TYPE_NAMES[expected] ?? expected;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return value < 0 ? '-infinity (-.inf, or a number too large such as -1e309)' : 'infinity (.inf, or a number too large such as 1e309)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Keys the schema allows at `path`, for did-you-mean on an unknown key. */
function knownKeysAt(root: AnySchema, path: Path): string[] {
  const keys = new Set<string>();
  const walk = (schema: AnySchema, index: number): void => {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        return walk(def.innerType as AnySchema, index);
      case 'pipe':
        return walk(def.in as AnySchema, index);
      case 'union':
        return (def.options as AnySchema[]).forEach((o) => walk(o, index));
      case 'object': {
        const shape = def.shape as Record<string, AnySchema>;
        if (index === path.length) return Object.keys(shape).forEach((k) => keys.add(k));
        const next = shape[String(path[index])];
        return next ? walk(next, index + 1) : undefined;
      }
      case 'record':
        return index === path.length ? undefined : walk(def.valueType as AnySchema, index + 1);
      case 'array':
        return index === path.length ? undefined : walk(def.element as AnySchema, index + 1);
      default:
        return undefined;
    }
  };
  walk(root, 0);
  return [...keys];
}

import { coercionFlags, coreTasks, outcomes } from '../catalog/index.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { CodeWith } from '../diagnostics/codes.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean, didYouMeanOrKnown } from '../validate/did-you-mean.js';
import { DEFAULT_YAML_LIMITS, parseYaml, type YamlLimits } from '../load/parse-yaml.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import type { Path, SourceMap } from '../load/source-map.js';
import { caseSlug } from './golden-path.js';
import { AllPathsSchema, DialogueTestFileSchema, type DialogueTestFile } from './test-file-schema.js';

/**
 * Paths all the property cases of one test file may follow together. One case
 * may ask for this many (a long run, but a bounded one); without a total, a
 * stranger's file of thousands of such cases would keep `parley test` busy
 * for days.
 */
export const MAX_PATHS_PER_FILE = 1_000_000;
const DEFAULT_MAX_PATHS = AllPathsSchema.shape.max_paths.parse(undefined);

export type ParsedTestFile =
  | { ok: true; testFile: DialogueTestFile; sourceMap: SourceMap; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Test file text in, a checked test file (or every problem, at file:line:col) out. Touches no files. */
export function parseTestFile(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedTestFile {
  const parsed = parseYaml(text, file, limits);
  if (parsed.diagnostics.length) return { ok: false, diagnostics: parsed.diagnostics.map(inTestFileWords) };
  const { value, sourceMap } = parsed;
  if (value === null || value === undefined) {
    return { ok: false, diagnostics: [{ code: 'PAR300', severity: 'error', message: 'the file is empty; a test file needs a `cases` list', file, line: 1, col: 1 }] };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, diagnostics: [{ code: 'PAR300', severity: 'error', message: 'a test file must be a mapping with a `cases` list', file, ...sourceMap.at([]) }] };
  }
  const shaped = DialogueTestFileSchema.safeParse(value);
  if (!shaped.success) {
    return { ok: false, diagnostics: schemaDiagnostics(shaped.error, DialogueTestFileSchema, value, sourceMap, file).sort(compareDiagnostics) };
  }
  const diagnostics: Diagnostic[] = [];
  const error = (code: CodeWith<'error'>, message: string, path: Path, hint?: string, key = false) =>
    diagnostics.push({ code, severity: 'error', message, file, ...sourceMap.at(path, { key }), path, ...(hint ? { hint } : {}) });
  const names = new Map<string, string>();
  let paths = 0;
  let overBudget = false;
  shaped.data.cases.forEach((testCase, i) => {
    const at: Path = ['cases', i];
    const slug = caseSlug(testCase.name);
    const clash = names.get(slug);
    if (clash !== undefined) error('PAR306', `case name '${testCase.name}' is the same as '${clash}' once made a file name; names must be unique`, [...at, 'name']);
    else names.set(slug, testCase.name);
    const kinds = [testCase.choices, testCase.replies, testCase.all_paths].filter((k) => k !== undefined).length;
    if (kinds !== 1) {
      error('PAR305', 'a case needs one of `choices` or `replies` (a scripted run, picked or typed) or `all_paths` (a property), not several or none', at);
    }
    if (testCase.all_paths && testCase.at) error('PAR305', '`at` checks single turns of a scripted run; it cannot be used with `all_paths`', [...at, 'at'], undefined, true);
    for (const key of ['state', 'line', 'line_contains'] as const) {
      if (testCase.all_paths && testCase.expect?.[key] !== undefined) {
        error('PAR305', `\`expect.${key}\` is for scripted runs; over all paths, check the outcome, flags, tasks, meters or score`, [...at, 'expect', key], undefined, true);
      }
    }
    if (testCase.all_paths && !overBudget) {
      paths += testCase.all_paths.max_paths;
      if (paths > MAX_PATHS_PER_FILE) {
        overBudget = true;
        const given = (value as { cases: Array<{ all_paths?: { max_paths?: unknown } }> }).cases[i]?.all_paths?.max_paths !== undefined;
        error(
          'PAR309',
          `the property cases up to this one may follow ${paths.toLocaleString('en-US')} paths together, over the limit of ${MAX_PATHS_PER_FILE.toLocaleString('en-US')} for one test file; lower max_paths (default ${DEFAULT_MAX_PATHS.toLocaleString('en-US')}) or split the file`,
          given ? [...at, 'all_paths', 'max_paths'] : [...at, 'all_paths'],
          undefined,
          !given,
        );
      }
    }
    (testCase.at ?? []).forEach((point, j) => {
      const moves = testCase.choices ?? testCase.replies;
      if (moves && point.turn > moves.length) {
        error('PAR307', `turn ${point.turn} is past the last choice (the case makes ${moves.length})`, [...at, 'at', j, 'turn']);
      }
    });
  });
  return diagnostics.length ? { ok: false, diagnostics } : { ok: true, testFile: shaped.data, sourceMap, diagnostics };
}

/**
 * The YAML reader words a few messages for dialogue files; the same problem in
 * a test file should not send its author looking for a dialogue.
 */
function inTestFileWords(diagnostic: Diagnostic): Diagnostic {
  if (!diagnostic.message.startsWith('a dialogue file ')) return diagnostic;
  return { ...diagnostic, message: diagnostic.message.replace('a dialogue file ', 'a test file ') };
}

/**
 * Every name a test file uses, checked against the dialogue it tests and the
 * catalogs, so a typo is reported at its line rather than as a puzzling failure.
 */
export function checkTestFileNames(testFile: DialogueTestFile, dialogue: Dialogue, sourceMap: SourceMap, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const choiceIds = new Set(Object.values(dialogue.states).flatMap((state) => Object.keys(state.on ?? {})));
  const stateIds = new Set(Object.keys(dialogue.states));
  const meterNames = new Set(Object.keys(dialogue.meta.meters ?? {}));
  const outcomeIds = new Set([...outcomes.keys(), 'none']);
  const unknown = (code: CodeWith<'error'>, kind: string, name: string, known: Set<string> | ReadonlyMap<string, unknown>, path: Path, key = false) => {
    const has = known instanceof Set ? known.has(name) : (known as ReadonlyMap<string, unknown>).has(name);
    if (has) return;
    // Catalog ids (flags, tasks, outcomes) are few and fixed: with no likely typo, name them all.
    const fromCatalog = kind === 'flag' || kind === 'core task' || kind === 'outcome';
    const hint = fromCatalog ? didYouMeanOrKnown(name, known.keys()) : didYouMean(name, known.keys());
    const where = kind === 'choice' || kind === 'state' || kind === 'meter' ? ` in dialogue '${dialogue.id}'` : '';
    diagnostics.push({ code, severity: 'error', message: `unknown ${kind} '${name}'${where}`, file, ...sourceMap.at(path, { key }), path, ...(hint ? { hint } : {}) });
  };
  const ids = (list: readonly string[] | undefined, kind: string, known: Set<string> | ReadonlyMap<string, unknown>, path: Path, code: CodeWith<'error'>) =>
    (list ?? []).forEach((name, i) => unknown(code, kind, name, known, [...path, i]));
  const point = (p: Record<string, unknown> & { state?: string; meters?: Record<string, unknown> }, path: Path) => {
    if (p.state !== undefined) unknown('PAR302', 'state', p.state, stateIds, [...path, 'state']);
    for (const key of ['flags', 'flags_include', 'flags_exclude'] as const) ids(p[key] as string[] | undefined, 'flag', coercionFlags, [...path, key], 'PAR304');
    for (const key of ['tasks', 'tasks_include'] as const) ids(p[key] as string[] | undefined, 'core task', coreTasks, [...path, key], 'PAR304');
    for (const meter of Object.keys(p.meters ?? {})) unknown('PAR303', 'meter', meter, meterNames, [...path, 'meters', meter], true);
  };
  testFile.cases.forEach((testCase, i) => {
    const at: Path = ['cases', i];
    ids(testCase.choices, 'choice', choiceIds, [...at, 'choices'], 'PAR301');
    const paths = testCase.all_paths;
    if (paths) {
      ids(paths.start, 'choice', choiceIds, [...at, 'all_paths', 'start'], 'PAR301');
      ids(paths.where?.picks, 'choice', choiceIds, [...at, 'all_paths', 'where', 'picks'], 'PAR301');
      ids(paths.where?.flags_include, 'flag', coercionFlags, [...at, 'all_paths', 'where', 'flags_include'], 'PAR304');
    }
    const expect = testCase.expect;
    if (expect) {
      point(expect, [...at, 'expect']);
      const outcome = expect.outcome;
      if (typeof outcome === 'string') unknown('PAR304', 'outcome', outcome, outcomeIds, [...at, 'expect', 'outcome']);
      else outcome?.forEach((o, j) => unknown('PAR304', 'outcome', o, outcomeIds, [...at, 'expect', 'outcome', j]));
    }
    (testCase.at ?? []).forEach((p, j) => point(p, [...at, 'at', j]));
  });
  return diagnostics.sort(compareDiagnostics);
}

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Session } from '../engine/session.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { DEFAULT_LIMITS, loadDialogueFile, type LoadLimits } from '../io/load-dialogue-file.js';
import { readLines } from '../io/read-lines.js';
import { readTextFile } from '../io/read-text-file.js';
import { readTranscript } from '../transcript/read-transcript.js';
import { goldenDiff, goldenText } from './golden.js';
import { caseSlug, goldenFile, goldenFolder } from './golden-path.js';
import { resolveDialogueReference } from './dialogue-reference.js';
import { checkTestFileNames, parseTestFile } from './load-test-file.js';
import { runCase } from './run-case.js';
import { workBudget, type WorkBudget } from '../analyze/explore-paths.js';
import { asFileError, FileError } from '../io/file-error.js';
import { summarize, type CaseResult, type FileResult, type GoldenResult, type TestRun } from './test-results.js';

export interface TestRunOptions {
  /** Record golden transcripts instead of comparing against them. */
  update?: boolean;
  limits?: LoadLimits;
  /** Work shared by every property case of the run (choices taken plus debrief steps); see DEFAULT_MAX_STEPS. */
  maxSteps?: number;
  budget?: WorkBudget;
}

/**
 * How much path exploration one `parley test` run may do, over all its files:
 * max_paths and the per-file total bound one case and one file, but not a
 * folder of thousands of files. A few tens of seconds on a shared machine.
 */
export const DEFAULT_MAX_STEPS = 10_000_000;

/** Runs test files one after another and collects what a reporter needs. */
export async function runTestFiles(testFiles: readonly string[], untested: readonly string[], options: TestRunOptions = {}): Promise<TestRun> {
  const started = performance.now();
  const files: FileResult[] = [];
  const budget = options.budget ?? workBudget(options.maxSteps ?? DEFAULT_MAX_STEPS);
  for (const file of testFiles) files.push(await runTestFile(file, { ...options, budget }));
  return { files, untested: [...untested], summary: summarize(files), seconds: (performance.now() - started) / 1000 };
}

export async function runTestFile(testFile: string, options: TestRunOptions = {}): Promise<FileResult> {
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const result = (rest: Partial<FileResult>): FileResult => ({ testFile, cases: [], removedGoldens: [], seconds: (performance.now() - started) / 1000, ...rest });

  const read = readTextFile(testFile, limits.maxBytes);
  if (!read.ok) return result({ invalid: { what: 'test file', diagnostics: [read.diagnostic] } });
  const parsed = parseTestFile(read.text, testFile, limits);
  if (!parsed.ok) return result({ invalid: { what: 'test file', diagnostics: parsed.diagnostics } });
  const { testFile: tests, sourceMap } = parsed;

  const reference = resolveDialogueReference(testFile, tests.dialogue, sourceMap);
  if (!reference.ok) return result({ invalid: { what: 'test file', diagnostics: [reference.diagnostic] } });
  const dialogueFile = reference.file;
  const loaded = loadDialogueFile(dialogueFile, limits);
  const caseNames = tests.cases.map((c) => c.name);
  if (!loaded.ok) return result({ dialogueFile, invalid: { what: 'dialogue', diagnostics: loaded.diagnostics.filter((d) => d.severity === 'error'), cases: caseNames } });
  const { compiled } = loaded;
  const names = checkTestFileNames(tests, compiled.dialogue, sourceMap, testFile);
  const dialogue = { dialogueFile, dialogueId: compiled.dialogue.id, dialogueLanguage: compiled.dialogue.meta.language };
  if (names.length) return result({ ...dialogue, invalid: { what: 'test file', diagnostics: names, cases: caseNames } });

  const cases: CaseResult[] = [];
  const goldenNames = new Set<string>();
  for (const testCase of tests.cases) {
    const caseStarted = performance.now();
    const run = runCase(compiled, testCase, {
      seed: tests.seed ?? 0,
      ...(tests.language ? { language: tests.language } : {}),
      ...(options.budget ? { budget: options.budget } : {}),
    });
    let golden: GoldenResult | undefined;
    if (run.session && testCase.golden !== false) {
      const file = goldenFile(testFile, testCase.name);
      goldenNames.add(`${caseSlug(testCase.name)}.jsonl`);
      const dialogueFromGolden = relative(dirname(file), dialogueFile).split(sep).join('/');
      const text = goldenText(run.session, { file: dialogueFromGolden, hash: loaded.hash });
      golden = options.update ? writeGolden(file, text) : await compareGolden(file, run.session);
    }
    const failures = [...run.failures];
    if (golden?.state === 'differs') failures.push({ check: 'golden', expected: golden.file, actual: 'differs', diff: golden.diff ?? [] });
    cases.push({
      name: testCase.name,
      kind: testCase.all_paths ? 'property' : 'script',
      passed: failures.length === 0,
      failures,
      ...(golden ? { golden } : {}),
      ...(run.paths ? { paths: run.paths } : {}),
      ...(testCase.choices ? { choices: testCase.choices } : testCase.replies && run.session ? { choices: run.session.steps.map((s) => s.choice.id) } : {}),
      seconds: (performance.now() - caseStarted) / 1000,
    });
  }
  const removedGoldens = options.update ? removeOrphanGoldens(goldenFolder(testFile), goldenNames) : [];
  return result({ ...dialogue, cases, removedGoldens });
}

function writeGolden(file: string, text: string): GoldenResult {
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return { state: 'unchanged', file };
  confineGoldenFolder(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw asFileError(error, 'write', dirname(file));
  }
  writeFileAtomic(file, text);
  return { state: 'written', file };
}

/**
 * Golden transcripts are written only inside the library: `__golden__` and
 * its per-test folder must be real folders, not links that lead elsewhere
 * (a test file's `dialogue:` path is confined the same way).
 */
function confineGoldenFolder(file: string): void {
  const perTest = dirname(file);
  for (const folder of [dirname(perTest), perTest]) {
    let link = false;
    try {
      link = lstatSync(folder).isSymbolicLink();
    } catch {
      // Not there yet: it will be created as a real folder.
    }
    if (link) throw new FileError('write', folder, 'it is a symbolic link; golden transcripts are only written inside the library', 'ELINK');
  }
}

async function compareGolden(file: string, session: Session): Promise<GoldenResult> {
  if (!existsSync(file)) return { state: 'missing', file };
  const diff = goldenDiff(readTranscript(readLines(file)), session);
  return diff.length ? { state: 'differs', file, diff } : { state: 'match', file };
}

function removeOrphanGoldens(folder: string, keep: ReadonlySet<string>): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  const removed = entries.filter((name) => name.endsWith('.jsonl') && !keep.has(name)).map((name) => join(folder, name));
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}

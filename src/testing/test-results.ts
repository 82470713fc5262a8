import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CaseFailure, PathCounts } from './run-case.js';

export interface GoldenResult {
  /** match / differs / missing when comparing; written / unchanged with --update; none when the case opts out. */
  state: 'match' | 'differs' | 'missing' | 'written' | 'unchanged';
  file: string;
  /** For `differs`: the readable diff (see golden.ts). */
  diff?: string[];
}

export interface CaseResult {
  name: string;
  kind: 'script' | 'property';
  passed: boolean;
  failures: CaseFailure[];
  golden?: GoldenResult;
  paths?: PathCounts;
  choices?: string[];
  seconds: number;
}

export interface FileResult {
  testFile: string;
  dialogueFile?: string;
  dialogueId?: string;
  /** The dialogue's language: language versions share an id and often their case names. */
  dialogueLanguage?: string;
  /**
   * Set when the file could not be run: the test file or its dialogue is invalid
   * or missing. `cases` names the cases that could not run, when the test file
   * could be read that far.
   */
  invalid?: { what: 'test file' | 'dialogue'; diagnostics: Diagnostic[]; cases?: string[] };
  cases: CaseResult[];
  /** Golden transcripts deleted by --update because their case is gone. */
  removedGoldens: string[];
  seconds: number;
}

export interface TestRunSummary {
  files: number;
  invalidFiles: number;
  cases: number;
  passed: number;
  failed: number;
  goldenMissing: number;
  goldenWritten: number;
  /** Property cases the run's work limit stopped (only when some were). */
  workLimited?: number;
}

export interface TestRun {
  files: FileResult[];
  /** Dialogues that have no test file (`parley test --init` writes one). */
  untested: string[];
  summary: TestRunSummary;
  seconds: number;
}

export function summarize(files: readonly FileResult[]): TestRunSummary {
  const cases = files.flatMap((f) => f.cases);
  const workLimited = cases.filter((c) => c.paths?.workLimit).length;
  return {
    files: files.length,
    invalidFiles: files.filter((f) => f.invalid).length,
    cases: cases.length,
    passed: cases.filter((c) => c.passed).length,
    failed: cases.filter((c) => !c.passed).length,
    goldenMissing: cases.filter((c) => c.golden?.state === 'missing').length,
    goldenWritten: cases.filter((c) => c.golden?.state === 'written').length,
    ...(workLimited ? { workLimited } : {}),
  };
}

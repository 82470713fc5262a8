import { explorePaths, type WorkBudget } from '../analyze/explore-paths.js';
import type { CompiledDialogue } from '../compile/compile-machine.js';
import { ChoiceUnavailableError, Session } from '../engine/session.js';
import type { Debrief, Step } from '../engine/types.js';
import { screenChoices, understandReply } from '../match/understand-reply.js';
import type { Language } from '../schema/language.js';
import type { Persona } from '../schema/dialogue.js';
import { checkEnd, checkTurn, type ExpectationFailure, type Observed } from './expectations.js';
import type { AllPaths, TestCase } from './test-file-schema.js';

export interface CaseFailure extends ExpectationFailure {
  /** For a property: the path that broke it. */
  path?: string[];
}

export interface PathCounts {
  /** Paths the explorer followed. */
  explored: number;
  /** Paths the expectations were checked on. */
  checked: number;
  /** Matching paths the depth bound cut before an ending, left out (see include_unfinished). */
  cut: number;
  /** true when max_paths stopped the exploration: not every path was seen. */
  limited: boolean;
  /** Set when the run's work limit (shared by every property of one `parley test`) stopped it. */
  workLimit?: number;
}

export interface CaseRun {
  failures: CaseFailure[];
  /** Scripted cases: the session as played (for golden transcripts). */
  session?: Session;
  paths?: PathCounts;
}

/** The test file's defaults; a case's own seed and language win. */
export interface CaseSettings {
  seed: number;
  /** The work left for properties in this run (`parley test --max-steps`). */
  budget?: WorkBudget;
  language?: Language;
  persona?: Partial<Persona>;
}

/** Most counterexamples listed for one property: the first few tell the story. */
const MAX_COUNTEREXAMPLES = 5;

export function runCase(compiled: CompiledDialogue, testCase: TestCase, defaults: CaseSettings): CaseRun {
  const language = testCase.language ?? defaults.language;
  const settings: CaseSettings = {
    seed: testCase.seed ?? defaults.seed,
    ...(language ? { language } : {}),
    ...(testCase.persona ? { persona: testCase.persona } : {}),
    ...(defaults.budget ? { budget: defaults.budget } : {}),
  };
  return testCase.all_paths ? runProperty(compiled, testCase, testCase.all_paths, settings) : runScript(compiled, testCase, settings);
}

function runScript(compiled: CompiledDialogue, testCase: TestCase, settings: CaseSettings): CaseRun {
  const session = new Session(compiled, {
    seed: settings.seed,
    mode: testCase.mode ?? 'practice',
    ...(settings.language ? { language: settings.language } : {}),
    ...(settings.persona ? { persona: settings.persona } : {}),
  });
  for (const typed of testCase.replies ?? []) {
    const screen = screenChoices(session.table, session.stateId, session.available());
    const understood = understandReply(typed, screen, session.language);
    if (understood.match.kind !== 'match' || !understood.typed) {
      const turn = session.steps.length + 1;
      const why = understood.match.kind === 'rephrase' ? understood.match.reason : '';
      return {
        session,
        failures: [
          {
            check: 'replies',
            turn,
            expected: `"${typed}" to mean one of the replies in '${session.stateId}'`,
            actual: screen.length
              ? `Parley cannot tell which (${why}); on screen: ${screen.map((c) => c.id).join(', ')}`
              : `the dialogue already ended in '${session.stateId}'`,
          },
        ],
      };
    }
    session.choose(understood.match.choice, understood.typed);
  }
  for (const choice of testCase.choices ?? []) {
    try {
      session.choose(choice);
    } catch (error) {
      if (!(error instanceof ChoiceUnavailableError)) throw error;
      const turn = session.steps.length + 1;
      return {
        session,
        failures: [
          {
            check: 'choices',
            turn,
            expected: `'${choice}' available in '${error.state}'`,
            actual: error.available.length ? `available: ${error.available.join(', ')}` : `the dialogue already ended in '${error.state}'`,
          },
        ],
      };
    }
  }
  const failures: CaseFailure[] = [];
  if (testCase.expect) failures.push(...checkEnd(testCase.expect, observeEnd(session.debrief(), session)));
  for (const point of testCase.at ?? []) {
    const step = session.steps[point.turn - 1];
    if (step) failures.push(...checkTurn(point, observeTurn(step)));
  }
  return { session, failures };
}

function runProperty(compiled: CompiledDialogue, testCase: TestCase, allPaths: AllPaths, settings: CaseSettings): CaseRun {
  const counts: PathCounts = { explored: 0, checked: 0, cut: 0, limited: false };
  const failures: CaseFailure[] = [];
  let failingPaths = 0;
  const start = allPaths.start ?? [];
  for (const path of explorePaths(compiled, {
    maxDepth: allPaths.max_depth,
    maxPaths: allPaths.max_paths,
    seed: settings.seed,
    ...(settings.language ? { language: settings.language } : {}),
    ...(settings.persona ? { persona: settings.persona } : {}),
    ...(settings.budget ? { budget: settings.budget } : {}),
  })) {
    counts.explored++;
    if (!start.every((choice, i) => path.choices[i] === choice)) continue;
    if (!matches(path.debrief, path.choices, allPaths)) continue;
    if (!path.ended && !allPaths.include_unfinished) {
      counts.cut++;
      continue;
    }
    counts.checked++;
    const broken = testCase.expect ? checkEnd(testCase.expect, observeEnd(path.debrief)) : [];
    if (broken.length === 0) continue;
    failingPaths++;
    if (failingPaths <= MAX_COUNTEREXAMPLES) failures.push(...broken.map((f) => ({ ...f, path: path.choices })));
  }
  counts.limited = counts.explored >= allPaths.max_paths;
  if (settings.budget?.exhausted) counts.workLimit = settings.budget.limit;
  if (failingPaths > MAX_COUNTEREXAMPLES) {
    failures.push({ check: 'all_paths', expected: 'every matching path', actual: `${failingPaths} of ${counts.checked} matching paths fail; the first ${MAX_COUNTEREXAMPLES} are shown` });
  }
  if (counts.checked === 0) {
    failures.push({
      check: 'all_paths',
      expected: 'at least one path matching `where`',
      actual: `none of ${counts.explored} explored paths${counts.cut ? ` (${counts.cut} matched but were cut at depth ${allPaths.max_depth})` : ''}${
        counts.workLimit ? `; the run's work limit of ${counts.workLimit.toLocaleString('en-US')} steps was reached (raise it with --max-steps)` : ''
      }`,
    });
  }
  return { failures, paths: counts };
}

/** Whether a path is one the property speaks about (`where`). */
function matches(debrief: Debrief, choices: readonly string[], allPaths: AllPaths): boolean {
  const where = allPaths.where;
  if (!where) return true;
  if (where.flagged !== undefined && where.flagged !== debrief.flags.length > 0) return false;
  if (where.violation !== undefined && where.violation !== debrief.flags.some((f) => f.severity === 'violation')) return false;
  if (where.serious !== undefined && where.serious !== debrief.flags.some((f) => f.severity !== 'caution')) return false;
  if (where.picks && !where.picks.some((choice) => choices.includes(choice))) return false;
  if (where.flags_include && !debrief.flags.some((f) => where.flags_include!.includes(f.id))) return false;
  return true;
}

export function observeEnd(debrief: Debrief, session?: Session): Observed {
  const lastMeters = Object.fromEntries(Object.entries(debrief.meters).map(([name, series]) => [name, series[series.length - 1] ?? 0]));
  const line = session ? session.turn.line : undefined;
  return {
    state: session?.stateId ?? '',
    flags: debrief.flags.map((f) => ({ id: f.id, turn: f.turn })),
    tasks: debrief.tasks.filter((t) => t.met).map((t) => t.id),
    meters: lastMeters,
    ...(line !== undefined ? { line } : {}),
    ...(debrief.outcome ? { outcome: debrief.outcome.id } : {}),
    finished: debrief.finished,
    score: debrief.score.total,
    passed: debrief.score.passed,
  };
}

function observeTurn(step: Step): Observed {
  return {
    state: step.next.state,
    flags: step.flags.map((f) => ({ id: f.id, turn: step.turn })),
    tasks: [...step.tasks],
    meters: { ...step.meters },
    ...(step.next.line !== undefined ? { line: step.next.line } : {}),
  };
}

import { outcomes, PENALTY_BY_SEVERITY } from '../catalog/index.js';
import type { Severity } from '../schema/catalog.js';
import type { Score } from './types.js';

const TASK_POINTS = 40;

/** A call passes at this score, as a quality assessor grades it. */
export const PASS_MARK = 70;

/** A call with any violation scores at most this: it fails, whatever it collected. */
export const VIOLATION_CAP = 40;

/** A call that used a coercive tactic scores at most this: below the pass mark, above a violation. */
export const COERCIVE_CAP = 60;

/** What an outcome that will not hold for this debtor (rent money, a promise they cannot keep) is worth at most. */
export const UNSUSTAINABLE_OUTCOME_VALUE = 15;

export interface ScoreInput {
  outcome?: { id: string; unsustainable?: string };
  /** Core tasks met on replies that raised no flag. */
  tasksMet: number;
  tasksTotal: number;
  severities: readonly Severity[];
}

/**
 * 0–100, graded the way agencies grade calls: the outcome is worth up to 60,
 * the core tasks share 40, and every flag costs points by severity. A lawful
 * arrangement with all four tasks scores 90–100 and passes; an outcome that
 * will not hold is worth little. A compliance failure fails the call whatever
 * it collected: a violation caps the score at 40, a coercive tactic at 60 (a
 * quality assessor marks both as fails; only a caution can still pass), so a
 * payment extracted by pressure never outscores or passes like a lawful call.
 */
export function scoreSession({ outcome, tasksMet, tasksTotal, severities }: ScoreInput): Score {
  const full = outcome ? (outcomes.get(outcome.id)?.value ?? 0) : 0;
  const outcomePoints = outcome?.unsustainable !== undefined ? Math.min(full, UNSUSTAINABLE_OUTCOME_VALUE) : full;
  const tasks = tasksTotal === 0 ? 0 : Math.round((TASK_POINTS * tasksMet) / tasksTotal);
  const penalties = severities.reduce((sum, severity) => sum + PENALTY_BY_SEVERITY[severity], 0);
  const violation = severities.includes('violation');
  const coercive = severities.includes('coercive');
  const raw = Math.max(0, Math.min(100, outcomePoints + tasks - penalties));
  const total = violation ? Math.min(raw, VIOLATION_CAP) : coercive ? Math.min(raw, COERCIVE_CAP) : raw;
  return {
    total,
    outcome: outcomePoints,
    tasks,
    penalties,
    passMark: PASS_MARK,
    passed: total >= PASS_MARK,
    violation,
    coercive,
  };
}

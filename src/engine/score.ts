import { outcomes, PENALTY_BY_SEVERITY } from '../catalog/index.js';
import type { Severity } from '../schema/catalog.js';
import type { Score } from './types.js';

const TASK_POINTS = 40;

/**
 * 0–100: the outcome is worth up to 60, the core tasks share 40, and every flag
 * costs points by severity. A lawful arrangement with all four tasks scores 100;
 * a payment extracted by a violation cannot outscore it.
 */
export function scoreSession(outcomeId: string | undefined, tasksMet: number, tasksTotal: number, severities: readonly Severity[]): Score {
  const outcome = outcomeId ? (outcomes.get(outcomeId)?.value ?? 0) : 0;
  const tasks = tasksTotal === 0 ? 0 : Math.round((TASK_POINTS * tasksMet) / tasksTotal);
  const penalties = severities.reduce((sum, severity) => sum + PENALTY_BY_SEVERITY[severity], 0);
  return { total: Math.max(0, Math.min(100, outcome + tasks - penalties)), outcome, tasks, penalties };
}

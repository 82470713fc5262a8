import { CORE_TASKS } from '../../catalog/index.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { GroupReport, Report } from '../aggregate-report.js';

/**
 * One row per learner and per dialogue (the `group` column says which), for a
 * spreadsheet. Cells that a spreadsheet would run as a formula are defused, and
 * control sequences removed: the CSV is printed to a terminal as often as it is
 * opened (`--json` keeps the raw text).
 */
export function renderReportCsv(report: Report): string {
  const taskIds = CORE_TASKS.map((t) => t.id);
  const head = [
    'group',
    'name',
    'title',
    'sessions',
    'finished',
    'quit',
    'interrupted',
    'average_score',
    'tasks_met',
    ...taskIds.map((id) => `task_${id}`),
    'outcomes',
    'top_flags',
    'distinct',
    'first_session',
    'last_session',
    'first_sessions_score',
    'last_sessions_score',
    'improvement',
  ];
  const row = (group: 'learner' | 'dialogue', g: GroupReport) => [
    group,
    g.key,
    g.title ?? '',
    g.sessions,
    g.finished,
    g.quit,
    g.interrupted,
    g.averageScore ?? '',
    g.tasksMet ?? '',
    ...taskIds.map((id) => (g.finished ? (g.tasks[id] ?? 0) : '')),
    Object.entries(g.outcomes).map(([id, n]) => `${id}:${n}`).join(';'),
    g.flags.map((f) => `${f.id}:${f.count}`).join(';'),
    g.distinct,
    g.firstSession ?? '',
    g.lastSession ?? '',
    g.improvement?.first ?? '',
    g.improvement?.last ?? '',
    g.improvement?.change ?? '',
  ];
  const lines = [head, ...report.learners.map((g) => row('learner', g)), ...report.dialogues.map((g) => row('dialogue', g))];
  return `${lines.map((cells) => cells.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell; learner names come from anyone.
  const text = sanitizeLine(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

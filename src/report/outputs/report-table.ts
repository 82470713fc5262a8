import { formatReferences } from '../../render/format-reference.js';
import type { Style } from '../../render/style.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { GroupReport, Report } from '../aggregate-report.js';

/** The terminal view: learners, dialogues, then the most frequent flags with the rules they break. */
export function renderReportTable(report: Report, style: Style): string {
  const t = report.transcripts;
  const out: string[] = [];
  const skipped = [t.skippedLines ? `${t.skippedLines} corrupt line${t.skippedLines === 1 ? '' : 's'} skipped` : '', t.skippedFiles ? `${t.skippedFiles} unreadable file${t.skippedFiles === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
  out.push(
    style.bold('Parley report') +
      style.dim(` · ${t.sessions} session${t.sessions === 1 ? '' : 's'} from ${t.files} transcript file${t.files === 1 ? '' : 's'} (${t.finished} finished, ${t.quit} quit, ${t.interrupted} interrupted)${skipped ? ` · ${skipped}` : ''}`),
  );
  if (t.sessions === 0) return out.join('\n');

  out.push('', style.bold('Learners'));
  out.push(
    ...table(
      ['learner', 'sessions', 'finished', 'avg score', 'tasks met', 'first → last', 'dialogues', 'top outcome', 'top flags'],
      report.learners.map((g) => [
        sanitizeLine(g.key),
        String(g.sessions),
        String(g.finished),
        score(g.averageScore),
        percent(g.tasksMet),
        improvement(g),
        String(g.distinct),
        topOutcome(g),
        topFlags(g),
      ]),
      [1, 2, 3, 4, 6],
    ),
  );
  out.push('', style.bold('Dialogues'));
  out.push(
    ...table(
      ['dialogue', 'sessions', 'learners', 'avg score', 'tasks met', 'outcomes', 'top flags'],
      report.dialogues.map((g) => [
        sanitizeLine(g.key),
        String(g.sessions),
        String(g.distinct),
        score(g.averageScore),
        percent(g.tasksMet),
        Object.entries(g.outcomes).map(([id, n]) => `${sanitizeLine(id)} ${n}`).join(', '),
        topFlags(g),
      ]),
      [1, 2, 3, 4],
    ),
  );
  if (report.flags.length) {
    out.push('', style.bold('Most frequent flags'));
    out.push(
      ...table(
        ['count', 'sessions', 'typed', 'flag', 'severity', 'rule'],
        report.flags.map((f) => [String(f.count), String(f.sessions), String(f.typed), sanitizeLine(f.id), f.severity, sanitizeLine(formatReferences(f.references))]),
        [0, 1, 2],
      ),
    );
  }
  return out.join('\n');
}

const score = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

function improvement(g: GroupReport): string {
  const i = g.improvement;
  if (!i) return '–';
  return `${i.first} → ${i.last} (${i.change >= 0 ? '+' : ''}${i.change})`;
}

function topOutcome(g: GroupReport): string {
  const [id, n] = Object.entries(g.outcomes)[0] ?? [];
  return id === undefined ? '–' : `${sanitizeLine(id)} (${n})`;
}

function topFlags(g: GroupReport): string {
  return g.flags.slice(0, 3).map((f) => `${sanitizeLine(f.id)} ×${f.count}`).join(', ') || 'none';
}

/** Columns padded to their widest cell; `right` lists the numeric columns. */
function table(head: string[], rows: string[][], right: number[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

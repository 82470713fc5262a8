import { formatReferences } from '../../render/format-reference.js';
import { md, mdCode, mdTable } from '../../render/markdown.js';
import type { GroupReport, Report } from '../aggregate-report.js';

/** The report for a trainer's notes or a wiki page. */
export function renderReportMarkdown(report: Report): string {
  const t = report.transcripts;
  const out: string[] = ['# Parley training report', ''];
  out.push(
    `${t.sessions} sessions from ${t.files} transcript files: ${t.finished} finished, ${t.quit} quit, ${t.interrupted} interrupted.` +
      (t.skippedLines || t.skippedFiles ? ` Skipped: ${t.skippedLines} corrupt lines, ${t.skippedFiles} unreadable files.` : ''),
    '',
  );
  const avg = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
  const flags = (g: GroupReport) => g.flags.map((f) => `${md(f.id)} ×${f.count}`).join(', ') || 'none';
  const outcomes = (g: GroupReport) => Object.entries(g.outcomes).map(([id, n]) => `${md(id)} ${n}`).join(', ');
  out.push('## Learners', '');
  out.push(
    mdTable(
      ['learner', 'sessions', 'finished', 'average score', 'core tasks met', 'first → last sessions', 'outcomes', 'most frequent flags'],
      report.learners.map((g) => [
        md(g.key),
        String(g.sessions),
        String(g.finished),
        avg(g.averageScore),
        pct(g.tasksMet),
        g.improvement ? `${g.improvement.first} → ${g.improvement.last} (${g.improvement.change >= 0 ? '+' : ''}${g.improvement.change})` : '–',
        outcomes(g),
        flags(g),
      ]),
    ),
    '',
  );
  out.push('## Dialogues', '');
  out.push(
    mdTable(
      ['dialogue', 'sessions', 'learners', 'average score', 'core tasks met', 'outcomes', 'most frequent flags'],
      report.dialogues.map((g) => [`${md(g.title ?? g.key)} (${mdCode(g.key)})`, String(g.sessions), String(g.distinct), avg(g.averageScore), pct(g.tasksMet), outcomes(g), flags(g)]),
    ),
    '',
  );
  if (report.flags.length) {
    out.push('## Most frequent flags', '');
    out.push(
      mdTable(
        ['flag', 'severity', 'times', 'in typed words', 'sessions', 'rules'],
        report.flags.map((f) => [`${md(f.name)} (${mdCode(f.id)})`, f.severity, String(f.count), String(f.typed), String(f.sessions), md(formatReferences(f.references))]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

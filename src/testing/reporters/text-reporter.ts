import type { Style } from '../../render/style.js';
import { sanitize, sanitizeLine, showPath } from '../../text/sanitize.js';
import type { TestRun } from '../test-results.js';
import { caseDetail, failureLines } from './failure-lines.js';
import { diagnosticText } from '../../diagnostics/diagnostic-text.js';

/** The terminal report: every file and case, failures with their diff, then one closing summary line. */
export function renderTestRunText(run: TestRun, style: Style, options: { update?: boolean } = {}): string {
  const out: string[] = [];
  for (const file of run.files) {
    out.push(style.bold(showPath(file.testFile)) + (file.dialogueId ? style.dim(` · ${sanitizeLine(file.dialogueId)}`) : ''));
    if (file.invalid) {
      out.push(`  ${style.red('✖')} ${file.invalid.what} invalid`);
      for (const d of file.invalid.diagnostics) out.push(`    ${style.red(diagnosticText(d))}`);
      out.push('');
      continue;
    }
    for (const result of file.cases) {
      const detail = caseDetail(result);
      const golden = result.golden && ['written', 'missing'].includes(result.golden.state) ? style.dim(` [golden ${result.golden.state}]`) : '';
      out.push(`  ${result.passed ? style.green('✔') : style.red('✖')} ${sanitizeLine(result.name)}${detail ? style.dim(` (${detail})`) : ''}${golden}`);
      for (const failure of result.failures) {
        for (const line of failureLines(failure)) out.push(`      ${colorDiff(sanitize(line), style)}`);
      }
    }
    for (const removed of file.removedGoldens) out.push(style.dim(`  removed golden transcript ${showPath(removed)} (its case is gone)`));
    out.push('');
  }
  for (const dialogue of run.untested) {
    out.push(style.yellow(`note: no test file for ${showPath(dialogue)} (write a starter: parley test --init ${showPath(dialogue)})`));
  }
  const s = run.summary;
  if (s.goldenMissing && !options.update) {
    out.push(style.yellow(`note: ${s.goldenMissing} case${s.goldenMissing === 1 ? ' has' : 's have'} no golden transcript yet (record: parley test --update)`));
  }
  if (s.workLimited) {
    out.push(style.yellow(`note: ${s.workLimited} propert${s.workLimited === 1 ? 'y' : 'ies'} stopped at this run's work limit and did not see every path (raise it with --max-steps, or run fewer files at once)`));
  }
  if (s.goldenWritten) out.push(style.dim(`${s.goldenWritten} golden transcript${s.goldenWritten === 1 ? '' : 's'} written`));
  out.push(summaryLine(run, style));
  return out.join('\n');
}

export function summaryLine(run: TestRun, style: Style): string {
  const s = run.summary;
  const files = `${s.files} test file${s.files === 1 ? '' : 's'}`;
  const limited = s.workLimited ? `, ${s.workLimited} stopped at the work limit` : '';
  const time = `${run.seconds.toFixed(2)}s${limited}`;
  if (s.files === 0) return style.yellow('no test files found');
  if (s.failed === 0 && s.invalidFiles === 0) {
    return style.green(`✔ ${s.passed} case${s.passed === 1 ? '' : 's'} passed (${files}, ${time})`);
  }
  const parts = [];
  if (s.failed) parts.push(`${s.failed} of ${s.cases} case${s.cases === 1 ? '' : 's'} failed`);
  if (s.invalidFiles) parts.push(`${s.invalidFiles} test file${s.invalidFiles === 1 ? '' : 's'} could not run (invalid)`);
  return style.red(`✖ ${parts.join(', ')} (${files}, ${s.passed} passed, ${time})`);
}

function colorDiff(line: string, style: Style): string {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('+ ')) return style.green(line);
  if (trimmed.startsWith('- ') || trimmed.startsWith('− ')) return style.red(line);
  return line;
}

import { md, mdCode, mdTable } from '../../render/markdown.js';
import { sanitize } from '../../text/sanitize.js';
import type { TestRun } from '../test-results.js';
import { caseDetail, failureLines } from './failure-lines.js';
import { diagnosticText } from '../../diagnostics/diagnostic-text.js';

/** A pull-request comment: the verdict first, a table per test file, failures with their diff. */
export function renderTestRunMarkdown(run: TestRun): string {
  const s = run.summary;
  const ok = s.failed === 0 && s.invalidFiles === 0 && s.files > 0;
  const out: string[] = [];
  out.push(`## Parley dialogue tests: ${ok ? '✅ all passed' : '❌ failures'}`, '');
  out.push(`${s.passed} of ${s.cases} cases passed in ${s.files} test file${s.files === 1 ? '' : 's'}${s.invalidFiles ? `; ${s.invalidFiles} could not run` : ''}.`, '');
  out.push(
    mdTable(
      ['test file', 'dialogue', 'passed', 'failed'],
      run.files.map((f) => [
        mdCode(f.testFile),
        f.dialogueId ? md(f.dialogueId) : '—',
        String(f.cases.filter((c) => c.passed).length),
        f.invalid ? `${f.invalid.what} invalid` : String(f.cases.filter((c) => !c.passed).length),
      ]),
    ),
    '',
  );
  for (const file of run.files) {
    if (file.invalid) {
      out.push(`### ❌ ${mdCode(file.testFile)}: ${file.invalid.what} invalid`, '');
      out.push(fence(file.invalid.diagnostics.map((d) => diagnosticText(d)).join('\n'), ''), '');
    }
    for (const result of file.cases.filter((c) => !c.passed)) {
      out.push(`### ❌ ${md(file.dialogueId ?? file.testFile)}: ${md(result.name)}`, '');
      out.push(fence(result.failures.flatMap(failureLines).map((line) => diffMarker(sanitize(line))).join('\n'), 'diff'), '');
    }
  }
  const passed = run.files.flatMap((f) => f.cases.filter((c) => c.passed).map((c) => ({ file: f, c })));
  if (passed.length) {
    out.push('<details><summary>Passed cases</summary>', '');
    for (const { file, c } of passed) {
      const detail = caseDetail(c);
      out.push(`- ${md(file.dialogueId ?? file.testFile)}: ${md(c.name)}${detail ? ` (${md(detail)})` : ''}`);
    }
    out.push('', '</details>', '');
  }
  if (run.untested.length) out.push(`Dialogues without a test file: ${run.untested.map(mdCode).join(', ')}.`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Moves a line's +/- to the first column, where diff highlighting looks for it. */
function diffMarker(line: string): string {
  return line.replace(/^(\s*)([+\-−]) /, (_, space: string, sign: string) => `${sign === '−' ? '-' : sign}${space} `);
}

/** A code block whose fence is longer than any run of backticks inside, so text cannot close it early. */
function fence(body: string, language: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  return `${bar}${language}\n${body}\n${bar}`;
}

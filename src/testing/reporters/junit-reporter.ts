import { formatDiagnostic } from '../../load/diagnostic.js';
import type { TestRun } from '../test-results.js';
import { failureLines, failureSummary } from './failure-lines.js';

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters):
 * <testsuites> with one <testsuite> per test file and one <testcase> per case;
 * a failed expectation is a <failure>, a test file that could not run an <error>.
 */
export function renderJUnit(run: TestRun, timestamp = new Date().toISOString()): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = run.summary;
  out.push(
    `<testsuites name="parley" tests="${s.cases + s.invalidFiles}" failures="${s.failed}" errors="${s.invalidFiles}" skipped="0" time="${seconds(run.seconds)}">`,
  );
  for (const file of run.files) {
    const failures = file.cases.filter((c) => !c.passed).length;
    const errors = file.invalid ? 1 : 0;
    const tests = file.cases.length + errors;
    out.push(
      `  <testsuite name="${attr(file.testFile)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(file.seconds)}" timestamp="${attr(timestamp)}" file="${attr(file.testFile)}">`,
    );
    const classname = attr(file.dialogueId ?? file.testFile);
    if (file.invalid) {
      const detail = file.invalid.diagnostics.map(formatDiagnostic).join('\n');
      const first = file.invalid.diagnostics[0];
      out.push(`    <testcase classname="${classname}" name="${attr(`${file.invalid.what} is valid`)}" file="${attr(file.testFile)}" time="0">`);
      out.push(`      <error message="${attr(first ? `${file.invalid.what} invalid: ${first.message}` : `${file.invalid.what} invalid`)}" type="invalid">${text(detail)}</error>`);
      out.push('    </testcase>');
    }
    for (const result of file.cases) {
      const open = `    <testcase classname="${classname}" name="${attr(result.name)}" file="${attr(file.testFile)}" time="${seconds(result.seconds)}"`;
      if (result.passed) {
        out.push(`${open}/>`);
        continue;
      }
      const body = result.failures.flatMap(failureLines).join('\n');
      out.push(`${open}>`);
      out.push(`      <failure message="${attr(failureSummary(result))}" type="expectation">${text(body)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

const seconds = (value: number) => value.toFixed(3);

// XML 1.0 cannot carry most control characters at all, even escaped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function text(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

import { diagnosticText } from '../../diagnostics/diagnostic-text.js';
import { escapeInertXml } from '../../text/terminal-json.js';
import type { FileResult, TestRun } from '../test-results.js';
import { failureLines, failureSummary } from './failure-lines.js';

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters):
 * <testsuites> with one <testsuite> per test file and one <testcase> per case;
 * a failed expectation is a <failure>, a case that could not run (its test file
 * or dialogue is invalid) an <error>. Only attributes Jenkins' junit-10 schema
 * accepts are written. Each language version of a dialogue is its own class
 * (`<dialogue id>.<language>`): translated files reuse case names, and CI
 * history keys cases by class and name.
 */
export function renderJUnit(run: TestRun, timestamp = new Date().toISOString()): string {
  const suites = run.files.map((file) => suiteOf(file));
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, suite) => n + suite[key], 0);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="parley" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="${seconds(run.seconds)}">`);
  for (const [i, file] of run.files.entries()) {
    const suite = suites[i]!;
    out.push(
      `  <testsuite name="${attr(file.testFile)}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}" skipped="0" time="${seconds(file.seconds)}" timestamp="${attr(timestamp)}" file="${attr(file.testFile)}">`,
    );
    out.push(...suite.lines);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function suiteOf(file: FileResult): { tests: number; failures: number; errors: number; lines: string[] } {
  const classname = attr(file.dialogueId ? `${file.dialogueId}.${file.dialogueLanguage ?? 'en'}` : file.testFile);
  const lines: string[] = [];
  if (file.invalid) {
    const { what, diagnostics, cases } = file.invalid;
    const detail = text(diagnostics.map(diagnosticText).join('\n'));
    const message = attr(diagnostics[0] ? `${what} invalid: ${diagnostics[0].message}` : `${what} invalid`);
    const names = cases?.length ? cases : [`${what} is valid`];
    for (const name of names) {
      lines.push(`    <testcase classname="${classname}" name="${attr(name)}" time="0">`);
      lines.push(`      <error message="${message}" type="invalid">${detail}</error>`);
      lines.push('    </testcase>');
    }
    return { tests: names.length, failures: 0, errors: names.length, lines };
  }
  for (const result of file.cases) {
    const open = `    <testcase classname="${classname}" name="${attr(result.name)}" time="${seconds(result.seconds)}"`;
    if (result.passed) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    lines.push(`      <failure message="${attr(failureSummary(result))}" type="expectation">${text(result.failures.flatMap(failureLines).join('\n'))}</failure>`);
    lines.push('    </testcase>');
  }
  return { tests: file.cases.length, failures: file.cases.filter((c) => !c.passed).length, errors: 0, lines };
}

const seconds = (value: number) => value.toFixed(3);

// XML 1.0 cannot carry most control characters at all, even escaped.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function text(value: string): string {
  return escapeInertXml(value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

import type { CaseFailure } from '../run-case.js';
import type { CaseResult } from '../test-results.js';

/**
 * One failed expectation as plain lines, the same in every reporter: what was
 * checked (and where), expected, actual, then the diff. Raw text: callers
 * sanitise or escape for their medium.
 */
export function failureLines(failure: CaseFailure): string[] {
  if (failure.check === 'golden') {
    return [`golden transcript differs: ${failure.expected} (accept the change with \`parley test --update\`)`, ...(failure.diff ?? []).map((l) => `  ${l}`)];
  }
  const where = [failure.path ? `path ${failure.path.join(' › ')}` : '', failure.turn !== undefined ? `turn ${failure.turn}` : ''].filter(Boolean).join(', ');
  return [
    `${failure.check}${where ? ` (${where})` : ''}`,
    `  expected: ${failure.expected}`,
    `  actual:   ${failure.actual}`,
    ...(failure.diff ?? []).map((l) => `  ${l}`),
  ];
}

/** The first line of the first failure: a title for JUnit's `message` and summaries. */
export function failureSummary(result: CaseResult): string {
  const first = result.failures[0];
  if (!first) return '';
  if (first.check === 'golden') return 'golden transcript differs';
  const turn = first.turn !== undefined ? ` at turn ${first.turn}` : '';
  const more = result.failures.length > 1 ? ` (+${result.failures.length - 1} more)` : '';
  return `${first.check}${turn}: expected ${first.expected}, got ${first.actual}${more}`;
}

/** What a passing case checked, in a few words. */
export function caseDetail(result: CaseResult): string {
  if (result.paths) {
    const p = result.paths;
    const parts = [`${p.checked} matching paths checked of ${p.explored} explored`];
    if (p.cut) parts.push(`${p.cut} cut by the depth bound`);
    if (p.limited) parts.push('stopped at max_paths');
    if (p.workLimit) parts.push(`stopped at the run's work limit of ${p.workLimit.toLocaleString('en-US')} steps`);
    return parts.join(', ');
  }
  return result.choices ? `${result.choices.length} choice${result.choices.length === 1 ? '' : 's'}` : '';
}

import type { TestRun } from '../test-results.js';
import { stringifyForTerminal } from '../../text/terminal-json.js';

export const TEST_REPORT_FORMAT = 'parley-test-report';
export const TEST_REPORT_VERSION = 1;

/** The whole run as data; text stays as it is in the files (no sanitising: JSON escapes it). */
export function renderTestRunJson(run: TestRun): string {
  return `${stringifyForTerminal({ format: TEST_REPORT_FORMAT, version: TEST_REPORT_VERSION, ...run }, 2)}\n`;
}

import type { Bounds, EndExpectation, TurnExpectation } from './test-file-schema.js';

/** What a session looked like at the point an expectation is checked. */
export interface Observed {
  state: string;
  /** Flag ids raised (over the session, or by one turn), with the turn of each. */
  flags: Array<{ id: string; turn: number }>;
  tasks: string[];
  meters: Record<string, number>;
  line?: string;
  /** Only at the end of a session. */
  outcome?: string;
  finished?: boolean;
  score?: number;
  passed?: boolean;
}

/** One expectation that did not hold, with enough to show a readable diff. */
export interface ExpectationFailure {
  /** The key in the test file: outcome, flags, meters.trust, … */
  check: string;
  /** Set when the check was at a turn (`at:`). */
  turn?: number;
  expected: string;
  actual: string;
  /** Line by line: '- ' expected but missing, '+ ' present but not expected. */
  diff?: string[];
}

export function checkEnd(expect: EndExpectation, observed: Observed): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const fail = (check: string, expected: string, actual: string, diff?: string[]) =>
    failures.push({ check, expected, actual, ...(diff?.length ? { diff } : {}) });
  if (expect.outcome !== undefined) {
    const wanted = typeof expect.outcome === 'string' ? [expect.outcome] : expect.outcome;
    const actual = observed.outcome ?? 'none';
    if (!wanted.includes(actual)) fail('outcome', wanted.length === 1 ? wanted[0]! : `one of ${wanted.join(', ')}`, actual === 'none' ? 'none (unfinished)' : actual);
  }
  if (expect.finished !== undefined && expect.finished !== observed.finished) fail('finished', String(expect.finished), String(observed.finished));
  if (expect.score !== undefined && observed.score !== undefined && !within(observed.score, expect.score)) {
    fail('score', describeBounds(expect.score), String(observed.score));
  }
  if (expect.passed !== undefined && observed.passed !== undefined && expect.passed !== observed.passed) {
    fail('passed', String(expect.passed), `${observed.passed} (score ${observed.score ?? '?'})`);
  }
  failures.push(...checkPoint(expect, observed));
  return failures;
}

export function checkTurn(expect: TurnExpectation, observed: Observed): ExpectationFailure[] {
  return checkPoint(expect, observed).map((f) => ({ ...f, turn: expect.turn }));
}

type PointExpectation = Omit<TurnExpectation, 'turn'>;

function checkPoint(expect: PointExpectation, observed: Observed): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const fail = (check: string, expected: string, actual: string, diff?: string[]) =>
    failures.push({ check, expected, actual, ...(diff?.length ? { diff } : {}) });
  const raised = observed.flags.map((f) => f.id);
  const describeRaised = () => describeFlags(observed.flags);

  if (expect.state !== undefined && expect.state !== observed.state) fail('state', expect.state, observed.state);
  if (expect.flags !== undefined) {
    const diff = multisetDiff(expect.flags, raised, (id) => observed.flags.filter((f) => f.id === id).map((f) => f.turn));
    if (diff.length) fail('flags', list(expect.flags), describeRaised(), diff);
  }
  if (expect.flags_include !== undefined) {
    const missing = expect.flags_include.filter((id) => !raised.includes(id));
    if (missing.length) fail('flags_include', `at least ${list(expect.flags_include)}`, describeRaised(), missing.map((id) => `- ${id} (not raised)`));
  }
  if (expect.flags_exclude !== undefined) {
    const present = observed.flags.filter((f) => expect.flags_exclude!.includes(f.id));
    if (present.length) fail('flags_exclude', `none of ${list(expect.flags_exclude)}`, describeRaised(), present.map((f) => `+ ${f.id} (raised at turn ${f.turn})`));
  }
  if (expect.tasks !== undefined) {
    const diff = setDiff(expect.tasks, observed.tasks);
    if (diff.length) fail('tasks', list(expect.tasks), list(observed.tasks), diff);
  }
  if (expect.tasks_include !== undefined) {
    const missing = expect.tasks_include.filter((id) => !observed.tasks.includes(id));
    if (missing.length) fail('tasks_include', `at least ${list(expect.tasks_include)}`, list(observed.tasks), missing.map((id) => `- ${id} (not met)`));
  }
  for (const [meter, bounds] of Object.entries(expect.meters ?? {})) {
    const value = observed.meters[meter];
    if (value === undefined || !within(value, bounds)) fail(`meters.${meter}`, describeBounds(bounds), value === undefined ? 'no such meter' : String(value));
  }
  if (expect.line !== undefined && expect.line !== (observed.line ?? '')) fail('line', quote(expect.line), observed.line === undefined ? '(no line)' : quote(observed.line));
  if (expect.line_contains !== undefined && !(observed.line ?? '').includes(expect.line_contains)) {
    fail('line_contains', `a line containing ${quote(expect.line_contains)}`, observed.line === undefined ? '(no line)' : quote(observed.line));
  }
  return failures;
}

export function within(value: number, bounds: Bounds): boolean {
  if (typeof bounds === 'number') return value === bounds;
  return (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
}

export function describeBounds(bounds: Bounds): string {
  if (typeof bounds === 'number') return String(bounds);
  if (bounds.min !== undefined && bounds.max !== undefined) return bounds.min === bounds.max ? String(bounds.min) : `${bounds.min} to ${bounds.max}`;
  return bounds.min !== undefined ? `at least ${bounds.min}` : `at most ${bounds.max}`;
}

const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');
const quote = (text: string) => `“${text}”`;

function describeFlags(flags: Observed['flags']): string {
  return flags.length ? flags.map((f) => `${f.id} (turn ${f.turn})`).join(', ') : 'none';
}

/** Exactly-these comparison that counts repeats: a flag raised twice is not the same as once. */
function multisetDiff(expected: readonly string[], actual: readonly string[], turnsOf: (id: string) => number[]): string[] {
  const diff: string[] = [];
  for (const id of [...new Set([...expected, ...actual])].sort()) {
    const want = expected.filter((e) => e === id).length;
    const got = actual.filter((a) => a === id).length;
    const turns = turnsOf(id);
    const at = turns.length ? ` at turn ${turns.join(', ')}` : '';
    if (got === 0) diff.push(`- ${id} (expected, not raised)`);
    else if (want === 0) diff.push(`+ ${id} (raised${at}, not expected)`);
    else if (want !== got) diff.push(`~ ${id} (raised ${got} times${at}, expected ${want})`);
  }
  return diff;
}

function setDiff(expected: readonly string[], actual: readonly string[]): string[] {
  return [
    ...expected.filter((id) => !actual.includes(id)).map((id) => `- ${id} (expected, not met)`),
    ...actual.filter((id) => !expected.includes(id)).map((id) => `+ ${id} (met, not expected)`),
  ];
}

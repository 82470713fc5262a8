import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { parley, ROOT } from './cli.js';

export interface AsyncCliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the command did not finish within the timeout (a hang) and was killed. */
  timedOut: boolean;
}

const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

/**
 * Starts the built `bin/parley` without waiting, for tests that feed it input
 * step by step or signal it. Stdin stays open until the test closes it.
 */
export function startParley(args: readonly string[], options: { cwd?: string } = {}): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parley'), ...args], { cwd: options.cwd ?? ROOT, env: ENV });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  return child;
}

/** Runs `bin/parley` to the end; a generous timeout turns a hang into a failure rather than a stuck suite. */
export function parleyAsync(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<AsyncCliResult> {
  return new Promise((resolve) => {
    const child = startParley(args, options);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/**
 * Runs a command in-process (see parley()) with the same result as parleyAsync,
 * for the many-input reliability tests, where a process per input cost most of
 * the suite's time. A run still pending after the timeout counts as a hang; a
 * hang in synchronous code would stall the worker instead, so tests of what may
 * block a process for good (signals, reading a FIFO) keep parleyAsync.
 */
export async function parleyInProcess(args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<AsyncCliResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), options.timeoutMs ?? 60_000)));
  const result = await Promise.race([parley(args, options.cwd ? { cwd: options.cwd } : {}), hang]);
  clearTimeout(timer);
  if (result === 'hang') return { status: null, signal: null, stdout: '', stderr: '', timedOut: true };
  return { ...result, signal: null, timedOut: false };
}

/** Runs jobs with at most `limit` at once (the suite shares a few cores). */
export async function inPool<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface RunningParley {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout or stderr matches; rejects if the process ends first or the wait times out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** A running `bin/parley` whose output is collected as it comes, for step-by-step tests. */
export function interactiveParley(args: readonly string[], options: { cwd?: string } = {}): RunningParley {
  const child = startParley(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal })),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        if (pattern.test(stdout) || pattern.test(stderr)) return resolve();
        if (ended) return reject(new Error(`parley ended before its output matched ${pattern}:\n${stdout}\n${stderr}`));
        if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${pattern}:\n${stdout}\n${stderr}`));
        setTimeout(poll, 20);
      };
      poll();
    });
  return { child, stdout: () => stdout, stderr: () => stderr, waitFor, exited };
}

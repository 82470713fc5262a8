import { spawnSync } from 'node:child_process';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median wall time of a function over `runs`, after `warmup` unmeasured runs (JIT settles first). */
export function timeIt(fn: () => void, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median wall time (ms) of a whole process, spawn included: what a user waits for. */
export function timeProcess(command: string, args: readonly string[], runs = 11, options: { cwd?: string } = {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd, stdio: 'ignore' });
    const elapsed = performance.now() - start;
    if (result.error) throw result.error;
    if (i > 0) times.push(elapsed); // the first run warms the disk cache
  }
  return median(times);
}

/**
 * Runs the bundled CLI in a child Node process and reports wall time and peak
 * RSS (the child prints its own maxRSS on exit, so no external `time` is needed).
 */
export function measureCli(cli: string, args: readonly string[], cwd: string): { ms: number; peakMb: number; status: number | null } {
  const wrapper = [
    `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}];`,
    "process.on('exit', () => process.stderr.write('\\nPARLEY_BENCH_MAXRSS=' + process.resourceUsage().maxRSS + '\\n'));",
    `await import(${JSON.stringify(cli)});`,
  ].join('\n');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const match = /PARLEY_BENCH_MAXRSS=(\d+)/.exec(result.stderr ?? '');
  return { ms, peakMb: match ? Number(match[1]) / 1024 : NaN, status: result.status };
}

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as if stdout were a terminal this many columns wide (in-process only). */
  terminal?: { columns: number };
}

const environment = (env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env });

/** A stream that keeps what is written to it, as a pipe (not a terminal) would pass it on. */
function textSink() {
  let text = '';
  return {
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    isTTY: false,
    text: () => text,
  };
}

/**
 * Runs a `parley` command line in this process, on the TypeScript sources (so
 * what a test checks is what src/ says now, never a stale build), with stdin,
 * environment and folder as a user's shell would give them.
 */
export async function parley(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout = { ...textSink(), ...(options.terminal ? { isTTY: true, columns: options.terminal.columns } : {}) };
  const stderr = textSink();
  const status = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from([options.input ?? ''], { objectMode: false }),
    env: environment(options.env),
    cwd: options.cwd ?? ROOT,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Runs the built `bin/parley` as its own process, for what only a real process
 * shows: signals, a closed pipe, exit codes of a crash, the code cache, the
 * launcher. The suite's global setup builds it once.
 */
export function parleyProcess(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'parley'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: environment(options.env),
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

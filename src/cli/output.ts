import { styleFor, type Style } from '../render/style.js';
import { terminalSafe } from '../text/sanitize.js';
import type { CliIo } from './cli-io.js';

/** A run's stdout and stderr writes, which hold nothing a terminal acts on but Parley's colours, and the run's io. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  style: Style;
  errStyle: Style;
  io: CliIo;
  /** What the command's action returned (commander drops it): the run's exit code. */
  exitCode?: number;
}

export function createOutput(io: CliIo): Output {
  const line = (text: string) => terminalSafe(text.endsWith('\n') ? text : `${text}\n`);
  return {
    out: (text) => void io.stdout.write(line(text)),
    err: (text) => void io.stderr.write(line(text)),
    style: styleFor(io.stdout, io.env),
    errStyle: styleFor(io.stderr, io.env),
    io,
  };
}

/**
 * Wraps a command's action so the exit code it returns becomes the run's:
 * commands return codes, and only bin/parley's entry ends the process.
 */
export function exitWith<A extends unknown[]>(output: Output, action: (...args: A) => number | void | Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args) => {
    const code = await action(...args);
    if (code !== undefined) output.exitCode = code;
  };
}

import type { Readable } from 'node:stream';

/** Where a stream of text goes: a terminal, a pipe, or a test's buffer. */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

/**
 * Everything a CLI run reads from its process, passed in so a run can happen
 * inside another program (the tests) as well as in its own (bin/parley).
 */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The folder relative paths on the command line are read against. */
  cwd: string;
}

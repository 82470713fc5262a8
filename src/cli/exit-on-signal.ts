import type { Output } from './output.js';

/** The signals that end a session early: Ctrl-C, `kill`, and the terminal closing. */
export const TERMINATING_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
export type TerminatingSignal = keyof typeof TERMINATING_SIGNALS;

/**
 * On SIGINT, SIGTERM or SIGHUP, runs `cleanup` once (write the transcript's end
 * line, say what happened) and exits with 128 + the signal's number, as shells
 * expect. Returns a function that removes the handlers again.
 */
export function onTerminatingSignal(cleanup: (signal: TerminatingSignal) => void, output: Output): () => void {
  let handled = false;
  const handlers = Object.keys(TERMINATING_SIGNALS).map((name) => {
    const signal = name as TerminatingSignal;
    const handler = () => {
      if (handled) return;
      handled = true;
      try {
        cleanup(signal);
      } catch (error) {
        output.err(`parley: could not finish cleanly after ${signal}: ${error instanceof Error ? error.message : String(error)}`);
      }
      process.exit(128 + TERMINATING_SIGNALS[signal]);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** Exit codes, documented in docs/commands.md so CI can tell failures apart. */
export const EXIT = {
  ok: 0,
  /** A check failed: an invalid dialogue, an unavailable choice, a failed expectation. */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The dialogue a test or run needs is invalid (kept apart from expectation failures). */
  invalid: 3,
  /** Statements could not all be sent to the learning record store; they wait in the outbox. */
  notSent: 4,
  /** A file could not be read or written: a full disk, a missing or read-only folder, a folder where a file should be. */
  io: 74,
  /** Something Parley did not expect; a bug to report. */
  internal: 70,
} as const;

import type { SessionOptions } from '../engine/session.js';
import type { TranscriptHeader } from './transcript-format.js';

/** The options that start a session the way the recorded one started, so replaying and resuming play the same debtor under the same rules. */
export function sessionOptionsOf(header: TranscriptHeader): SessionOptions {
  return {
    seed: header.seed,
    mode: header.mode,
    language: header.language,
    ...(header.jurisdiction ? { jurisdiction: header.jurisdiction } : {}),
    ...(header.persona ? { persona: header.persona } : {}),
    ...(header.contact ? { contact: header.contact } : {}),
  };
}

import type { Command } from 'commander';
import { checkLearner } from '../report/learner-identity.js';

export interface LearnerOptions {
  learner?: string;
  learnerHome?: string;
}

/** `--learner` and `--learner-home`, for the commands that record a session (run, play). */
export const addLearnerOptions = (command: Command): Command =>
  command
    .option('--learner <name>', 'who plays, recorded in the transcript: an email address as mailto:name@example.com, or an account name at your LMS (with --learner-home)')
    .option('--learner-home <iri>', "with --learner: your LMS's home page, the account name's namespace (https://lms.example.com)");

/** The learner to record, normalised, or the one problem with what was given. */
export function learnerFrom(options: LearnerOptions): { ok: true; learner?: string; learnerHome?: string } | { ok: false; problem: string } {
  if (options.learner === undefined) return options.learnerHome === undefined ? { ok: true } : { ok: false, problem: '--learner-home needs --learner' };
  return checkLearner(options.learner, options.learnerHome);
}

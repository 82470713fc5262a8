import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type LoadLimits } from '../io/load-dialogue-file.js';

/**
 * A whole number written in decimal digits only: `Number()` alone would take
 * '' and ' 5' (as 0 and 5), '0x10' (16) and '1e9', none of which a user means
 * as a count. Arguments are quoted back by commander with controls written out.
 */
export function wholeNumber(value: string, min: number, max: number, what = 'a whole number'): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InvalidArgumentError(`expected ${what} from ${min} to ${max}, written in digits, got '${value}'`);
  }
  return n;
}

export const positiveInt = (value: string) => {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) <= 0) {
    throw new InvalidArgumentError(`expected a positive whole number, got '${value}'`);
  }
  return Number(value);
};

/** A positive whole number up to `max`: bounds an option that sets how much work a command does. */
export const boundedInt = (max: number) => (value: string) => wholeNumber(value, 1, max, 'a whole number');

/** The resource limits for untrusted files, raisable per command (docs/authoring.md, "Limits for untrusted files"). */
export function addLimitOptions(command: Command): Command {
  const limit = (flags: string, description: string, value: number) =>
    command.addOption(new Option(flags, description).argParser(positiveInt).default(value));
  limit('--max-bytes <n>', 'largest dialogue file accepted, in bytes', DEFAULT_LIMITS.maxBytes);
  limit('--max-line <n>', 'longest line accepted, in characters', DEFAULT_LIMITS.maxLineLength);
  limit('--max-nodes <n>', 'most YAML nodes, aliases expanded', DEFAULT_LIMITS.maxNodes);
  limit('--max-depth <n>', 'deepest YAML nesting', DEFAULT_LIMITS.maxDepth);
  limit('--max-states <n>', 'most states in a dialogue', DEFAULT_LIMITS.maxStates);
  limit('--max-choices <n>', 'most choices in a dialogue', DEFAULT_LIMITS.maxChoices);
  return command;
}

export interface LimitOptions {
  maxBytes: number;
  maxNodes: number;
  maxDepth: number;
  maxLine?: number;
  maxStates?: number;
  maxChoices?: number;
}

export function limitsFrom(options: LimitOptions): LoadLimits {
  return {
    maxBytes: options.maxBytes,
    maxNodes: options.maxNodes,
    maxDepth: options.maxDepth,
    maxLineLength: options.maxLine ?? DEFAULT_LIMITS.maxLineLength,
    maxStates: options.maxStates ?? DEFAULT_LIMITS.maxStates,
    maxChoices: options.maxChoices ?? DEFAULT_LIMITS.maxChoices,
  };
}

import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type LoadLimits } from '../io/load-dialogue-file.js';

export const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got '${value}'`);
  return n;
};

/** The resource limits for untrusted files, raisable per command (README: "Limits for untrusted files"). */
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

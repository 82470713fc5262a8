import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type LoadLimits } from '../io/load-dialogue-file.js';

export const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive whole number, got '${value}'`);
  return n;
};

/** The resource limits for untrusted files, raisable per command. */
export function addLimitOptions(command: Command): Command {
  return command
    .addOption(new Option('--max-bytes <n>', 'largest dialogue file accepted').argParser(positiveInt).default(DEFAULT_LIMITS.maxBytes))
    .addOption(new Option('--max-nodes <n>', 'most YAML nodes, aliases expanded').argParser(positiveInt).default(DEFAULT_LIMITS.maxNodes))
    .addOption(new Option('--max-depth <n>', 'deepest YAML nesting').argParser(positiveInt).default(DEFAULT_LIMITS.maxDepth));
}

export function limitsFrom(options: { maxBytes: number; maxNodes: number; maxDepth: number }): LoadLimits {
  return { maxBytes: options.maxBytes, maxNodes: options.maxNodes, maxDepth: options.maxDepth };
}

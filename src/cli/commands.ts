import type { Command } from 'commander';
import type { Output } from './output.js';

/** A command, built afresh for each run: commander keeps parsed option values on the Command object. */
export type CommandFactory = (output: Output) => Command;

/**
 * Every command, in the order `parley --help` lists them, each loaded only
 * when needed: running one command should not pay for evaluating the others
 * (the bundler turns each import into its own chunk).
 */
export const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<CommandFactory>]> = [
  ['validate', async () => (await import('./validate.js')).validateCommand],
  ['run', async () => (await import('./run.js')).runCommand],
  ['play', async () => (await import('./play.js')).playCommand],
  ['test', async () => (await import('./test.js')).testCommand],
  ['replay', async () => (await import('./replay.js')).replayCommand],
  ['report', async () => (await import('./report.js')).reportCommand],
  ['list', async () => (await import('./list.js')).listCommand],
  ['analyze', async () => (await import('./analyze.js')).analyzeCommand],
  ['coverage', async () => (await import('./coverage.js')).coverageCommand],
  ['graph', async () => (await import('./graph.js')).graphCommand],
  ['schema', async () => (await import('./schema.js')).schemaCommand],
  ['new', async () => (await import('./new.js')).newCommand],
  ['lint', async () => (await import('./lint.js')).lintCommand],
  ['diff', async () => (await import('./diff.js')).diffCommand],
  ['matrix', async () => (await import('./matrix.js')).matrixCommand],
];

/** The commands an invocation needs: the one named, or all of them for help and anything unknown. */
export async function commandsFor(argv: readonly string[], output: Output): Promise<Command[]> {
  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) return [];
  const named = COMMANDS.find(([name]) => name === argv[0]);
  const wanted = named ? [named] : COMMANDS;
  return Promise.all(wanted.map(async ([, load]) => (await load())(output)));
}

import { Command, CommanderError } from 'commander';
import { FileError } from '../io/file-error.js';
import { colorEnabled } from '../render/style.js';
import { sanitizeLine, showPath, terminalSafe } from '../text/sanitize.js';
import { showControls } from '../text/show-controls.js';
import type { CliIo } from './cli-io.js';
import { commandsFor } from './commands.js';
import { EXIT } from './exit-codes.js';
import { createOutput } from './output.js';

declare const PARLEY_VERSION: string;

const program = () =>
  new Command('parley')
    .description('Roleplay training for debt collectors: collect effectively, and lawfully.')
    .version(typeof PARLEY_VERSION === 'string' ? PARLEY_VERSION : '0.0.0-dev', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ parley validate dialogues/
  $ parley run dialogues/away-on-business.yaml --choices identify,disclose_and_ask,ask_why
  $ parley play dialogues/away-on-business.yaml
  $ parley test dialogues/
  $ parley report sessions/ --markdown
  $ parley analyze dialogues/ && parley lint dialogues/
  $ parley new my-dialogue --excuse pay_tomorrow

Run 'parley <command> --help' for a command's options and examples.`,
    );

/**
 * Runs one `parley` command line (`argv` without node and the script) against
 * the given streams, environment and folder, and resolves to its exit code.
 * It never ends the process: bin/parley's entry (main.ts) does that.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const output = createOutput(io);
  // Paths on the command line are the user's, relative to their folder, and are
  // shown as typed; the file system reads them against the process's folder.
  const previousCwd = process.cwd();
  try {
    if (io.cwd !== previousCwd) process.chdir(io.cwd);
  } catch (error) {
    output.err(`parley: cannot work in the folder ${showPath(io.cwd)}: ${sanitizeLine((error as Error).message)}`);
    return EXIT.io;
  }
  try {
    const parley = program();
    for (const command of await commandsFor(argv, output)) parley.addCommand(command);

    // Commander's own errors quote the argument that was wrong; write its control characters out.
    const commanderOutput = {
      writeOut: (text: string) => void io.stdout.write(terminalSafe(text)),
      writeErr: (text: string) => void io.stderr.write(terminalSafe(text)),
      outputError: (text: string, write: (text: string) => void) => write(`${text.split('\n').map(showControls).join('\n')}`),
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 80,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) ?? 80,
      getOutHasColors: () => colorEnabled(io.stdout, io.env),
      getErrHasColors: () => colorEnabled(io.stderr, io.env),
    };
    parley.exitOverride().configureOutput(commanderOutput);
    for (const command of parley.commands) command.exitOverride().configureOutput(commanderOutput);

    await parley.parseAsync([...argv], { from: 'user' });
    return output.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return benign ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof FileError) {
      output.err(`parley: ${sanitizeLine(error.message)}`);
      return EXIT.io;
    }
    output.err(`parley: internal error: ${showControls(error instanceof Error ? error.message : String(error))}`);
    output.err('This is a bug in Parley; please report it with the command you ran.');
    if (io.env.PARLEY_DEBUG) output.err(String((error as Error)?.stack));
    return EXIT.internal;
  } finally {
    if (process.cwd() !== previousCwd) process.chdir(previousCwd);
  }
}

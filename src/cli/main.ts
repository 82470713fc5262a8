import './zod-setup.js';
import { Command, CommanderError } from 'commander';
import { FileError } from '../io/file-error.js';
import { sanitizeLine, terminalSafe } from '../text/sanitize.js';
import { showControls } from '../text/show-controls.js';
import { EXIT } from './exit-codes.js';
import { output } from './output.js';
import { commandsFor } from './commands.js';

declare const PARLEY_VERSION: string;

const program = new Command('parley')
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

// No top-level await: the built CLI runs as a script (scripts/build.mjs), which cannot hold one.
async function main(): Promise<void> {
  for (const command of await commandsFor(process.argv.slice(2))) program.addCommand(command);

  // Commander's own errors quote the argument that was wrong; write its control characters out.
  const commanderOutput = {
    writeOut: (text: string) => process.stdout.write(terminalSafe(text)),
    writeErr: (text: string) => process.stderr.write(terminalSafe(text)),
    outputError: (text: string, write: (text: string) => void) => write(`${text.split('\n').map(showControls).join('\n')}`),
  };
  program.exitOverride().configureOutput(commanderOutput);
  for (const command of program.commands) command.exitOverride().configureOutput(commanderOutput);

  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = benign ? EXIT.ok : EXIT.usage;
    } else if (error instanceof FileError) {
      output.err(`parley: ${sanitizeLine(error.message)}`);
      process.exitCode = EXIT.io;
    } else {
      output.err(`parley: internal error: ${showControls(error instanceof Error ? error.message : String(error))}`);
      output.err('This is a bug in Parley; please report it with the command you ran.');
      if (process.env.PARLEY_DEBUG) output.err(String((error as Error)?.stack));
      process.exitCode = EXIT.internal;
    }
  }
}

void main();

import { dirname } from 'node:path';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { Command } from 'commander';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadLibrary } from '../io/dialogue-library.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import { libraryRows, renderLibraryMarkdown, renderLibraryTable } from '../render/library-list.js';
import { PLAIN } from '../render/style.js';
import { sanitizeLine, showPath } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';

interface ListOptions extends LimitOptions {
  json?: boolean;
  markdown?: boolean;
  out?: string;
}

/** The command that regenerates dialogues/README.md; the page names it, and a test tells you to run it. */
export const README_COMMAND = 'parley list dialogues --markdown --out dialogues/README.md';

export const listCommand = (output: Output): Command => addLimitOptions(
  new Command('list')
    .description('list the dialogues in a library: title, id, languages, excuse types, setting, outcomes')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .option('--json', 'print the list as JSON')
    .option('--markdown', 'print a Markdown page (what dialogues/README.md holds)')
    .option('--out <file>', 'write the output to this file instead of printing it'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley list
  $ parley list dialogues/ --json
  $ ${README_COMMAND}

In a terminal too narrow for the table, each dialogue is shown as a block of
labelled lines instead; through a pipe the table is printed whole.
Files that do not validate are left out and reported; the exit code is then 1.`,
  )
  .action(exitWith(output, (paths: string[], options: ListOptions) => {
    if (options.json && options.markdown) {
      output.err('parley list: choose one of --json and --markdown');
      return EXIT.usage;
    }
    const library = loadLibrary(paths, limitsFrom(options));
    const rows = libraryRows(library);
    const style = options.out ? PLAIN : output.style;
    const text = options.json
      ? `${stringifyForTerminal({ dialogues: rows }, 2)}\n`
      : options.markdown
        ? renderLibraryMarkdown(rows, options.out ? dirname(options.out) : '.', README_COMMAND)
        : `${renderLibraryTable(rows, style, options.out || !output.io.stdout.isTTY ? undefined : output.io.stdout.columns)}\n`;
    if (options.out) {
      writeFileAtomic(options.out, text);
      output.err(`Wrote ${showPath(options.out)} (${rows.length} dialogue${rows.length === 1 ? '' : 's'})`);
    } else output.out(text.replace(/\n$/, ''));
    for (const problem of library.problems) output.err(`skipped: ${diagnosticText(problem)}`);
    if (library.problems.length) return EXIT.failed;
  }));

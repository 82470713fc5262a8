import { Command } from 'commander';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../load/diagnostic.js';
import { findDialogueFiles } from '../io/find-dialogues.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { sanitizeLine } from '../text/sanitize.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { output } from './output.js';

export const validateCommand = addLimitOptions(
  new Command('validate')
    .description('check dialogue files: schema, graph, and every catalog name they use')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .option('--json', 'print the diagnostics as JSON')
    .option('-q, --quiet', 'print errors only, no warnings or summary'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley validate                      # every dialogue under ./dialogues
  $ parley validate dialogues/away-on-business.yaml
  $ parley validate my-dialogues/ --json

Exit codes: 0 all valid (warnings allowed), 1 at least one error, 2 usage error.`,
  )
  .action((paths: string[], options: LimitOptions & { json?: boolean; quiet?: boolean }) => {
    const files = findDialogueFiles(paths);
    const limits = limitsFrom(options);
    const results = files.map((file) => loadDialogueFile(file, limits));
    const diagnostics: Diagnostic[] = results.flatMap((r) => r.diagnostics);
    const invalid = results.filter((r) => !r.ok).length;

    if (options.json) {
      output.out(stringifyForTerminal({ files: files.length, invalid, diagnostics }, 2));
    } else {
      const { style } = output;
      for (const d of diagnostics) {
        if (options.quiet && d.severity !== 'error') continue;
        const text = sanitizeLine(formatDiagnostic(d));
        output.out(d.severity === 'error' ? style.red(text) : style.yellow(text));
      }
      if (!options.quiet) {
        if (files.length === 0) output.out(`no dialogue files found in ${paths.join(', ')}`);
        else {
          const errors = diagnostics.filter((d) => d.severity === 'error').length;
          const warnings = diagnostics.length - errors;
          const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
          output.out(
            invalid === 0
              ? style.green(`✔ ${files.length} dialogue${files.length === 1 ? '' : 's'} valid (${counts})`)
              : style.red(`✖ ${invalid} of ${files.length} dialogue${files.length === 1 ? '' : 's'} invalid (${counts})`),
          );
        }
      }
    }
    process.exitCode = hasErrors(diagnostics) || files.length === 0 ? EXIT.failed : EXIT.ok;
  });

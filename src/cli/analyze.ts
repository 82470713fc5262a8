import { Command } from 'commander';
import { showPath } from '../text/sanitize.js';
import type { ProfileId } from '../schema/catalog.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { checkDialogueFiles } from './check-dialogue-files.js';
import { maxSituationsOption } from './max-situations-option.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { jurisdictionOption } from './session-options.js';
import { diagnosticLines } from '../render/diagnostic-lines.js';

interface AnalyzeOptions extends LimitOptions {
  json?: boolean;
  quiet?: boolean;
  jurisdiction?: ProfileId;
  maxSituations: number;
}

export const analyzeCommand = (output: Output): Command => addLimitOptions(
  new Command('analyze')
    .description('explore dialogues with their guards and meters: unreachable states and outcomes, loops with no way out, choices that never show')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .addOption(jurisdictionOption())
    .option('--json', 'print the diagnostics as JSON')
    .option('-q, --quiet', 'print errors only, no warnings or summary')
    .addOption(maxSituationsOption()),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley analyze                       # every dialogue under ./dialogues
  $ parley analyze tests/fixtures/analyze/loop-without-exit.yaml
  $ parley analyze my-dialogues/ --json

Runs every check of 'parley validate', then the deep ones (PAR501-PAR507; 'parley validate --deep' is the same).
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.`,
  )
  .action(exitWith(output, async (paths: string[], options: AnalyzeOptions) => {
    const { files, invalid, diagnostics, situations } = await checkDialogueFiles(paths, {
      limits: limitsFrom(options),
      jurisdiction: options.jurisdiction,
      deep: { maxSituations: options.maxSituations },
    });

    if (options.json) {
      output.out(stringifyForTerminal({ files: files.length, invalid, situations, diagnostics }, 2));
    } else {
      const { style } = output;
      for (const line of diagnosticLines(diagnostics, style, options)) output.out(line);
      if (!options.quiet) {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = diagnostics.length - errors;
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        const explored = style.dim(` · ${plural(situations, 'situation')} explored`);
        if (files.length === 0) output.out(`no dialogue files found in ${paths.map(showPath).join(', ')}`);
        else if (invalid === 0) output.out(style.green(`✔ ${plural(files.length, 'dialogue')} analysed (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`) + explored);
        else output.out(style.red(`✖ ${invalid} of ${plural(files.length, 'dialogue')} with errors (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`) + explored);
      }
    }
    return invalid > 0 || files.length === 0 ? EXIT.failed : EXIT.ok;
  }));

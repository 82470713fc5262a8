import { Command } from 'commander';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { coverageAcrossPersonas } from '../analyze/coverage.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { renderCoverage } from '../render/coverage-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { maxSituationsOption } from './deep-check.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface CoverageOptions extends LimitOptions {
  json?: boolean;
  maxSituations: number;
}

export const coverageCommand = (output: Output): Command => addLimitOptions(
  new Command('coverage')
    .description('the shortest sequence of choices to every outcome and every flag, and how much of the dialogue they cover')
    .argument('<file>', 'dialogue file')
    .option('--json', 'print the paths and shares as JSON')
    .addOption(maxSituationsOption()),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley coverage dialogues/away-on-business.yaml
  $ parley coverage dialogues/away-on-business.yaml --json | jq -r '.targets[] | .choices | join(",")'
  $ parley run dialogues/away-on-business.yaml --choices identify,disclose_and_ask,tell_family   # a line pasted from it

An outcome or flag only a debtor with other traits reaches is shown with the
--persona to play it with.

Exit codes: 0 every outcome and flag is reachable, 1 one is not (or the file is invalid), 2 usage error.`,
  )
  .action(exitWith(output, (file: string, options: CoverageOptions) => {
    const loaded = loadDialogueFile(file, limitsFrom(options));
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) output.err(diagnosticText(d));
      return EXIT.failed;
    }
    const { coverage: result, complete } = coverageAcrossPersonas(loaded.compiled, { maxSituations: options.maxSituations });
    if (options.json) output.out(stringifyForTerminal({ file, complete, ...result }, 2));
    else {
      output.out(renderCoverage(sanitizeLine(file), result, output.style, complete));
      if (!complete) output.out(output.style.yellow(`(search stopped at ${options.maxSituations} situations: raise --max-situations for the rest)`));
    }
    return result.targets.some((t) => t.choices === null) ? EXIT.failed : EXIT.ok;
  }));

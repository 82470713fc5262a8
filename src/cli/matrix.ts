import { Command, Option } from 'commander';
import { showPath } from '../text/sanitize.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { COUNT_LIMIT, countPaths, excuseMatrix } from '../analyze/excuse-matrix.js';
import { buildSituationGraph } from '../analyze/situation-graph.js';
import { loadLibrary } from '../io/dialogue-library.js';
import { renderMatrix } from '../render/matrix-text.js';
import { maxSituationsOption } from './deep-check.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, boundedInt, limitsFrom, type LimitOptions } from './limits-options.js';

/** Each turn is one pass over the situations; a thousand turns is far past any conversation and still quick. */
export const MAX_TURNS = 1000;
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface MatrixOptions extends LimitOptions {
  strict?: boolean;
  json?: boolean;
  allExcuses?: boolean;
  maxTurns: number;
  maxSituations: number;
}

export const matrixCommand = (output: Output): Command => addLimitOptions(
  new Command('matrix')
    .description('excuse type × outcome over a dialogue library: how many compliant and flagged paths reach each cell, and the gaps')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .option('--strict', 'exit 1 when there are gaps')
    .option('--all-excuses', 'a row for every excuse type in the catalog, not only those the library uses')
    .addOption(new Option('--max-turns <n>', 'longest path counted, in choices').argParser(boundedInt(MAX_TURNS)).default(40))
    .addOption(maxSituationsOption())
    .option('--json', 'print the table and gaps as JSON'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley matrix                        # the library under ./dialogues
  $ parley matrix dialogues/ --strict    # for CI: fail when an excuse type has a gap
  $ parley matrix --all-excuses --json

A path is attributed to every excuse type voiced on it. Gaps: an excuse type with no compliant
path to a payment arrangement (paid today, promise to pay, payment plan), or with no flagged path
(no coercive counterexample to learn from). Exit codes: 0, or 1 with --strict and gaps (or invalid files).`,
  )
  .action(exitWith(output, (paths: string[], options: MatrixOptions) => {
    const library = loadLibrary(paths, limitsFrom(options));
    for (const d of library.problems) output.err(diagnosticText(d));
    const dialogues = library.entries.map((entry) => ({
      id: entry.language === 'en' ? entry.id : `${entry.id} (${entry.language})`,
      counts: countPaths(buildSituationGraph(entry.loaded.compiled, { maxSituations: options.maxSituations }), options.maxTurns),
    }));
    const matrix = excuseMatrix(dialogues, { allExcuses: options.allExcuses ?? false });
    if (options.json) output.out(stringifyForTerminal({ dialogues: dialogues.length, maxTurns: options.maxTurns, countLimit: COUNT_LIMIT, ...matrix }, 2));
    else if (!dialogues.length) output.out(`no valid dialogues found in ${paths.map(showPath).join(', ')}`);
    else output.out(renderMatrix(matrix, dialogues.length, options.maxTurns, output.style));
    const failed = library.problems.length > 0 || dialogues.length === 0 || (options.strict && matrix.gaps.length > 0);
    return failed ? EXIT.failed : EXIT.ok;
  }));

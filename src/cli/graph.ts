import { Command, Option } from 'commander';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { machineConfig } from '../compile/compile-machine.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { renderDot } from '../render/graph-dot.js';
import { diagramOf } from '../render/graph-model.js';
import { renderMermaid } from '../render/graph-mermaid.js';
import { sanitizeLine, terminalSafe } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

type Format = 'mermaid' | 'dot' | 'json';

interface GraphOptions extends LimitOptions {
  format: Format;
  json?: boolean;
  out?: string;
}

export const graphCommand = (output: Output): Command => addLimitOptions(
  new Command('graph')
    .description('draw a dialogue: Mermaid (renders on GitHub), Graphviz dot, or the JSON machine config XState tools read')
    .argument('<file>', 'dialogue file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['mermaid', 'dot', 'json']).default('mermaid'))
    .option('--json', 'same as --format json')
    .option('-o, --out <file>', 'write to this file instead of printing'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley graph dialogues/away-on-business.yaml > away.mmd
  $ parley graph dialogues/away-on-business.yaml --format dot | dot -Tsvg > away.svg
  $ parley graph dialogues/away-on-business.yaml --format json --out away.machine.json

States are labelled with the debtor's line (shortened), edges with the choice id (and its guard
when a choice has several branches); flagged edges are red; endings show their outcome.
In a Markdown file, put the Mermaid output in a \`\`\`mermaid block and GitHub draws it.`,
  )
  .action(exitWith(output, (file: string, options: GraphOptions) => {
    const loaded = loadDialogueFile(file, limitsFrom(options));
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) output.err(diagnosticText(d));
      return EXIT.failed;
    }
    const { dialogue } = loaded.compiled;
    const format: Format = options.json ? 'json' : options.format;
    const text =
      format === 'json'
        ? `${stringifyForTerminal(machineConfig(dialogue), 2)}\n`
        : format === 'dot'
          ? renderDot(diagramOf(dialogue))
          : renderMermaid(diagramOf(dialogue));
    if (options.out) {
      writeFileAtomic(options.out, text);
      output.err(`wrote ${sanitizeLine(options.out)}`);
    } else output.io.stdout.write(terminalSafe(text));
  }));

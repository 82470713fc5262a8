import { Command } from 'commander';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { semanticDiff, type DiffSide } from '../analyze/semantic-diff.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { renderDiff } from '../render/diff-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { maxSituationsOption } from './deep-check.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface DiffOptions extends LimitOptions {
  json?: boolean;
  exitCode?: boolean;
  maxSituations: number;
}

const NO_FILE = '/dev/null';

export const diffCommand = (output: Output): Command => addLimitOptions(
  new Command('diff')
    .description('what changed in meaning between two versions of a dialogue: states, choices, targets, flags, reachable outcomes')
    .argument('<files...>', 'old.yaml new.yaml — or the 7 arguments git passes to an external diff')
    .option('--json', 'print the changes as JSON')
    .option('--exit-code', 'exit 1 when there are changes in meaning (like git diff --exit-code)')
    .addOption(maxSituationsOption()),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley diff dialogues/away-on-business.yaml my-copy.yaml
  $ parley diff old.yaml new.yaml --json

With git (reviewing a pull request to a dialogue library):
  $ git config diff.parley.command 'npx parley diff'
  $ echo 'dialogues/**/*.yaml diff=parley' >> .gitattributes
  $ git diff --ext-diff main -- dialogues/
  or, for one command:  GIT_EXTERNAL_DIFF='npx parley diff' git diff --ext-diff
Git then calls 'parley diff <path> <old-file> <old-hex> <old-mode> <new-file> <new-hex> <new-mode>';
an added or deleted file arrives as /dev/null. In that form Parley always exits 0 so git carries on.`,
  )
  .action(exitWith(output, (files: string[], options: DiffOptions) => {
    const git = files.length === 7;
    if (!git && files.length !== 2) {
      output.err(`parley diff: expected 2 files (old new) or git's 7 arguments, got ${files.length}`);
      return EXIT.usage;
    }
    const [oldFile, newFile] = git ? [files[1]!, files[4]!] : [files[0]!, files[1]!];
    const [oldLabel, newLabel] = git ? [`a/${files[0]}`, `b/${files[0]}`] : [oldFile, newFile];
    const sides: DiffSide[] = [];
    let broken = false;
    for (const file of [oldFile, newFile]) {
      if (git && file === NO_FILE) {
        sides.push(undefined);
        continue;
      }
      const loaded = loadDialogueFile(file, limitsFrom(options));
      if (!loaded.ok) {
        broken = true;
        const label = git ? (file === oldFile ? oldLabel : newLabel) : file;
        for (const d of loaded.diagnostics) output.err(diagnosticText({ ...d, file: label }));
        sides.push(undefined);
      } else sides.push(loaded.compiled);
    }
    if (broken) {
      if (git) output.out(`parley diff ${sanitizeLine(oldLabel)} → ${sanitizeLine(newLabel)}: cannot compare, a version is not a valid dialogue (see above)`);
      return git ? EXIT.ok : EXIT.failed;
    }
    const changes = semanticDiff(sides[0], sides[1], { maxSituations: options.maxSituations });
    if (options.json) output.out(stringifyForTerminal({ old: oldLabel, new: newLabel, changes }, 2));
    else output.out(renderDiff(sanitizeLine(oldLabel), sanitizeLine(newLabel), changes, output.style));
    return !git && options.exitCode && changes.length ? EXIT.failed : EXIT.ok;
  }));

import { Command, Option } from 'commander';
import { showPath } from '../text/sanitize.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { findDialogueFiles } from '../io/find-dialogues.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { lintDialogue } from '../lint/lint-dialogue.js';
import { matchCoercion } from '../lint/match-coercion.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { explainMatches, renderLintFinding, type PositionedLintFinding } from '../render/lint-text.js';
import { LANGUAGES, type Language } from '../schema/language.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface LintOptions extends LimitOptions {
  text?: string;
  lang?: Language;
  json?: boolean;
  hints: boolean;
}

export const lintCommand = (output: Output): Command => addLimitOptions(
  new Command('lint')
    .description('find replies that read as coercive but carry no flag (and flagged replies that read as harmless), in en, es and zh')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .option('-t, --text <sentence>', 'check one sentence instead of files')
    .addOption(new Option('-l, --lang <code>', 'language of --text (default: try all three)').choices(LANGUAGES))
    .option('--no-hints', 'print warnings only')
    .option('--json', 'print the findings as JSON'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley lint                                   # every dialogue under ./dialogues
  $ parley lint dialogues/away-on-business.yaml
  $ parley lint --text "If you don't pay today I'll call your employer."
  $ parley lint --text "Si no paga hoy, va a llegar la policía." --lang es --json

Findings: PAR601 (warning) coercive wording on a choice with no flag, with the flag to add;
PAR603 (hint) wording that suggests a further flag; PAR602 (hint) a flagged choice whose text reads
as harmless; PAR604 (warning) lint.allow naming an unknown flag. When the wording is intended,
silence one choice with  lint: { allow: [<flag>] }  beside its text.
Exit codes: 0 no warnings (or --text reads as lawful), 1 warnings (or --text reads as coercive), 2 usage error.`,
  )
  .action(exitWith(output, (paths: string[], options: LintOptions) => {
    const { style } = output;
    if (options.text !== undefined) {
      const matches = matchCoercion(options.text, options.lang ? [options.lang] : LANGUAGES);
      if (options.json) output.out(stringifyForTerminal({ text: options.text, languages: options.lang ? [options.lang] : LANGUAGES, matches }, 2));
      else output.out(explainMatches(matches, style));
      return matches.length ? EXIT.failed : EXIT.ok;
    }

    const files = findDialogueFiles(paths);
    const problems: Diagnostic[] = [];
    const findings: PositionedLintFinding[] = [];
    for (const file of files) {
      const loaded = loadDialogueFile(file, limitsFrom(options));
      if (!loaded.ok) {
        problems.push(...loaded.diagnostics.filter((d) => d.severity === 'error'));
        continue;
      }
      for (const finding of lintDialogue(loaded.compiled.dialogue)) {
        const at = loaded.sourceMap.at(finding.path);
        findings.push({ ...finding, file, line: at.line, col: at.col, path: loaded.sourceMap.sourcePath(finding.path) });
      }
    }
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const hints = findings.length - warnings;
    if (options.json) output.out(stringifyForTerminal({ files: files.length, invalid: problems.length, findings, problems }, 2));
    else {
      for (const d of problems) output.out(style.red(diagnosticText(d)));
      for (const f of findings) if (options.hints || f.severity === 'warning') output.out(renderLintFinding(f, style));
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const summary = `${plural(files.length, 'dialogue')} linted (${plural(warnings, 'warning')}, ${plural(hints, 'hint')})`;
      if (files.length === 0) output.out(`no dialogue files found in ${paths.map(showPath).join(', ')}`);
      else output.out(warnings || problems.length ? style.red(`✖ ${summary}`) : style.green(`✔ ${summary}`));
    }
    return warnings || problems.length || files.length === 0 ? EXIT.failed : EXIT.ok;
  }));

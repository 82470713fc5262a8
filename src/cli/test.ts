import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Command, Option } from 'commander';
import { writeFileAtomic } from '../io/atomic-write.js';
import { findTestFiles, testFileFor } from '../io/find-test-files.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { PLAIN } from '../render/style.js';
import { starterTestFile } from '../testing/init-test-file.js';
import { renderTestRunJson } from '../testing/reporters/json-reporter.js';
import { renderJUnit } from '../testing/reporters/junit-reporter.js';
import { renderTestRunMarkdown } from '../testing/reporters/markdown-reporter.js';
import { renderTestRunText, summaryLine } from '../testing/reporters/text-reporter.js';
import { DEFAULT_MAX_STEPS, runTestFiles } from '../testing/run-tests.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, boundedInt, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';
import { showPath } from '../text/sanitize.js';

type Reporter = 'text' | 'junit' | 'json' | 'markdown';

interface TestOptions extends LimitOptions {
  reporter: Reporter;
  out?: string;
  update?: boolean;
  init?: string;
  force?: boolean;
  maxSteps: number;
}

/** A run of hours is never what anyone meant. */
const MAX_MAX_STEPS = 10_000_000_000;

export const testCommand = (output: Output): Command => addLimitOptions(
  new Command('test')
    .description('run dialogue test files (*.test.yaml): scripted cases, properties over all paths, golden transcripts')
    .argument('[paths...]', 'test files, dialogue files (their test file is run) or folders', ['dialogues'])
    .addOption(new Option('--reporter <name>', 'output format').choices(['text', 'junit', 'json', 'markdown']).default('text'))
    .option('--out <file>', 'write the report to this file (the summary still goes to the terminal)')
    .option('--update', 'record golden transcripts for every scripted case instead of comparing against them')
    .option('--init <dialogue>', 'write a starter test file for a dialogue: one case per reachable outcome, a flagged path, a property')
    .option('--force', 'with --init: overwrite an existing test file')
    .addOption(
      new Option('--max-steps <n>', 'work all property cases of this run may do together (choices taken plus steps scored); cases it stops are reported')
        .argParser(boundedInt(MAX_MAX_STEPS))
        .default(DEFAULT_MAX_STEPS),
    ),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley test                                    # every test file under ./dialogues
  $ parley test dialogues/away-on-business.yaml    # the test file of one dialogue
  $ parley test --reporter junit --out test-results.xml
  $ parley test --reporter markdown > comment.md
  $ parley test --update                           # accept changes: re-record golden transcripts
  $ parley test --init dialogues/new-dialogue.yaml # starter test file in dialogues/tests/

Exit codes: 0 all cases passed, 1 an expectation failed (or a golden transcript differs),
2 usage error (no test files found, unknown option), 3 a dialogue or test file is invalid.`,
  )
  .action(exitWith(output, async (paths: string[], options: TestOptions) => {
    if (options.init !== undefined) return initTestFile(options.init, options, output);
    const found = findTestFiles(paths);
    if (found.missing.length) {
      output.err(`parley test: no such file or folder: ${found.missing.map(showPath).join(', ')}`);
      return EXIT.usage;
    }
    if (found.testFiles.length === 0) {
      for (const dialogue of found.untested) output.err(`no test file for ${showPath(dialogue)} (write a starter: parley test --init ${showPath(dialogue)})`);
      output.err(`parley test: no test files found in ${paths.map(showPath).join(', ')}`);
      return EXIT.usage;
    }
    const run = await runTestFiles(found.testFiles, found.untested, { update: options.update ?? false, limits: limitsFrom(options), maxSteps: options.maxSteps });
    const rendered: Record<Exclude<Reporter, 'text'>, () => string> = {
      junit: () => renderJUnit(run),
      json: () => renderTestRunJson(run),
      markdown: () => renderTestRunMarkdown(run),
    };
    const text = () => renderTestRunText(run, output.style, { update: options.update ?? false });
    if (options.out) {
      writeFileAtomic(options.out, options.reporter === 'text' ? `${renderTestRunText(run, PLAIN, {})}\n` : rendered[options.reporter]());
      output.out(text());
      output.out(output.style.dim(`${options.reporter} report written to ${showPath(options.out)}`));
    } else if (options.reporter === 'text') {
      output.out(text());
    } else {
      output.out(rendered[options.reporter]());
      output.err(summaryLine(run, output.errStyle));
    }
    const s = run.summary;
    return s.invalidFiles ? EXIT.invalid : s.failed ? EXIT.failed : EXIT.ok;
  }));

function initTestFile(dialogueFile: string, options: TestOptions, output: Output): number {
  const loaded = loadDialogueFile(dialogueFile, limitsFrom(options));
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) output.err(diagnosticText(d));
    output.err(`parley test --init: ${showPath(dialogueFile)} is not a valid dialogue; fix it first (parley validate ${showPath(dialogueFile)})`);
    return loaded.diagnostics.some((d) => d.code === 'PAR010') ? EXIT.usage : EXIT.invalid;
  }
  const target = testFileFor(dialogueFile) ?? join(dirname(dialogueFile), 'tests', `${basename(dialogueFile).replace(/\.ya?ml$/, '')}.test.yaml`);
  if (existsSync(target) && !options.force) {
    output.err(`parley test --init: ${showPath(target)} already exists; edit it, or pass --force to replace it`);
    return EXIT.usage;
  }
  const schema = join(output.io.cwd, 'schema', 'dialogue-test.schema.json');
  const posix = (path: string) => path.split(sep).join('/');
  const { text, cases } = starterTestFile(loaded.compiled, existsSync(schema) ? { schema: posix(relative(dirname(target), schema)) } : {});
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomic(target, text);
  output.out(`wrote ${showPath(target)} with ${cases} cases from what ${showPath(dialogueFile)} does now`);
  output.out(`next: read it, keep what states the dialogue's intent, then record golden transcripts: parley test ${showPath(target)} --update`);
  return EXIT.ok;
}

import { Command } from 'commander';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { AtomicFileStream } from '../io/atomic-stream.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { findTranscripts } from '../io/find-transcripts.js';
import { readProblem } from '../io/file-error.js';
import { readLines } from '../io/read-lines.js';
import { buildReport } from '../report/build-report.js';
import { renderReportCsv } from '../report/outputs/report-csv.js';
import { renderReportMarkdown } from '../report/outputs/report-markdown.js';
import { renderReportTable } from '../report/outputs/report-table.js';
import { isLearnerActivity, sessionStatements } from '../report/xapi-statements.js';
import { PLAIN } from '../render/style.js';
import { sanitizeLine, showPath } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { addLrsOptions, checkLrsOptions, DEFAULT_ACTIVITY_BASE, openLrsSend, type LrsOptions } from './lrs-send.js';
import type { TextSink } from './cli-io.js';
import { exitWith, type Output } from './output.js';

interface ReportOptions extends LrsOptions {
  json?: boolean;
  csv?: boolean;
  markdown?: boolean;
  xapi?: boolean;
  bom?: boolean;
  out?: string;
}

/** Warnings listed one by one before they are only counted: a broken folder should not bury the report. */
const LISTED_WARNINGS = 50;

export const reportCommand = (output: Output): Command => addLrsOptions(new Command('report')
  .description('summarise transcripts per learner and per dialogue: sessions, outcomes, scores, core tasks, flags, improvement')
  .argument('<paths...>', 'transcript files, or folders searched for *.jsonl')
  .option('--json', 'print the report as JSON')
  .option('--csv', 'print one CSV row per learner and per dialogue')
  .option('--bom', 'with --csv: start with a byte order mark, so Excel reads the file as UTF-8')
  .option('--markdown', 'print the report as Markdown')
  .option('--xapi', 'write every session as xAPI statements (a JSON array a learning record store accepts)')
  .option('--activity-base <iri>', 'with --xapi: IRI prefix for activity and extension ids', DEFAULT_ACTIVITY_BASE)
  .option('--learner-home <iri>', "with --xapi: your LMS's home page, for learner names recorded without one")
  .option('--out <file>', 'write to this file (atomically) instead of stdout'))
  .addHelpText(
    'after',
    `
Examples:
  $ parley report sessions/
  $ parley report sessions/ --csv --out progress.csv
  $ parley report sessions/ana-*.jsonl --markdown
  $ parley report sessions/ --xapi --activity-base https://lms.example.com/parley/ --out statements.json
  $ PARLEY_LRS_AUTH=key:secret parley report sessions/ --xapi --lrs https://lrs.example.com/data/xAPI/ --activity-base https://lms.example.com/parley/

Transcripts are read one at a time, so any number can be summarised. A line that
cannot be read is skipped with a warning naming its file and line, and counted.
Average scores and core tasks count finished sessions; "first → last" compares a
learner's first and last finished sessions (up to 3 each). Exits 1 when a transcript or
line was skipped, 4 when statements could not all be sent to the LRS (they wait in the outbox).`,
  )
  .action(exitWith(output, async (paths: string[], options: ReportOptions) => {
    const formats = (['json', 'csv', 'markdown', 'xapi'] as const).filter((f) => options[f]);
    if (formats.length > 1) {
      output.err(`parley report: choose one output format, not ${formats.map((f) => `--${f}`).join(' and ')}`);
      return EXIT.usage;
    }
    if (options.xapi || options.lrs) {
      const problem = options.lrs && !options.xapi ? '--lrs sends xAPI statements: add --xapi' : options.lrs && options.out ? '--lrs sends the statements; leave out --out' : checkLrsOptions(options, output.io.env);
      if (problem) {
        output.err(`parley report: ${sanitizeLine(problem)}`);
        return EXIT.usage;
      }
    }
    if (options.bom && !options.csv) {
      output.err('parley report: --bom goes with --csv');
      return EXIT.usage;
    }
    const missing: string[] = [];
    let warnings = 0;
    const warn = (text: string) => {
      if (++warnings <= LISTED_WARNINGS) output.err(output.errStyle.yellow(`warning: ${sanitizeLine(text)}`));
    };

    const lrs = options.lrs ? openLrsSend(options, output) : undefined;
    const xapi = options.xapi ? (lrs ? { statement: lrs.add, finish: () => 0, abort: () => undefined } : xapiWriter(options.out, output.io.stdout)) : undefined;
    let testSessions = 0;
    const xapiOptions = { base: options.activityBase, ...(options.learnerHome ? { learnerHome: options.learnerHome } : {}) };
    let report;
    try {
      report = await buildReport(
        findTranscripts(paths, (path) => missing.push(path)),
        {
          lines: (file) => readLines(file),
          readProblem,
          onSkippedLine: (s) => warn(`${s.file}:${s.line}: skipped: ${s.problem}`),
          onSkippedFile: (file, problem) => warn(`${file}: skipped: ${problem}`),
          ...(xapi
            ? {
                onSession: (session) => {
                  if (!isLearnerActivity(session)) testSessions++;
                  else sessionStatements(session, xapiOptions).forEach(xapi.statement);
                },
              }
            : {}),
        },
      );
    } catch (error) {
      xapi?.abort();
      throw error;
    }
    if (warnings > LISTED_WARNINGS) output.err(output.errStyle.yellow(`warning: ${warnings - LISTED_WARNINGS} more skipped lines or files not listed`));
    if (missing.length) {
      xapi?.abort();
      output.err(`parley report: no such file or folder: ${missing.join(', ')}`);
      return EXIT.usage;
    }
    const { skippedFiles, skippedLines } = report.transcripts;
    let code: number = EXIT.ok;
    // Figures that leave out unreadable transcripts must not pass for complete in a script or CI.
    if (skippedFiles || skippedLines) {
      output.err(`parley report: ${skippedFiles} transcript files and ${skippedLines} lines could not be read and were left out (exit code 1)`);
      code = EXIT.failed;
    }
    if (xapi) {
      if (testSessions) output.err(`${testSessions} dialogue-test transcripts left out: they are not learner activity`);
      const count = xapi.finish();
      if (lrs) {
        if (!(await lrs.send())) code = EXIT.notSent;
        return code;
      }
      if (options.out) output.err(`${count} xAPI statements from ${report.transcripts.sessions - testSessions} sessions written to ${showPath(options.out)}`);
      return code;
    }
    const text = options.json
      ? `${stringifyForTerminal({ format: 'parley-report', version: 1, ...report }, 2)}\n`
      : options.csv
        ? `${options.bom ? '\uFEFF' : ''}${renderReportCsv(report)}`
        : options.markdown
          ? renderReportMarkdown(report)
          : `${renderReportTable(report, options.out ? PLAIN : output.style)}\n`;
    if (options.out) {
      writeFileAtomic(options.out, text);
      output.err(`report of ${report.transcripts.sessions} sessions written to ${showPath(options.out)}`);
    } else output.out(text);
    return code;
  }));

/** Streams a JSON array of statements to a file (atomically) or stdout, one statement at a time. */
function xapiWriter(out: string | undefined, stdout: TextSink) {
  const file = out ? new AtomicFileStream(out) : undefined;
  const write = (text: string) => (file ? file.write(text) : stdout.write(text));
  let count = 0;
  write('[');
  return {
    statement(statement: object) {
      write(`${count++ === 0 ? '\n' : ',\n'}${stringifyForTerminal(statement)}`);
    },
    finish() {
      write(count ? '\n]\n' : ']\n');
      file?.commit();
      return count;
    },
    abort() {
      file?.abort();
    },
  };
}

import { Command, InvalidArgumentError, Option } from 'commander';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ChoiceUnavailableError, Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { transcriptHeader, type TranscriptWriter } from '../io/transcript-writer.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { formatDiagnostic } from '../load/diagnostic.js';
import { renderDebrief, renderHeader, renderOpening, renderStep } from '../render/session-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { onTerminatingSignal } from './exit-on-signal.js';
import { openTranscript } from './open-transcript.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { output } from './output.js';

interface RunOptions extends LimitOptions {
  choices?: string;
  seed?: number;
  mode: 'practice' | 'assessment';
  json?: boolean;
  transcript?: string;
  learner?: string;
  /** Hidden, for tests and scripting: choices one per line from a file, `-` for stdin, taken as they arrive. */
  script?: string;
}

const seedArg = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) throw new InvalidArgumentError(`expected a whole number from 0 to 4294967296, got '${value}'`);
  return n;
};

export const runCommand = addLimitOptions(
  new Command('run')
    .description('play a dialogue without a terminal UI, from a list of choices, and print the transcript and debrief')
    .argument('<file>', 'dialogue file')
    .option('-c, --choices <ids>', 'comma-separated choice ids (or 1-based numbers) in the order to pick them')
    .addOption(new Option('--seed <n>', 'seed for line variants (same seed, same run)').argParser(seedArg))
    .addOption(new Option('--mode <mode>', 'practice shows coaching; assessment hides it').choices(['practice', 'assessment']).default('practice'))
    .option('--json', 'print the whole run as one JSON document')
    .option('--transcript <file>', 'also write the transcript (JSON lines) as the run goes, to this new file or to a fresh file in this folder')
    .option('--learner <name>', 'learner name recorded in the transcript')
    .addOption(new Option('--script <file>', 'choices one per line, taken as they arrive (- for stdin)').hideHelp()),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley run dialogues/away-on-business.yaml --choices identify,disclose_and_ask,ask_why,pros_cons,pin_down,no_card_details,confirm
  $ parley run dialogues/away-on-business.yaml --choices 1,1,3 --seed 7 --json
  $ parley run dialogues/away-on-business.yaml -c identify,disclose_and_ask --transcript run.jsonl
  $ parley run dialogues/away-on-business.yaml -c identify --transcript transcripts/   # a fresh file in the folder

A choice that is not available at that point stops the run with exit code 1 and lists the ones that are.`,
  )
  .action(async (file: string, options: RunOptions) => {
    const loaded = loadDialogueFile(file, limitsFrom(options));
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) output.err(sanitizeLine(formatDiagnostic(d)));
      process.exitCode = EXIT.failed;
      return;
    }
    if (options.script && options.script !== '-' && !isFile(options.script)) {
      output.err(`parley run: cannot read the script ${sanitizeLine(options.script)}: no such file`);
      process.exitCode = EXIT.failed;
      return;
    }
    const session = new Session(loaded.compiled, { ...(options.seed !== undefined ? { seed: options.seed } : {}), mode: options.mode });
    let writer: TranscriptWriter | undefined;
    if (options.transcript) {
      const opened = openTranscript(options.transcript, transcriptHeader(session, file, loaded.hash, 'run', options.learner));
      if (typeof opened === 'string') {
        output.err(`parley run: ${sanitizeLine(opened)}`);
        process.exitCode = EXIT.failed;
        return;
      }
      writer = opened;
    }
    // Whatever ends the process from here on, the transcript gets its end line.
    const endOnExit = () => writer?.end(session, 'exited before the run finished');
    process.on('exit', endOnExit);
    const removeSignalHandlers = onTerminatingSignal((signal) => {
      writer?.end(session, `interrupted by ${signal}`);
      output.err(`parley run: interrupted by ${signal} after ${session.steps.length} turn${session.steps.length === 1 ? '' : 's'}${writer ? `; transcript kept in ${sanitizeLine(writer.path)} (unfinished)` : ''}`);
    });

    const { style } = output;
    const text = !options.json;
    if (text) output.out(`${renderHeader(session, style)}\n${renderOpening(session, style)}`);
    const steps: Step[] = [];
    let failure: ChoiceUnavailableError | undefined;
    try {
      for await (const token of choiceTokens(options)) {
        if (session.ended) break;
        try {
          const step = session.choose(resolveChoice(session, token));
          steps.push(step);
          writer?.step(step);
          if (text) output.out(renderStep(session, step, style));
        } catch (error) {
          if (!(error instanceof ChoiceUnavailableError)) throw error;
          failure = error;
          break;
        }
      }
    } catch (error) {
      writer?.end(session, `error: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    } finally {
      removeSignalHandlers();
    }
    writer?.end(session, failure ? 'choice unavailable' : undefined);
    process.off('exit', endOnExit);

    const debrief = session.debrief();
    if (options.json) {
      output.out(
        stringifyForTerminal(
          {
            dialogue: { id: session.dialogue.id, title: session.dialogue.meta.title, file, hash: loaded.hash },
            seed: session.seed,
            mode: session.mode,
            ...(writer ? { transcript: writer.path } : {}),
            steps,
            ...(failure ? { error: { message: failure.message, choice: failure.choice, state: failure.state, available: failure.available } } : {}),
            next: session.ended ? null : session.turn,
            debrief,
          },
          2,
        ),
      );
    } else {
      if (!session.ended && !failure) {
        const available = session.available().map((c) => `${c.number}. ${c.id}`).join(', ');
        output.out(style.dim(`\n(dialogue not finished: waiting in '${session.stateId}'; choices: ${available})`));
      }
      output.out(renderDebrief(debrief, style));
    }
    if (failure) {
      output.err(`parley run: turn ${session.steps.length + 1}: ${sanitizeLine(failure.message)}`);
      process.exitCode = EXIT.failed;
    }
  });

/** Choices from --choices, then from --script as its lines arrive (a pipe can feed a run step by step). */
async function* choiceTokens(options: RunOptions): AsyncGenerator<string> {
  yield* (options.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (!options.script) return;
  const input = options.script === '-' ? process.stdin : createReadStream(options.script, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const token = line.trim();
      if (token && !token.startsWith('#')) yield token;
    }
  } finally {
    lines.close();
    if (input !== process.stdin) input.destroy();
    else process.stdin.pause();
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A token is a choice id, or a 1-based number among the choices available now. */
function resolveChoice(session: Session, token: string): string {
  const available = session.available();
  if (available.some((c) => c.id === token) || !/^\d+$/.test(token)) return token;
  return available[Number(token) - 1]?.id ?? token;
}

import { statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ChoiceUnavailableError, Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { ScriptError, scriptChoices } from '../io/script-choices.js';
import { TranscriptWriter, transcriptHeader } from '../io/transcript-writer.js';
import { formatDiagnostic } from '../load/diagnostic.js';
import { renderDebrief, renderHeader, renderOpening, renderStep } from '../render/session-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom } from './limits-options.js';
import { output } from './output.js';

interface RunOptions {
  choices?: string;
  script?: string;
  seed?: number;
  mode: 'practice' | 'assessment';
  json?: boolean;
  transcript?: string;
  learner?: string;
  maxBytes: number;
  maxNodes: number;
  maxDepth: number;
}

const seedArg = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) throw new Error(`expected a whole number from 0 to 4294967296, got '${value}'`);
  return n;
};

export const runCommand = addLimitOptions(
  new Command('run')
    .description('play a dialogue without a terminal UI, from a list of choices, and print the transcript and debrief')
    .argument('<file>', 'dialogue file')
    .option('-c, --choices <ids>', 'comma-separated choice ids (or 1-based numbers) in the order to pick them')
    .option('--script <file>', "read the choices from a file, one per line ('-' for stdin; blank lines and # comments skipped)")
    .addOption(new Option('--seed <n>', 'seed for line variants (same seed, same run)').argParser(seedArg))
    .addOption(new Option('--mode <mode>', 'practice shows coaching; assessment hides it').choices(['practice', 'assessment']).default('practice'))
    .option('--json', 'print the whole run as one JSON document')
    .option('--transcript <file>', 'also write the transcript (JSON lines) to this file as the run goes')
    .option('--learner <name>', 'learner name recorded in the transcript'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley run dialogues/away-on-business.yaml --choices identify,disclose_and_ask,ask_why,pros_cons,pin_down,no_card_details,confirm
  $ parley run dialogues/away-on-business.yaml --choices 1,1,3 --seed 7 --json
  $ parley run dialogues/away-on-business.yaml -c identify,disclose_and_ask --transcript run.jsonl
  $ parley run dialogues/away-on-business.yaml --script lawful-path.txt --seed 3
  $ printf 'identify\ndisclose_and_ask\n' | parley run dialogues/away-on-business.yaml --script -

A choice that is not available at that point stops the run with exit code 1 and lists the ones that are.`,
  )
  .action(async (file: string, options: RunOptions) => {
    if (options.choices !== undefined && options.script !== undefined) {
      output.err('parley run: give the choices with --choices or --script, not both');
      process.exitCode = EXIT.usage;
      return;
    }
    if (options.script !== undefined && options.script !== '-' && !isFile(options.script)) {
      output.err(`parley run: --script ${options.script}: no such file`);
      process.exitCode = EXIT.usage;
      return;
    }
    const loaded = loadDialogueFile(file, limitsFrom(options));
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) output.err(sanitizeLine(formatDiagnostic(d)));
      process.exitCode = EXIT.failed;
      return;
    }
    const session = new Session(loaded.compiled, { ...(options.seed !== undefined ? { seed: options.seed } : {}), mode: options.mode });
    const writer = options.transcript
      ? TranscriptWriter.create(options.transcript, transcriptHeader(session, file, loaded.hash, 'run', options.learner))
      : undefined;
    // `parley run … | head` exits as soon as the reader goes; the transcript still gets its end line.
    if (writer) process.once('exit', () => writer.end(session, session.ended ? undefined : 'output closed'));
    const tokens = options.script !== undefined ? scriptTokens(options.script) : (options.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const { style } = output;
    const text = !options.json;
    if (text) output.out(`${renderHeader(session, style)}\n${renderOpening(session, style)}`);

    const steps: Step[] = [];
    let failure: ChoiceUnavailableError | undefined;
    let scriptProblem: string | undefined;
    try {
      for await (const token of tokens) {
        let step: Step;
        try {
          step = session.choose(resolveChoice(session, token));
        } catch (error) {
          if (!(error instanceof ChoiceUnavailableError)) throw error;
          failure = error;
          break;
        }
        steps.push(step);
        writer?.step(step);
        if (text) output.out(renderStep(session, step, style));
      }
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
      scriptProblem = error.message;
    }
    if (scriptProblem !== undefined) {
      writer?.end(session, 'script unreadable');
      output.err(`parley run: ${sanitizeLine(scriptProblem)}`);
      process.exitCode = EXIT.usage;
      return;
    }
    writer?.end(session, failure ? 'choice unavailable' : undefined);
    const debrief = session.debrief();
    if (options.json) {
      output.out(
        JSON.stringify(
          {
            dialogue: { id: session.dialogue.id, title: session.dialogue.meta.title, file, hash: loaded.hash },
            seed: session.seed,
            mode: session.mode,
            steps,
            ...(failure ? { error: { message: failure.message, choice: failure.choice, state: failure.state, available: failure.available } } : {}),
            next: session.ended ? null : session.turn,
            debrief,
          },
          null,
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function* scriptTokens(source: string): AsyncGenerator<string> {
  try {
    for await (const { token } of scriptChoices(source)) yield token;
  } catch (error) {
    if (error instanceof ScriptError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new ScriptError(`${source}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`);
  }
}

/** A token is a choice id, or a 1-based number among the choices available now. */
function resolveChoice(session: Session, token: string): string {
  const available = session.available();
  if (available.some((c) => c.id === token) || !/^\d+$/.test(token)) return token;
  return available[Number(token) - 1]?.id ?? token;
}

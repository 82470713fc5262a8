import { Command, Option } from 'commander';
import { ChoiceUnavailableError, Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { TranscriptWriter, transcriptHeader } from '../io/transcript-writer.js';
import { formatDiagnostic } from '../load/diagnostic.js';
import { renderDebrief, renderHeader, renderOpening, renderStep } from '../render/session-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom } from './limits-options.js';
import { output } from './output.js';

interface RunOptions {
  choices?: string;
  seed?: number;
  mode: 'practice' | 'assessment';
  json?: boolean;
  transcript?: string;
  learner?: string;
  maxBytes: number;
  maxNodes: number;
  maxDepth: number;
}

export const seedArg = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) throw new Error(`expected a whole number from 0 to 4294967296, got '${value}'`);
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

A choice that is not available at that point stops the run with exit code 1 and lists the ones that are.`,
  )
  .action((file: string, options: RunOptions) => {
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
    const tokens = (options.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const { style } = output;
    const text = !options.json;
    if (text) output.out(`${renderHeader(session, style)}\n${renderOpening(session, style)}`);

    const steps: Step[] = [];
    let failure: ChoiceUnavailableError | undefined;
    for (const token of tokens) {
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

/** A token is a choice id, or a 1-based number among the choices available now. */
function resolveChoice(session: Session, token: string): string {
  const available = session.available();
  if (available.some((c) => c.id === token) || !/^\d+$/.test(token)) return token;
  return available[Number(token) - 1]?.id ?? token;
}

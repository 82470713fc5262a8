import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { bestCompliantPath } from '../analyze/best-path.js';
import { resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import { randomSeed } from '../engine/random.js';
import { ChoiceUnavailableError, Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { dialogueFromFile, generatedDialogue, type DialogueSource } from '../io/dialogue-source.js';
import { ScriptError, scriptChoices, type ScriptChoice } from '../io/script-choices.js';
import { screenChoices, understandReply, type ScreenChoice } from '../match/understand-reply.js';
import type { ReplyMatch } from '../match/match-reply.js';
import { transcriptHeader, type TranscriptWriter } from '../io/transcript-writer.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { renderDialogueSummary } from '../render/dialogue-summary.js';
import { RUN_LABELS } from '../render/run-labels.js';
import { renderDebrief, renderHeader, renderOpening, renderStep } from '../render/session-text.js';
import { sanitizeLine } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { onTerminatingSignal } from './exit-on-signal.js';
import { openTranscript } from './open-transcript.js';
import { addLearnerOptions, learnerFrom } from './learner-options.js';
import { addLrsOptions, checkLrsOptions, DEFAULT_ACTIVITY_BASE, sendTranscriptsToLrs, type LrsOptions } from './lrs-send.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import {
  collectExcuses,
  contactFrom,
  jurisdictionOption,
  languageOption,
  parseAttempts,
  parseDays,
  parsePersona,
  parseTime,
  seedArg,
  type SituationOptions,
} from './session-options.js';
import { isFile } from '../io/path-kind.js';
import { readProblem } from '../io/file-error.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface RunOptions extends SituationOptions, LimitOptions, LrsOptions {
  choices?: string;
  script?: string;
  replies?: string;
  seed?: number;
  mode: 'practice' | 'assessment';
  json?: boolean;
  transcript?: string;
  learner?: string;
  learnerHome?: string;
  generate?: boolean;
  excuse?: string[];
  out?: string;
}

type Source = DialogueSource;

export const runCommand = (output: Output): Command => addLimitOptions(
  addLrsOptions(addLearnerOptions(new Command('run')
    .description('play a dialogue without a terminal UI, from a list of choices, and print the transcript and debrief')
    .argument('[file]', 'dialogue file (leave out with --generate)')
    .option('-c, --choices <ids>', 'comma-separated choice ids (or 1-based numbers) in the order to pick them')
    .option('--script <file>', "read the choices from a file, one per line ('-' for stdin; blank lines and # comments skipped)")
    .option('--replies <file>', "free reply: read typed replies from a file, one per line ('-' for stdin; blank lines and # comments skipped); each is matched to the reply it means and linted")
    .addOption(new Option('--seed <n>', 'random seed: a number that picks the variant of each line and of a generated roleplay (same number, same run)').argParser(seedArg))
    .addOption(new Option('--mode <mode>', 'practice shows coaching; assessment hides it').choices(['practice', 'assessment']).default('practice'))
    .addOption(jurisdictionOption())
    .addOption(new Option('--persona <traits>', 'hidden persona, any of able|unable, willing|unwilling, calm|evasive|anxious|hostile (e.g. able,unwilling,hostile)').argParser(parsePersona))
    .addOption(languageOption('play the version of this dialogue in that language (en, es, zh) from the same folder; with --generate, the language to write in (and, without --jurisdiction, where the call happens: en us, es mx, zh cn)'))
    .addOption(new Option('--time <HH:MM>', "the debtor's local time when the contact starts (overrides meta.contact.local_time)").argParser(parseTime))
    .addOption(new Option('--attempts <n>', 'calls placed in the last 7 days, counting this one').argParser(parseAttempts))
    .addOption(new Option('--attempts-today <n>', 'calls placed today, counting this one').argParser(parseAttempts))
    .addOption(
      new Option('--since-conversation <days>', 'days since the last phone conversation about this debt (0: earlier today)').argParser(parseDays),
    )
    .option('--generate', 'build a roleplay from the catalogs instead of reading a file')
    .addOption(new Option('--excuse <types>', 'with --generate: excuse type(s) the debtor voices, repeatable or comma-separated (default: one, picked by the random seed)').argParser(collectExcuses))
    .option('--out <file>', 'with --generate: also write the roleplay to this YAML file')
    .option('--json', 'print the whole run as one JSON document')
    .option('--transcript <file>', 'also write the transcript (JSON lines) as the run goes, to this new file or to a fresh file in this folder'))
    .option('--activity-base <iri>', 'with --lrs: IRI prefix for xAPI activity and extension ids', DEFAULT_ACTIVITY_BASE)),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley run dialogues/away-on-business.yaml --choices identify,disclose_and_ask,ask_why,pros_cons,pin_down,no_card_details,confirm
  $ parley run dialogues/away-on-business.yaml --choices 1,1,3 --seed 7 --json
  $ parley run dialogues/away-on-business.yaml -c identify,disclose_and_ask --transcript run.jsonl
  $ parley run dialogues/business-losing-money.yaml --persona hostile -c introduce,disclose_and_ask,ask_why,pros_cons,step_aside,firm_reply
  $ parley run dialogues/away-on-business.yaml --time 21:30 --attempts 8 -c identify
  $ parley run dialogues/away-on-business.yaml --jurisdiction uk -c identify,disclose_and_ask,tell_family
  $ parley run --generate --excuse business_trip --seed 7 --out my-roleplay.yaml
  $ parley run --generate --excuse away_on_business,sue_me --persona unable,willing,anxious --lang es --seed 3
  $ parley run dialogues/away-on-business.yaml --script lawful-path.txt --seed 3
  $ printf 'identify\\ndisclose_and_ask\\n' | parley run dialogues/away-on-business.yaml --script -
  $ printf 'Hi, Sam from Ridgeline Recovery, is this Martin Hale?\\n' | parley run dialogues/away-on-business.yaml --replies -
  $ parley run dialogues/away-on-business.yaml -c identify --transcript transcripts/   # a fresh file in the folder

A choice that is not available at that point stops the run with exit code 1 and lists the ones that are.
With --replies, each line is read as the learner's own words: Parley prints the reply it means and flags coercion
in the words even when that reply is lawful; a line it cannot place stops the run with exit code 1, naming file:line.
A situation (a late hour, too many calls, a third party listening) can flag a reply that carries no flag of its own.`,
  )
  .action(exitWith(output, async (file: string | undefined, options: RunOptions) => {
    if (file !== undefined && options.generate) return usage(output, 'give a dialogue file or --generate, not both');
    if (file === undefined && !options.generate) return usage(output, "missing dialogue file (or --generate to build one)");
    if (!options.generate && (options.excuse || options.out)) return usage(output, '--excuse and --out only go with --generate');
    const given = [options.choices !== undefined && '--choices', options.script !== undefined && '--script', options.replies !== undefined && '--replies'].filter(Boolean);
    if (given.length > 1) return usage(output, `give the moves with one of --choices, --script or --replies, not ${given.join(' and ')}`);
    for (const [flag, path] of [['--script', options.script], ['--replies', options.replies]] as const) {
      if (path !== undefined && path !== '-' && !isFile(path)) {
        const why = existsSync(path) ? 'it is not a regular file (a folder, a device or a pipe)' : 'no such file';
        return usage(output, `${flag} ${path}: ${why}`);
      }
    }
    const who = learnerFrom(options);
    if (!who.ok) return usage(output, who.problem);
    if (options.lrs !== undefined && options.transcript === undefined) return usage(output, '--lrs sends the transcript when the run ends: add --transcript');
    const lrsProblem = checkLrsOptions({ ...options, learnerHome: undefined }, output.io.env);
    if (lrsProblem) return usage(output, lrsProblem);
    options.learner = who.learner;
    options.learnerHome = who.learnerHome;

    const seed = options.seed ?? (options.generate ? randomSeed() : undefined);
    const source = options.generate ? generated(options, seed!, output) : fromFile(file!, options, output);
    if (!source) return EXIT.failed;
    if (options.generate && options.choices === undefined && options.script === undefined && options.replies === undefined) {
      const { dialogue } = source.compiled;
      const jurisdiction = resolveProfile(dialogue, options.jurisdiction).id;
      if (options.json) {
        output.out(stringifyForTerminal({ generated: { seed, file: options.out ?? null, jurisdiction, dialogue } }, 2));
      } else {
        const lawful = bestCompliantPath(source.compiled)?.choices.map((c) => c.id);
        output.out(renderDialogueSummary(dialogue, output.style, { seed, jurisdiction, ...(lawful ? { lawfulPath: lawful } : {}) }));
      }
      return;
    }
    return play(source, options, seed, output);
  }));

function usage(output: Output, message: string): number {
  output.err(`parley run: ${message}`);
  output.err('(run with --help for usage)');
  return EXIT.usage;
}

/** The dialogue in the file, or its version in --lang from the same folder. */
function fromFile(file: string, options: RunOptions, output: Output): Source | undefined {
  const found = dialogueFromFile(file, limitsFrom(options), options.lang);
  if (found.ok) return found.source;
  for (const d of found.diagnostics) output.err(diagnosticText(d));
  if (found.message) output.err(`parley run: ${sanitizeLine(found.message)}`);
  return undefined;
}

/** A roleplay built from the catalogs, checked exactly as a file would be, and written out with --out. */
function generated(options: RunOptions, seed: number, output: Output): Source {
  const source = generatedDialogue(
    {
      seed,
      ...(options.excuse ? { excuses: options.excuse } : {}),
      ...(options.persona ? { persona: options.persona } : {}),
      ...(options.lang ? { language: options.lang } : {}),
      ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
    },
    options.out,
  );
  if (options.out) (options.json ? output.err : output.out)(`Wrote ${options.out} (variant ${seed}); check it with: parley validate ${options.out}`);
  return source;
}

async function play(source: Source, options: RunOptions, seed: number | undefined, output: Output): Promise<number> {
  const contact = contactFrom(options);
  const session = new Session(source.compiled, {
    ...(seed !== undefined ? { seed } : {}),
    mode: options.mode,
    ...(options.persona ? { persona: options.persona } : {}),
    ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
    ...(contact ? { contact } : {}),
  });
  let writer: TranscriptWriter | undefined;
  if (options.transcript) {
    const header = transcriptHeader(session, source.file, source.hash, 'run', options.learner);
    const opened = openTranscript(options.transcript, options.learnerHome ? { ...header, learnerHome: options.learnerHome } : header, output);
    if (typeof opened === 'string') {
      output.err(`parley run: ${sanitizeLine(opened)}`);
      return EXIT.failed;
    }
    writer = opened;
  }
  // Whatever ends the process from here on (a signal, `| head` closing the pipe, a crash), the transcript gets its end line.
  const endOnExit = () => writer?.end(session, session.ended ? undefined : 'exited before the run finished');
  process.on('exit', endOnExit);
  const removeSignalHandlers = onTerminatingSignal((signal) => {
    writer?.end(session, `interrupted by ${signal}`);
    output.err(`parley run: interrupted by ${signal} after ${session.steps.length} turn${session.steps.length === 1 ? '' : 's'}${writer ? `; transcript kept in ${sanitizeLine(writer.path)} (unfinished)` : ''}`);
  }, output);
  const movesFile = options.replies ?? options.script;
  const tokens: AsyncIterable<ScriptChoice> | Iterable<ScriptChoice> =
    movesFile !== undefined
      ? scriptTokens(movesFile, output.io.stdin)
      : (options.choices ?? '').split(',').map((t) => t.trim()).filter(Boolean).map((token) => ({ line: 0, token }));
  const { style } = output;
  const text = !options.json;
  if (text) output.out(`${renderHeader(session, style)}\n${renderOpening(session, style)}`);

  const steps: Step[] = [];
  let failure: ChoiceUnavailableError | undefined;
  let unplaced: UnplacedReply | undefined;
  try {
    for await (const { line, token } of tokens) {
      let step: Step;
      try {
        if (options.replies !== undefined) {
          const screen = screenChoices(session.table, session.stateId, session.available());
          const understood = understandReply(token, screen, session.language);
          if (understood.match.kind !== 'match' || !understood.typed) {
            unplaced = { line, typed: token, match: understood.match, screen };
            break;
          }
          step = session.choose(understood.match.choice, understood.typed);
        } else step = session.choose(resolveChoice(session, token));
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
    if (!(error instanceof ScriptError)) {
      writer?.end(session, `error: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
    writer?.end(session, 'script unreadable');
    output.err(`parley run: ${sanitizeLine(error.message)}`);
    return EXIT.usage;
  } finally {
    removeSignalHandlers();
    // Every way out of the loop has ended the transcript or ends it next; a handler left behind would outlive this run.
    process.off('exit', endOnExit);
  }
  writer?.end(session, failure ? 'choice unavailable' : unplaced ? 'reply not understood' : undefined);
  // The engine words every unavailable choice after the last as "the dialogue has ended"; a state
  // with no available choice that is not an ending is a stuck dialogue, and says so.
  const stuck = failure && !session.ended && session.available().length === 0;
  const failureMessage = failure
    ? stuck
      ? `choice '${failure.choice}' is not available: the dialogue is stuck in state '${session.stateId}', which is not an ending but offers no choice here (see parley analyze)`
      : failure.message
    : undefined;
  const debrief = session.debrief();
  if (options.json) {
    output.out(
      stringifyForTerminal(
        {
          dialogue: { id: session.dialogue.id, title: session.dialogue.meta.title, language: session.dialogue.meta.language, file: source.file, hash: source.hash },
          seed: session.seed,
          mode: session.mode,
          jurisdiction: session.jurisdiction.id,
          ...(writer ? { transcript: writer.path } : {}),
          steps,
          ...(failure ? { error: { message: failureMessage, choice: failure.choice, state: failure.state, available: failure.available } } : {}),
          ...(unplaced
            ? {
                error: {
                  message: unplacedMessage(unplaced, options.replies!),
                  file: options.replies,
                  line: unplaced.line,
                  typed: unplaced.typed,
                  reason: unplaced.screen.length === 0 ? 'ended' : unplaced.match.kind === 'rephrase' ? unplaced.match.reason : 'unclear',
                  state: session.stateId,
                  available: unplaced.screen.map((c) => c.id),
                },
              }
            : {}),
          next: session.ended ? null : session.turn,
          debrief,
        },
        2,
      ),
    );
  } else {
    if (!session.ended && !failure && !unplaced) {
      const available = session.available().map((c) => `${c.number}. ${c.id}`).join(', ');
      output.out(style.dim(`\n(${RUN_LABELS[session.language].notFinished(session.stateId, available)})`));
    }
    output.out(renderDebrief(debrief, style, session.language, session.dialogue));
  }
  let code: number = EXIT.ok;
  if (failure) {
    output.err(`parley run: turn ${session.steps.length + 1}: ${sanitizeLine(failureMessage!)}`);
    code = EXIT.failed;
  }
  if (unplaced) {
    output.err(`parley run: ${unplacedMessage(unplaced, options.replies!)}`);
    code = EXIT.failed;
  }
  if (writer && options.lrs !== undefined && !(await sendTranscriptsToLrs([writer.path], options, output)) && code === EXIT.ok) code = EXIT.notSent;
  return code;
}

async function* scriptTokens(source: string, stdin: NodeJS.ReadableStream): AsyncGenerator<ScriptChoice> {
  try {
    for await (const choice of scriptChoices(source, stdin)) yield choice;
  } catch (error) {
    if (error instanceof ScriptError) throw error;
    const problem = readProblem(error);
    if (!problem) throw error;
    throw new ScriptError(`${source}: ${problem}`);
  }
}

/** A typed reply the matcher could not place: the run stops there rather than guess. */
interface UnplacedReply {
  line: number;
  typed: string;
  match: ReplyMatch;
  screen: ScreenChoice[];
}

const REPHRASE_WHY: Record<Extract<ReplyMatch, { kind: 'rephrase' }>['reason'], string> = {
  unclear: 'nothing on screen is close enough',
  ambiguous: 'two replies on screen are about equally close',
  empty: 'nothing was typed',
};

/** Where and what: the file and line, the typed words (sanitised), why, and the replies that were on screen. */
function unplacedMessage({ line, typed, match, screen }: UnplacedReply, file: string): string {
  const where = `${file === '-' ? 'stdin' : sanitizeLine(file)}:${line}`;
  if (screen.length === 0) return `${where}: "${sanitizeLine(typed)}" answers nothing: the dialogue has already ended`;
  const why = match.kind === 'rephrase' ? REPHRASE_WHY[match.reason] : '';
  const guesses = match.kind === 'rephrase' ? [match.best, match.runnerUp].filter((g): g is NonNullable<typeof g> => g !== undefined && g.confidence > 0).map((g) => `${g.choice} ${g.confidence.toFixed(2)}`) : [];
  return [
    `${where}: cannot tell which reply "${sanitizeLine(typed)}" means (${why}${guesses.length ? `; closest: ${guesses.join(', ')}` : ''}); rephrase that line`,
    '  the replies on screen:',
    ...screen.map((c, i) => `    ${i + 1}. ${sanitizeLine(c.text)} [${c.id}]`),
  ].join('\n');
}

/** A token is a choice id, or a 1-based number among the choices available now. */
function resolveChoice(session: Session, token: string): string {
  const available = session.available();
  if (available.some((c) => c.id === token) || !/^\d+$/.test(token)) return token;
  return available[Number(token) - 1]?.id ?? token;
}

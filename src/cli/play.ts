import { Command, Option } from 'commander';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { transcriptsDir } from '../io/data-dir.js';
import { packageFolder } from '../io/package-folder.js';
import { isDirectory } from '../io/path-kind.js';
import { watchDialogueFile } from '../io/watch-dialogue.js';
import { colorEnabled } from '../render/style.js';
import type { PlayExit } from '../tui/hooks/use-play-run.js';
import { openPlay } from '../tui/play-opening.js';
import type { PlaySettings } from '../tui/run.js';
import { LANGUAGES, type Language } from '../schema/language.js';
import { sanitizeLine, showPath } from '../text/sanitize.js';
import { UI_STRINGS } from '../tui/ui-strings.js';
import { showControls } from '../text/show-controls.js';
import { EXIT } from './exit-codes.js';
import { onTerminatingSignal } from './exit-on-signal.js';
import { addLearnerOptions, learnerFrom } from './learner-options.js';
import { addLrsOptions, checkLrsOptions, DEFAULT_ACTIVITY_BASE, sendTranscriptsToLrs, type LrsOptions } from './lrs-send.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import type { CliIo } from './cli-io.js';
import { exitWith, type Output } from './output.js';
import { seedArg } from './session-options.js';

interface PlayOptions extends LimitOptions, LrsOptions {
  mode: 'practice' | 'assessment';
  lang?: Language;
  seed?: number;
  transcripts?: string;
  learner?: string;
  learnerHome?: string;
  watch?: boolean;
  resume?: string;
  free?: boolean;
}

// The alternate screen keeps the roleplay off the shell's scrollback, as full-screen programs do.
const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

export const playCommand = (output: Output): Command => addLimitOptions(
  addLrsOptions(addLearnerOptions(new Command('play')
    .description('play a dialogue in the terminal: pick replies, see what each one causes, get a debrief')
    .argument('[path]', 'a dialogue file, or a folder of dialogues to choose from (default: dialogues/)')
    .addOption(new Option('--mode <mode>', 'practice: coaching and undo; assessment: feedback only in the debrief').choices(['practice', 'assessment']).default('practice'))
    .addOption(new Option('--lang <language>', 'interface language, and the version of the dialogue to play').choices(LANGUAGES))
    .addOption(new Option('--seed <n>', 'random seed: a number that picks the variant of each line (same number, same lines)').argParser(seedArg))
    .option('--transcripts <dir>', `folder for transcripts (default: ${transcriptsDir(output.io.env)})`)
    .option('--free', 'free reply: type your reply in your own words instead of picking it (t switches during a call)')
    .option('--watch', 'reload the dialogue whenever the file changes, keeping your place (for authors)')
    .option('--resume <transcript>', 'continue an unfinished session from its transcript'))
    .option('--activity-base <iri>', 'with --lrs: IRI prefix for xAPI activity and extension ids', DEFAULT_ACTIVITY_BASE)),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley play                                   # choose from dialogues/
  $ parley play dialogues/away-on-business.yaml --mode assessment --learner "Ana"
  $ parley play dialogues/away-on-business.yaml --lang es --seed 7
  $ parley play dialogues/forgot.yaml --free       # type your replies; Parley says which one it understood
  $ parley play my-dialogue.yaml --watch          # replays your choices after every save
  $ parley play --resume ~/.local/share/parley/transcripts/away-on-business-….jsonl
  $ parley play ~/shared/away-on-business.yaml --resume old.jsonl   # a dialogue outside this folder: name it

Keys: ↑↓ and Enter or 1–9 choose · t type a reply · u undo (practice) · e name the excuse (practice)
      PgUp/PgDn scroll · ? all keys · q or Ctrl-C quit (the transcript is kept, resumable)
Typing: Enter checks which reply Parley understood, Enter again says it · Tab or Esc picks
      from the list · Ctrl-U clears · Ctrl-C quits

Needs an interactive terminal; to play from a script or in CI use 'parley run'.`,
  )
  .action(exitWith(output, async (path: string | undefined, options: PlayOptions) => {
    if (options.resume && path && isDirectory(path)) return usage(output, 'give either a dialogue file or --resume <transcript>, not a folder with it');
    if (options.watch && (options.resume || !path || isDirectory(path))) return usage(output, '--watch needs a dialogue file');
    const who = learnerFrom(options);
    if (!who.ok) return usage(output, who.problem);
    const lrsProblem = checkLrsOptions({ ...options, learnerHome: undefined }, output.io.env);
    if (lrsProblem) return usage(output, lrsProblem);
    if (!interactive(output.io)) {
      output.err('parley play needs an interactive terminal (stdin and stdout a TTY, not CI).');
      output.err(`To play without one, use: parley run ${path && !isDirectory(path) ? showPath(path) : '<file>'} --choices <id,id,…>`);
      return EXIT.usage;
    }

    // ink and React load only here, so the other commands start without them. Loaded before the
    // dialogue is read, so the layout engine's WebAssembly compiles (off the main thread) meanwhile.
    const { renderApp } = await import('../tui/render-app.js');

    const settings: PlaySettings = {
      mode: options.mode,
      ...(options.lang ? { language: options.lang } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.free ? { free: true } : {}),
    };
    const limits = limitsFrom(options);
    const directory = options.transcripts ?? transcriptsDir(output.io.env);
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      return fail(output, `cannot create the transcripts folder ${showPath(directory)}: ${sanitizeLine((error as Error).message)}`);
    }

    const opened = openPlay({
      ...(path && !options.resume ? { path } : {}),
      ...(options.resume ? { resume: options.resume } : {}),
      // A dialogue named with --resume is the user's say-so for the path the transcript names, for this run only.
      ...(options.resume && path ? { resumeDialogue: path } : {}),
      settings,
      transcripts: directory,
      ...(who.learner ? { learner: who.learner } : {}),
      ...(who.learnerHome ? { learnerHome: who.learnerHome } : {}),
      limits,
      library: defaultLibrary(),
    });
    if (!opened.ok) return fail(output, ...opened.errors);
    const { folder, library, initialRun, notes, skipped } = opened.opening;

    const watched = options.watch && initialRun ? initialRun.dialogue : undefined;
    const watch = watched
      ? (onChange: Parameters<typeof watchDialogueFile>[2]) => watchDialogueFile(watched.file, limits, onChange, watched.hash)
      : undefined;

    const leaveScreen = screenKeeper(output.io);
    const instance = await renderApp({
      library,
      skipped,
      settings: opened.opening.settings,
      transcripts: folder,
      initialRun,
      initialNote: notes.length ? (t) => notes.map((note) => note(t)).join(' ') : undefined,
      color: colorEnabled(output.io.stdout, output.io.env),
      watch,
    });

    let code: number | undefined;
    const unfinishedMessage = (transcript: string, language: Language) => unfinished(transcript, language, output.io);
    // Whatever stops the program, the transcript gets its end line and the terminal is given back.
    const stop = (reason: string) => {
      const closed = folder.endActive(reason);
      try {
        instance.unmount();
        leaveScreen();
      } catch {
        // The terminal may already be gone (SIGHUP); the transcript is what matters.
      }
      if (closed?.failure) {
        output.err(`parley play: ${sanitizeLine(closed.failure.message)}`);
        code = EXIT.io;
      } else if (closed) output.err(unfinishedMessage(closed.path, settings.language ?? 'en'));
    };
    // The same reasons and exit codes (128 + the signal's number) as `parley run`.
    const removeSignalHandlers = onTerminatingSignal((signal) => stop(`interrupted by ${signal}`), output);
    const onCrash = (error: Error) => {
      output.err(`parley play: internal error: ${error.message}`);
      stop(`crash: ${error.message}`);
      process.exit(EXIT.internal);
    };
    process.once('uncaughtException', onCrash);
    // The handlers belong to this session: a later run in the same process must not inherit them.
    const removeHandlers = () => {
      removeSignalHandlers();
      process.off('uncaughtException', onCrash);
      leaveScreen.dispose();
    };

    let result: PlayExit | undefined;
    try {
      result = (await instance.waitUntilExit()) as PlayExit | undefined;
      leaveScreen();
      if (result?.failure) {
        output.err(`parley play: ${sanitizeLine(result.failure)}`);
        code = EXIT.io;
      } else if (result?.transcript) {
        const language = result.language ?? 'en';
        output.out(result.finished ? UI_STRINGS[language].exitSaved(showPath(result.transcript), result.score ?? 0) : unfinishedMessage(result.transcript, language));
      }
      // Ctrl-C ends the program as an interrupted one, like SIGINT: 128 + 2.
      if (result?.interrupted) code ??= 130;
    } catch (error) {
      leaveScreen();
      output.err(`parley play: internal error: ${error instanceof Error ? sanitizeLine(error.message) : String(error)}`);
      output.err('This is a bug in Parley; please report it with the command you ran. The transcript so far was saved as unfinished.');
      return EXIT.internal;
    } finally {
      removeHandlers();
    }
    // The sessions played go to the LRS once the screen is closed, so a slow network never holds up a learner;
    // an outbox that cannot be written is the user's to fix (exit 74, from the command runner), not a bug.
    if (options.lrs !== undefined && folder.opened.length && !(await sendTranscriptsToLrs(folder.opened, options, output))) code ??= EXIT.notSent;
    return code;
  }));

function interactive(io: CliIo): boolean {
  const ci = io.env.CI;
  return io.stdin.isTTY === true && io.stdout.isTTY === true && !(ci && ci !== 'false' && ci !== '0');
}

/** dialogues/ here if there is one, else the dialogues Parley ships with. */
function defaultLibrary(): string {
  if (isDirectory('dialogues')) return 'dialogues';
  const folder = packageFolder();
  const shipped = folder && join(folder, 'dialogues');
  return shipped && existsSync(shipped) ? shipped : 'dialogues';
}

/**
 * Enters the alternate screen; the returned function leaves it, once, also on an
 * unplanned exit until `dispose` removes that safeguard.
 */
function screenKeeper(io: CliIo): (() => void) & { dispose: () => void } {
  let inside = true;
  io.stdout.write(ENTER_ALT_SCREEN);
  const leave = () => {
    if (!inside) return;
    inside = false;
    io.stdout.write(LEAVE_ALT_SCREEN);
  };
  process.once('exit', leave);
  return Object.assign(leave, { dispose: () => void process.off('exit', leave) });
}

// File names reach the terminal: every path is shown with its control characters written out.
const unfinished = (transcript: string, language: Language, io: CliIo) =>
  UI_STRINGS[language].exitUnfinished(showPath(transcript), `${invokedAs(io.env, undefined, io.cwd)} play --resume ${shellQuote(showPath(transcript))}`);

/**
 * The command as the user can type it again: \`parley\` when it is on the PATH,
 * \`npx parley\` when npm started it (npx, npm start), else the script's path.
 */
export function invokedAs(env: NodeJS.ProcessEnv, script = process.argv[1] ?? 'bin/parley', cwd = process.cwd()): string {
  if (env.npm_command === 'exec' || env.npm_lifecycle_event) return 'npx parley';
  const onPath = (env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    for (const name of process.platform === 'win32' ? ['parley.cmd', 'parley.exe'] : ['parley']) {
      try {
        if (statSync(join(dir, name)).isFile()) return true;
      } catch {
        // not there
      }
    }
    return false;
  });
  if (onPath) return 'parley';
  const path = relative(cwd, script) || script;
  return `node ${shellQuote(path.startsWith('..') || path.includes('/') || path.includes('\\') ? path : `./${path}`)}`;
}

const shellQuote = (text: string) => (/^[\w@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

function usage(output: Output, message: string): number {
  output.err(`parley play: ${message}`);
  return EXIT.usage;
}

function fail(output: Output, ...lines: string[]): number {
  for (const line of lines) output.err(showControls(line));
  return EXIT.failed;
}

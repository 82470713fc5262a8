import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { loadLibrary } from '../../src/io/dialogue-library.js';
import { loadDialogueFile } from '../../src/io/load-dialogue-file.js';
import { TranscriptFolder } from '../../src/io/transcript-folder.js';
import type { Language } from '../../src/schema/language.js';
import type { TranscriptLine } from '../../src/transcript/transcript-format.js';
import { App, type AppProps } from '../../src/tui/components/app.js';
import type { Note } from '../../src/tui/hooks/use-play-run.js';
import { startRun, type PlayableDialogue, type PlaySettings, type Run } from '../../src/tui/run.js';

export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  backspace: '\u007f',
  delete: '\u001b[3~',
  left: '\u001b[D',
  right: '\u001b[C',
  home: '\u001b[H',
  end: '\u001b[F',
  ctrlU: '\u0015',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  ctrlC: '\u0003',
} as const;

export function loadPlayable(file: string): PlayableDialogue {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded;
}

interface Options {
  /** Play this file at once; without it the menu opens. */
  file?: string;
  /** Or start with this session (a resumed one), recorded in `transcripts`. */
  initial?: { run: Run; transcripts: TranscriptFolder; note?: Note };
  /** Folders or files the menu offers. */
  library?: string[];
  mode?: PlaySettings['mode'];
  language?: Language;
  seed?: number;
  /** Free reply: calls start with the learner typing (`parley play --free`). */
  free?: boolean;
  color?: boolean;
  watch?: AppProps['watch'];
  /** The fake terminal's size; ink-testing-library's own is 100 columns and no rows (the app then assumes 40). */
  columns?: number;
  rows?: number;
}

/** The play program on a fake terminal (100 columns), recording into a fresh temporary folder. */
export function playApp(options: Options = {}) {
  const transcripts = options.initial?.transcripts ?? new TranscriptFolder(mkdtempSync(join(tmpdir(), 'parley-play-')), 'tester');
  const { directory } = transcripts;
  const settings: PlaySettings = {
    mode: options.mode ?? 'practice',
    seed: options.seed ?? 1,
    ...(options.language ? { language: options.language } : {}),
    ...(options.free ? { free: true } : {}),
  };
  const found = options.library ? loadLibrary(options.library) : undefined;
  const library = found?.entries ?? [];
  const skipped = new Set(found?.problems.map((d) => d.file)).size;
  const initialRun = options.initial?.run ?? (options.file ? startRun(loadPlayable(options.file), settings, transcripts) : undefined);
  // Sized before the first frame: ink reads the columns when it draws, the app reads both through useStdout.
  const size = { columns: options.columns ?? 100, rows: options.rows };
  const app = render(
    <App
      library={() => library}
      skipped={skipped}
      settings={settings}
      transcripts={transcripts}
      initialRun={initialRun}
      initialNote={options.initial?.note}
      color={options.color ?? false}
      watch={options.watch}
    />,
  );

  Object.defineProperty(app.stdout, 'columns', { get: () => size.columns, configurable: true });
  if (size.rows !== undefined) Object.defineProperty(app.stdout, 'rows', { get: () => size.rows, configurable: true });
  if (options.columns !== undefined || options.rows !== undefined) app.stdout.emit('resize');

  /** Waits until ink has drawn everything the last input caused (frames stop arriving). */
  const settle = async () => {
    let seen = -1;
    for (let quiet = 0; quiet < 3; ) {
      await new Promise((resolve) => setImmediate(resolve));
      quiet = app.frames.length === seen ? quiet + 1 : 0;
      seen = app.frames.length;
    }
  };

  return {
    ...app,
    directory,
    run: initialRun,
    screen: () => app.lastFrame() ?? '',
    settle,
    /** Types keys one at a time, letting the screen catch up after each. */
    async press(...keys: string[]) {
      await settle();
      for (const key of keys) {
        app.stdin.write(key);
        await settle();
      }
    },
    /** Every transcript written so far, oldest first, each as its parsed lines. */
    transcripts(): TranscriptLine[][] {
      return readdirSync(directory)
        .sort()
        .map((name) =>
          readFileSync(join(directory, name), 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as TranscriptLine),
        );
    },
  };
}

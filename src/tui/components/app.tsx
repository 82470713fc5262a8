import { Box, useApp } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { Session } from '../../engine/session.js';
import { findVersion, type LibraryEntry } from '../../io/dialogue-library.js';
import { useDialogueWatch, type WatchDialogue } from '../hooks/use-dialogue-watch.js';
import { useKeys } from '../hooks/use-keys.js';
import { usePlayRun, type Note, type PlayExit } from '../hooks/use-play-run.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { menuEntries, versionsById } from '../menu-entries.js';
import type { PlaySettings, Run, TranscriptSink } from '../run.js';
import { UiContext } from '../ui-context.js';
import { WidthContext } from '../width.js';
import { LANGUAGE_NAMES, UI_STRINGS } from '../ui-strings.js';
import { DebriefScreen } from './debrief-screen.js';
import { ErrorBoundary } from './error-boundary.js';
import { MenuScreen } from './menu-screen.js';
import { PlayScreen } from './play-screen.js';

export interface AppProps {
  /** The dialogues the menu offers; empty when only one file is played. */
  /** The dialogues the menu offers, loaded the first time the menu is shown. */
  library: () => readonly LibraryEntry[];
  /** How many dialogue files the menu leaves out because they do not load. */
  skipped?: number | undefined;
  settings: PlaySettings;
  transcripts: TranscriptSink;
  /** A session already under way (a file named on the command line, a resumed transcript). */
  initialRun?: Run | undefined;
  initialNote?: Note | undefined;
  /** Colour on (false under NO_COLOR or without a colour terminal). */
  color: boolean;
  /** Reloads of the dialogue file, for `--watch`. */
  watch?: WatchDialogue | undefined;
}

/**
 * The whole interactive program: menu, play and debrief screens over one
 * engine session at a time. `q` and Ctrl-C quit from anywhere, saving the
 * transcript; `?` shows the keys.
 */
export function App(props: AppProps) {
  const { exit } = useApp();
  const play = usePlayRun(props.transcripts, props.settings, props.initialRun, props.initialNote);
  const [help, setHelp] = useState(false);
  // The debrief opens when the learner has read how the conversation ended.
  const [debriefOf, setDebriefOf] = useState<Session>();
  const size = useTerminalSize();
  const menuShown = !play.run;
  const entries = useMemo(
    () => (menuShown ? menuEntries(props.library(), props.settings.language) : []),
    [menuShown, props.library, props.settings.language],
  );
  const versions = useMemo(() => (menuShown ? versionsById(props.library()) : new Map<string, LibraryEntry[]>()), [menuShown, props.library]);
  useDialogueWatch(props.watch, play.reload);

  const quit = (reason: string) => exit(play.quit(reason) satisfies PlayExit);
  // Mid-call, q asks first: one stray key must not end a session.
  const [confirming, setConfirmingState] = useState(false);
  // Read through a ref: a quick `y` can arrive before React has drawn the question,
  // when the handler still closes over the frame before the `q`.
  const asking = useRef(false);
  const setConfirming = (value: boolean) => {
    asking.current = value;
    setConfirmingState(value);
  };
  const midCall = Boolean(play.run && !play.run.session.ended);
  // While the learner types a reply, q and ? are letters of it: only Ctrl-C quits.
  const typing = useRef(false);
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return quit('interrupted (Ctrl-C)');
    if (typing.current) return;
    if (asking.current) {
      setConfirming(false);
      if (input === 'y' || input === 'Y' || input === 'q') quit('quit');
      return;
    }
    if (input === 'q' && !key.ctrl && !key.meta) return midCall ? setConfirming(true) : quit('quit');
    if (help) return setHelp(false);
    if (input === '?') setHelp(true);
  });

  const choose = (entry: LibraryEntry) => {
    const wanted = props.settings.language;
    const version = wanted ? findVersion({ entries: [...props.library()], problems: [] }, entry.id, wanted) : entry;
    play.start(version?.loaded ?? entry.loaded, version || !wanted ? undefined : (t) => t.noVersion(LANGUAGE_NAMES[wanted][wanted]));
  };

  const { run } = play;
  const language = run?.session.language ?? props.settings.language ?? 'en';
  const ui = useMemo(() => ({ language, t: UI_STRINGS[language], color: props.color }), [language, props.color]);
  const note = confirming ? ui.t.confirmQuit : play.note?.(ui.t);
  const onCrash = (error: Error) => {
    props.transcripts.endActive(`crash: ${error.message}`);
    exit(error);
  };

  return (
    <UiContext.Provider value={ui}>
      <WidthContext.Provider value={size.columns}>
      <ErrorBoundary onCrash={onCrash} message={ui.t.crashed}>
        <Box width={size.columns} height={Math.max(8, size.rows - 1)} flexDirection="column" overflow="hidden">
          {!run ? (
            <MenuScreen
              entries={entries}
              versions={versions}
              askLanguage={!props.settings.language}
              onChoose={choose}
              help={help}
              note={note ?? (props.skipped ? ui.t.menuSkipped(props.skipped) : undefined)}
              rows={size.rows}
            />
          ) : run.session.ended && debriefOf === run.session ? (
            <DebriefScreen run={run} help={help} note={note} onReplay={play.replay} onMenu={play.leave} />
          ) : (
            <PlayScreen
              run={run}
              play={play}
              help={help}
              paused={confirming}
              note={note}
              rows={size.rows}
              onDebrief={() => setDebriefOf(run.session)}
              free={props.settings.free ?? false}
              typing={typing}
            />
          )}
        </Box>
      </ErrorBoundary>
      </WidthContext.Provider>
    </UiContext.Provider>
  );
}

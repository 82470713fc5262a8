import { Box, Text, type Key } from 'ink';
import { useEffect, useMemo, useState, type MutableRefObject } from 'react';
import { excuseOptions } from '../../engine/excuse-options.js';
import { conversation, speakerName } from '../conversation.js';
import { useCursorList } from '../hooks/use-cursor-list.js';
import { useFreeReply } from '../hooks/use-free-reply.js';
import { useKeys } from '../hooks/use-keys.js';
import { useRawInput } from '../hooks/use-raw-input.js';
import type { PlayRun } from '../hooks/use-play-run.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useUi } from '../hooks/use-ui.js';
import { keysFor } from '../keys.js';
import type { Run } from '../run.js';
import { typingKeys } from '../typing-keys.js';
import { prepareTurn } from '../understand-typed.js';
import { ChoiceList } from './choice-list.js';
import { ConversationView } from './conversation-view.js';
import { CurrentLine } from './current-line.js';
import { FlagBanner } from './flag-banner.js';
import { FreeReplyPanel } from './free-reply-panel.js';
import { HelpPanel } from './help-panel.js';
import { KeyBar } from './key-bar.js';
import { MeterBars } from './meter-bars.js';
import { SituationHeader } from './situation-header.js';
import { StatusLine } from './status-line.js';
import { Wrapped } from './wrapped.js';

interface Props {
  run: Run;
  play: PlayRun;
  help: boolean;
  /** Leaves the ended conversation for the debrief. */
  onDebrief(): void;
  /** Terminal rows: a short terminal gets a more compact header. */
  rows: number;
  /** The status line's message (a passing note, or the question before quitting). */
  note?: string | undefined;
  /** Keys go elsewhere for now (the quit question). */
  paused?: boolean;
  /** Free reply: calls start with the learner typing. */
  free?: boolean;
  /** Set while the learner is typing, so the app's own keys (q, ?) are text then. */
  typing?: MutableRefObject<boolean>;
}

/**
 * One turn of the roleplay: the situation, the conversation so far, the
 * debtor's line, the replies to choose from, and what the last reply caused.
 */
export function PlayScreen({ run, play, help, onDebrief, rows, note, paused = false, free: startTyping = false, typing }: Props) {
  const { t } = useUi();
  const { session } = run;
  const turn = session.turn;
  const steps = session.steps;
  const last = steps.at(-1);
  const practice = session.mode === 'practice';
  const [quizOpen, setQuizOpen] = useState(false);
  const excuses = useMemo(() => excuseOptions(session.dialogue, session.language), [session]);
  const page = `${session.seed}:${steps.length}:${turn.state}`;
  const choices = useCursorList(turn.choices.length, page);
  const quiz = useCursorList(excuses.length, quizOpen);
  const scroll = useScroll(steps.length, 'back');
  const free = useFreeReply(session, page, startTyping);
  // Typing takes every key but Ctrl-C; the list's keys, and the app's q and ?, wait until Esc or Tab.
  const typingNow = () => free.current() !== 'pick' && !session.ended && !quizOpen && !help && !paused;
  const typingActive = typingNow();
  if (typing) typing.current = typingActive;
  useEffect(() => () => {
    if (typing) typing.current = false;
  }, [typing]);
  // The screen's replies are read while the learner reads the debtor's line, so Enter answers within a frame.
  useEffect(() => prepareTurn(session), [session, page]);
  const keys = quizOpen
    ? keysFor('quiz', t, { items: excuses.length })
    : session.ended
      ? keysFor('over', t)
      : typingActive
        ? keysFor(free.phase === 'confirm' ? 'confirm' : 'typing', t)
        : keysFor('play', t, { practice, items: turn.choices.length });

  useRawInput((raw) => {
    for (const key of typingKeys(raw)) {
      // A burst can hold Esc and more: the rest goes to the list's keys.
      if (!typingNow()) return;
      free.key(key, {
        choose: (id, typed) => play.choose(id, typed),
        scroll: (by) => scroll.handle({ pageUp: by === 'pageUp', pageDown: by === 'pageDown' } as Key),
      });
      if (free.current() === 'pick' && typing) {
        typing.current = false;
        // Tab after a match (or between two) opens the list on the reply Parley meant.
        const at = session.available().findIndex((c) => c.id === free.suggestion());
        if (at >= 0) choices.move(at - choices.current());
      }
    }
  }, typingActive);

  useKeys((input, key) => {
    if (quizOpen) {
      if (key.escape) return setQuizOpen(false);
      const picked = /^[1-9]$/.test(input) ? Number(input) - 1 : key.return ? quiz.current() : undefined;
      if (picked !== undefined && excuses[picked]) {
        play.identify(excuses[picked].id);
        setQuizOpen(false);
      } else if (key.upArrow) quiz.move(-1);
      else if (key.downArrow) quiz.move(1);
      return;
    }
    if (typingNow()) return;
    if (scroll.handle(key)) return;
    if (session.ended) {
      if (key.return) onDebrief();
      return;
    }
    // Read the session now, not the last render: several keys can arrive before React draws again.
    const available = session.available();
    if (/^[1-9]$/.test(input)) {
      const choice = available[Number(input) - 1];
      if (choice) play.choose(choice.id);
    } else if (key.return) {
      const choice = available[choices.current()];
      if (choice) play.choose(choice.id);
    } else if (key.upArrow || input === 'k') choices.move(-1);
    else if (key.downArrow || input === 'j') choices.move(1);
    else if (input === 'u') play.undo();
    else if (input === 't') {
      free.type();
      if (typing) typing.current = true;
    }
    else if (input === 'e') {
      if (practice) setQuizOpen(true);
      else play.say((strings) => strings.quizAssessment);
    }
  }, !help && !paused);

  return (
    <Box flexDirection="column" flexGrow={1}>
      <SituationHeader session={session} compact={rows < 28} />
      {help ? (
        <HelpPanel keys={keys} />
      ) : (
        <>
          <ConversationView
            session={session}
            entries={conversation(session)}
            identified={play.identified}
            offset={scroll.offset}
            onRange={scroll.setRange}
          >
            <CurrentLine turn={turn} speaker={speakerName(session, turn.speaker)} identified={play.identified} />
            {practice && last && last.flags.length > 0 ? <FlagBanner flags={last.flags} jurisdictions={session.dialogue.meta.jurisdictions} /> : null}
          </ConversationView>
          {turn.final ? (
            <Wrapped bold text={turn.outcome ? t.conversationEnded(turn.outcome.name) : t.conversationOver} />
          ) : typingActive ? (
            <FreeReplyPanel free={free} />
          ) : quizOpen ? (
            <ChoiceList title={t.quizTitle} items={excuses.map((e) => ({ key: e.id, text: e.name }))} selected={quiz.index} />
          ) : (
            <ChoiceList title={t.yourReply} items={turn.choices.map((c) => ({ key: c.id, text: c.text }))} selected={choices.index} />
          )}
          <Box marginTop={rows < 28 ? 0 : 1} flexShrink={0}>
            {practice ? <MeterBars session={session} changes={last?.meterChanges ?? {}} /> : <Text dimColor>{t.assessmentNote}</Text>}
          </Box>
          <StatusLine text={note} />
        </>
      )}
      <KeyBar keys={keys} />
    </Box>
  );
}

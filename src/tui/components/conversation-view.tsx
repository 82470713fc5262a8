import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { excuseTypes } from '../../catalog/index.js';
import type { Session } from '../../engine/session.js';
import type { ConversationEntry } from '../conversation.js';
import { meterName } from '../../render/meter-name.js';
import { signed } from '../format.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { ScrollView } from './scroll-view.js';
import { FlagTitle } from './severity-mark.js';
import { Speech } from './speech.js';
import { Hanging, Wrapped } from './wrapped.js';
import { Inset } from '../width.js';

interface Props {
  session: Session;
  entries: readonly ConversationEntry[];
  identified: ReadonlySet<string>;
  offset: number;
  onRange(max: number, min: number, view: number): void;
  /** What is happening now (the debtor's line, the flag banner): kept in view below the history, scrolled rather than cut. */
  children?: ReactNode;
}

/** The conversation so far, newest at the bottom, scrolling back with PgUp. */
export function ConversationView({ session, entries, identified, offset, onRange, children }: Props) {
  return (
    <ScrollView
      anchor="bottom"
      offset={offset}
      onRange={onRange}
      before={entries.map((entry) => (
        <Entry key={entry.key} entry={entry} session={session} identified={identified} />
      ))}
    >
      {children}
    </ScrollView>
  );
}

function Entry({ entry, session, identified }: { entry: ConversationEntry; session: Session; identified: ReadonlySet<string> }) {
  const { t, language } = useUi();
  const hue = useHue();
  const practice = session.mode === 'practice';
  if (entry.kind === 'scene') {
    return <Wrapped dimColor italic text={t.paren(entry.text)} />;
  }
  if (entry.kind === 'line') {
    const excuse = entry.excuse && identified.has(entry.excuse) ? excuseTypes.get(entry.excuse)?.name[language] : undefined;
    return <Speech speaker={entry.speaker} text={entry.text} excuse={excuse} />;
  }
  const changes = entry.changes.map((c) => `${meterName(session.dialogue, c.meter, language)} ${signed(c.delta)}`).join(' · ');
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Speech speaker={`${t.you}${t.aside(t.turn(entry.turn))}`} text={entry.text} hue={hue('cyan')} />
      <Box flexDirection="column" paddingLeft={4}>
        <Inset by={4}>
          {entry.matched ? <Wrapped dimColor text={t.free.matched(entry.matched)} /> : null}
          {entry.reaction ? <Wrapped dimColor text={t.paren(entry.reaction)} /> : null}
          {practice && entry.flags.map((flag) => <FlagTitle key={flag.id} severity={flag.severity} name={flag.name} />)}
          {practice && changes ? <Wrapped dimColor text={changes} /> : null}
          {practice && entry.feedback ? (
            <Hanging
              label={
                <Text color={hue('green')} bold>
                  {t.coach}
                  {t.colon}
                </Text>
              }
              labelText={`${t.coach}${t.colon}`}
              text={entry.feedback}
            />
          ) : null}
        </Inset>
      </Box>
    </Box>
  );
}

import { Box, Text } from 'ink';
import { excuseTypes } from '../../catalog/index.js';
import type { Session } from '../../engine/session.js';
import type { ConversationEntry } from '../conversation.js';
import { meterName } from '../../render/meter-name.js';
import { signed } from '../format.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { ScrollView } from './scroll-view.js';
import { SeverityMark } from './severity-mark.js';
import { Speech } from './speech.js';

interface Props {
  session: Session;
  entries: readonly ConversationEntry[];
  identified: ReadonlySet<string>;
  offset: number;
  onRange(max: number): void;
}

/** The conversation so far, newest at the bottom, scrolling back with PgUp. */
export function ConversationView({ session, entries, identified, offset, onRange }: Props) {
  return (
    <ScrollView anchor="bottom" offset={offset} onRange={onRange}>
      {entries.map((entry) => (
        <Entry key={entry.key} entry={entry} session={session} identified={identified} />
      ))}
    </ScrollView>
  );
}

function Entry({ entry, session, identified }: { entry: ConversationEntry; session: Session; identified: ReadonlySet<string> }) {
  const { t, language } = useUi();
  const hue = useHue();
  const practice = session.mode === 'practice';
  if (entry.kind === 'scene') {
    return (
      <Text dimColor italic>
        ({entry.text})
      </Text>
    );
  }
  if (entry.kind === 'line') {
    const excuse = entry.excuse && identified.has(entry.excuse) ? excuseTypes.get(entry.excuse)?.name[language] : undefined;
    return <Speech speaker={entry.speaker} text={entry.text} excuse={excuse} />;
  }
  const changes = entry.changes.map((c) => `${meterName(session.dialogue, c.meter, language)} ${signed(c.delta)}`).join(' · ');
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Speech speaker={`${t.you} (${t.turn(entry.turn)})`} text={entry.text} hue={hue('cyan')} />
      <Box flexDirection="column" paddingLeft={4}>
        {entry.reaction ? <Text dimColor>({entry.reaction})</Text> : null}
        {practice && entry.flags.map((flag) => (
          <Text key={flag.id}>
            <SeverityMark severity={flag.severity} /> {flag.name}
          </Text>
        ))}
        {practice && changes ? <Text dimColor>{changes}</Text> : null}
        {practice && entry.feedback ? (
          <Text>
            <Text color={hue('green')} bold>
              {t.coach}
              {t.colon}
            </Text>
            {entry.feedback}
          </Text>
        ) : null}
      </Box>
    </Box>
  );
}

import { Box } from 'ink';
import type { Turn } from '../../engine/types.js';
import { sanitize } from '../../text/sanitize.js';
import { useUi } from '../hooks/use-ui.js';
import { Speech } from './speech.js';
import { Wrapped } from './wrapped.js';

/** What the debtor just said, set apart from the history; its excuse type shows once the learner has named it. */
export function CurrentLine({ turn, speaker, identified }: { turn: Turn; speaker: string; identified: ReadonlySet<string> }) {
  const { t } = useUi();
  const excuse = turn.excuse && identified.has(turn.excuse.id) ? turn.excuse : undefined;
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="single" borderLeft={false} borderRight={false} borderBottom={false}>
      {turn.scene ? <Wrapped dimColor italic text={t.paren(sanitize(turn.scene))} /> : null}
      {turn.line !== undefined ? <Speech speaker={speaker} text={sanitize(turn.line)} bold /> : null}
      {excuse ? <Wrapped dimColor text={`${t.excuse}${t.colon}${excuse.name}`} /> : null}
    </Box>
  );
}

import { Box, Spacer, Text } from 'ink';
import type { Session } from '../../engine/session.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { formatMoney } from '../format.js';
import { useUi } from '../hooks/use-ui.js';

/** Who the learner is talking to and about what: the debtor, the debt, the channel, and the mode. */
export function SituationHeader({ session }: { session: Session }) {
  const { t, language } = useUi();
  const { meta } = session.dialogue;
  const { debt } = meta.debtor;
  const facts = [
    sanitizeLine(meta.debtor.name),
    t.channel[meta.setting.channel],
    formatMoney(debt.amount, debt.currency, language),
    t.daysOverdue(debt.days_past_due),
    ...(debt.creditor ? [t.owedTo(sanitizeLine(debt.creditor))] : []),
  ];
  return (
    <Box borderStyle="round" paddingX={1} flexDirection="column" flexShrink={0}>
      <Box>
        <Text bold wrap="truncate-end">
          {sanitizeLine(meta.title)}
        </Text>
        <Spacer />
        <Text>
          {' '}
          [{t.mode[session.mode]}] <Text dimColor>{t.variant} {session.seed}</Text>
        </Text>
      </Box>
      <Text>{facts.join(' · ')}</Text>
    </Box>
  );
}

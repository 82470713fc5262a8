import { Box, Spacer, Text } from 'ink';
import type { Session } from '../../engine/session.js';
import { displayWidth, truncateWidth } from '../../render/text-width.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { formatMoney } from '../format.js';
import { useUi } from '../hooks/use-ui.js';
import { Inset, useWidth } from '../width.js';
import { Wrapped } from './wrapped.js';

/** Who the learner is talking to and about what: the debtor, the debt, the channel, the rule set, and the mode. */
export function SituationHeader({ session, compact = false }: { session: Session; compact?: boolean }) {
  const { t, language } = useUi();
  // On a short terminal the box keeps only its bottom line, giving two rows to the conversation.
  const inset = compact ? 0 : 4;
  const width = useWidth() - inset;
  const { meta } = session.dialogue;
  const { debt } = meta.debtor;
  const facts = [
    sanitizeLine(meta.debtor.name),
    t.channel[meta.setting.channel],
    formatMoney(debt.amount, debt.currency, language),
    t.daysOverdue(debt.days_past_due),
    ...(debt.creditor ? [t.owedTo(sanitizeLine(debt.creditor))] : []),
    t.rulesOf(session.jurisdiction.name[language]),
  ];
  const mode = ` [${t.mode[session.mode]}] ${t.variant} ${session.seed}`;
  // The title gives way to the mode, and says so with "…".
  const title = truncateWidth(sanitizeLine(meta.title), Math.max(1, width - displayWidth(mode)));
  return (
    <Box borderStyle={compact ? undefined : 'round'} paddingX={compact ? 0 : 1} flexDirection="column" flexShrink={0}>
      <Box>
        <Text bold>{title}</Text>
        <Spacer />
        <Text>
          {' '}
          [{t.mode[session.mode]}] <Text dimColor>{t.variant} {session.seed}</Text>
        </Text>
      </Box>
      <Inset by={inset}>
        {/* Each fact wraps as a whole: "38 days overdue" is never split across rows. */}
        <Wrapped text={facts.map((fact) => fact.replace(/ /g, '\u00a0')).join(' · ')} />
      </Inset>
      {compact ? <Text dimColor>{'─'.repeat(width)}</Text> : null}
    </Box>
  );
}

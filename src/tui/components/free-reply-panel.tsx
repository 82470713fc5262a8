import { Box } from 'ink';
import { sanitizeLine } from '../../text/sanitize.js';
import type { FreeReply, Verdict } from '../hooks/use-free-reply.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { MAX_REPLY_CHARS } from '../reply-draft.js';
import type { UiStrings } from '../ui-strings.js';
import { ReplyInput } from './reply-input.js';
import { Wrapped } from './wrapped.js';

/** What Parley says under the typed reply, in the interface language; choice texts come from the dialogue and are made safe here. */
export function verdictText(verdict: Verdict, t: UiStrings): string {
  const quote = (text: string) => `${t.open}${sanitizeLine(text)}${t.close}`;
  switch (verdict.kind) {
    case 'meant':
      return t.free.meant(quote(verdict.choice.text));
    case 'between':
      return t.free.between(quote(verdict.first.text), quote(verdict.second.text));
    case 'unclear':
      return t.free.unclear;
    case 'empty':
      return t.free.empty;
    case 'full':
      return t.free.full(MAX_REPLY_CHARS);
  }
}

/** The reply typed in free-reply mode, and what Parley understood it as: the list's place on the play screen while typing. */
export function FreeReplyPanel({ free }: { free: FreeReply }) {
  const { t } = useUi();
  const hue = useHue();
  const { verdict } = free;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Wrapped dimColor text={t.free.title} />
      <ReplyInput draft={free.draft} placeholder={t.free.placeholder} active={free.phase === 'typing'} />
      {verdict ? <Wrapped bold={verdict.kind === 'meant'} color={hue(verdict.kind === 'meant' ? 'green' : 'yellow')} text={verdictText(verdict, t)} /> : null}
    </Box>
  );
}

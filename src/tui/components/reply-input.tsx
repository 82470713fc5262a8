import { Box, Text } from 'ink';
import { truncateWidth } from '../../render/text-width.js';
import { draftRows, type ReplyDraft } from '../reply-draft.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { useHue } from '../hooks/use-ui.js';
import { useWidth } from '../width.js';

const PROMPT = '› ';

/**
 * The line the learner types the reply on: wrapped by display width (a
 * Chinese character takes two columns and is never split), with the cursor a
 * highlighted cell. Typed text is printed only through the terminal sanitiser.
 */
export function ReplyInput({ draft, placeholder, active }: { draft: ReplyDraft; placeholder: string; active: boolean }) {
  const hue = useHue();
  const width = useWidth();
  const room = Math.max(4, width - PROMPT.length);
  // Each character is made safe on its own, so the cursor's position still counts characters.
  const safe = { ...draft, chars: draft.chars.map((c) => sanitizeLine(c) || ' ') };
  const { rows, cursorRow, cursorIndex } = draftRows(safe, room);
  return (
    <Box flexDirection="column" flexShrink={0}>
      {rows.map((row, r) => (
        <Text key={r} wrap="truncate-end">
          <Text color={hue('cyan')} bold>
            {r === 0 ? PROMPT : ' '.repeat(PROMPT.length)}
          </Text>
          {r === cursorRow && active ? (
            <>
              {row.slice(0, cursorIndex).join('')}
              <Text inverse>{row[cursorIndex]}</Text>
              {row.slice(cursorIndex + 1).join('')}
            </>
          ) : (
            row.join('')
          )}
          {draft.chars.length === 0 ? <Text dimColor>{truncateWidth(placeholder, room - 1)}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}

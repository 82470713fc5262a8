import { Box, Text } from 'ink';
import { useUi } from '../hooks/use-ui.js';

interface Props {
  speaker: string;
  text: string;
  /** The excuse type's name, once the learner has named it. */
  excuse?: string | undefined;
  bold?: boolean;
  hue?: string | undefined;
}

/** "Name: “line”" with the line wrapping under itself, not under the name. */
export function Speech({ speaker, text, excuse, bold = false, hue }: Props) {
  const { t } = useUi();
  return (
    <Box>
      <Box flexShrink={0}>
        <Text bold color={hue}>
          {speaker}
          {excuse ? <Text dimColor> ‹{excuse}›</Text> : null}
          {t.colon}
        </Text>
      </Box>
      <Box flexShrink={1}>
        <Text bold={bold}>“{text}”</Text>
      </Box>
    </Box>
  );
}

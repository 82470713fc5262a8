import { Box, Text } from 'ink';
import type { KeyHint } from '../keys.js';
import { useUi } from '../hooks/use-ui.js';

/** The `?` panel: every key of the current screen with what it does. */
export function HelpPanel({ keys }: { keys: readonly KeyHint[] }) {
  const { t } = useUi();
  const rows = [...keys, { key: 'Ctrl-C', words: t.keys.quit }];
  const width = Math.max(...rows.map(({ key }) => key.length)) + 2;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexShrink={0}>
      <Text bold>{t.keys.title}</Text>
      {rows.map(({ key, words }) => (
        <Box key={key}>
          <Box width={width} flexShrink={0}>
            <Text bold>{key}</Text>
          </Box>
          <Text>{words[1]}</Text>
        </Box>
      ))}
      <Text dimColor>{t.keys.anyKey}</Text>
    </Box>
  );
}

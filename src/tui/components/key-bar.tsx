import { Box, Text } from 'ink';
import type { KeyHint } from '../keys.js';

/** One line of key hints at the bottom of a screen: "q quit · ? keys". */
export function KeyBar({ keys }: { keys: readonly KeyHint[] }) {
  return (
    <Box flexShrink={0}>
      <Text dimColor wrap="truncate-end">
        {keys.map(({ key, words }) => `${key} ${words[0]}`).join(' · ')}
      </Text>
    </Box>
  );
}

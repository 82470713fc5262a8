import { Box, Text } from 'ink';
import { displayWidth } from '../../render/text-width.js';
import type { KeyHint } from '../keys.js';
import { useWidth } from '../width.js';

/** Groups the hints into rows of `width` columns, never splitting a hint. */
export function keyBarRows(keys: readonly KeyHint[], width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const { key, words } of keys) {
    const hint = `${key} ${words[0]}`;
    const next = row ? `${row} · ${hint}` : hint;
    if (row && displayWidth(next) > width) {
      rows.push(row);
      row = hint;
    } else row = next;
  }
  if (row) rows.push(row);
  return rows;
}

/** The key hints at the bottom of a screen: "q quit · ? keys", always whole (on two rows if the terminal is narrow). */
export function KeyBar({ keys }: { keys: readonly KeyHint[] }) {
  const width = useWidth();
  return (
    <Box flexShrink={0} flexDirection="column">
      {keyBarRows(keys, width).map((row) => (
        <Text key={row} dimColor wrap="truncate-end">
          {row}
        </Text>
      ))}
    </Box>
  );
}

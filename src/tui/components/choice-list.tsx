import { Box, Text } from 'ink';
import { sanitize } from '../../text/sanitize.js';
import { useHue } from '../hooks/use-ui.js';

export interface ListItem {
  key: string;
  text: string;
}

interface Props {
  title: string;
  items: readonly ListItem[];
  selected: number;
}

/** A numbered list with a cursor: what number keys and arrows + Enter pick from. */
export function ChoiceList({ title, items, selected }: Props) {
  const hue = useHue();
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text dimColor>{title}</Text>
      {items.map((item, index) => {
        const current = index === selected;
        return (
          <Box key={item.key}>
            <Box flexShrink={0}>
              <Text bold={current} color={current ? hue('cyan') : undefined}>
                {current ? '› ' : '  '}
                {index + 1}.{' '}
              </Text>
            </Box>
            <Box flexShrink={1}>
              <Text bold={current} color={current ? hue('cyan') : undefined}>
                {sanitize(item.text)}
              </Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

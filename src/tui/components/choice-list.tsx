import { Text } from 'ink';
import { Box } from 'ink';
import { sanitize } from '../../text/sanitize.js';
import { useHue } from '../hooks/use-ui.js';
import { Hanging } from './wrapped.js';

export interface ListItem {
  key: string;
  text: string;
}

interface Props {
  title: string;
  items: readonly ListItem[];
  selected: number;
}

/** A numbered list with a cursor: what number keys and arrows + Enter pick from. Wrapped lines align under the text, past "10." too. */
export function ChoiceList({ title, items, selected }: Props) {
  const hue = useHue();
  const digits = String(items.length).length;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text dimColor>{title}</Text>
      {items.map((item, index) => {
        const current = index === selected;
        const prefix = `${current ? '› ' : '  '}${String(index + 1).padStart(digits)}. `;
        return (
          <Hanging
            key={item.key}
            label={
              <Text bold={current} color={current ? hue('cyan') : undefined}>
                {prefix}
              </Text>
            }
            labelText={prefix}
            text={sanitize(item.text)}
            bold={current}
            color={current ? hue('cyan') : undefined}
          />
        );
      })}
    </Box>
  );
}

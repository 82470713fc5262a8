import { Box, Text, type TextProps } from 'ink';
import type { ReactNode } from 'react';
import { displayWidth, wrapText } from '../../render/text-width.js';
import { useWidth } from '../width.js';

type Style = Pick<TextProps, 'bold' | 'dimColor' | 'italic' | 'color'>;

/**
 * Text wrapped to the width (a no-break space holds words together, and is drawn as a space) the layout gives it, one row per line. A line that
 * still does not fit (it cannot, unless the layout is wrong) is cut with "…".
 */
export function Wrapped({ text, width, ...style }: { text: string; width?: number | undefined } & Style) {
  const available = useWidth();
  const lines = wrapText(text, width ?? available);
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end" {...style}>
          {line.replace(/\u00a0/g, ' ') || ' '}
        </Text>
      ))}
    </Box>
  );
}

/**
 * "Label: text" with the text wrapping under itself, not under the label.
 * `label` is what is drawn, `labelText` its plain text (to measure it).
 */
export function Hanging({ label, labelText, text, ...style }: { label: ReactNode; labelText: string; text: string } & Style) {
  const available = useWidth();
  // A label wider than half the line would leave a ribbon: the text then goes under it.
  const labelWidth = displayWidth(labelText);
  if (labelWidth > available / 2) {
    return (
      <Box flexDirection="column" flexShrink={0}>
        {label}
        <Wrapped text={text} {...style} />
      </Box>
    );
  }
  return (
    <Box flexShrink={0}>
      <Box width={labelWidth} flexShrink={0}>
        {label}
      </Box>
      <Wrapped text={text} width={available - labelWidth} {...style} />
    </Box>
  );
}

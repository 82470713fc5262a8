import { Box, Text } from 'ink';
import type { Dialogue } from '../../schema/dialogue.js';
import { meterName } from '../../render/meter-name.js';
import { sparkline } from '../format.js';
import { useHue, useUi } from '../hooks/use-ui.js';

/** Each meter over the turns as a sparkline, from its start to where it ended. */
export function MeterChart({ dialogue, series }: { dialogue: Dialogue; series: Readonly<Record<string, readonly number[]>> }) {
  const { t, language } = useUi();
  const hue = useHue();
  const rows = Object.entries(series).map(([name, values]) => ({ name, label: meterName(dialogue, name, language), values }));
  const width = Math.max(...rows.map((r) => r.label.length)) + 2;
  return (
    <Box flexDirection="column">
      {rows.map(({ name, label, values }) => {
        const range = dialogue.meta.meters?.[name] ?? { min: 0, max: 10 };
        return (
          <Text key={name}>
            {'  '}
            {label.padEnd(width)}
            <Text color={hue(name === 'legal_exposure' ? 'red' : 'green')}>{sparkline(values, range.min, range.max)}</Text>{' '}
            <Text dimColor>{values.join(' → ')}</Text>
          </Text>
        );
      })}
    </Box>
  );
}

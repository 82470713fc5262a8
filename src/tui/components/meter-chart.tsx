import { Box, Text } from 'ink';
import type { Dialogue } from '../../schema/dialogue.js';
import { meterName } from '../../render/meter-name.js';
import { displayWidth, padEndWidth } from '../../render/text-width.js';
import { sparkline } from '../format.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { Inset } from '../width.js';
import { Hanging } from './wrapped.js';

/** Each meter over the turns as a sparkline, from its start to where it ended; the sparklines start in one column, whatever the script. */
export function MeterChart({ dialogue, series }: { dialogue: Dialogue; series: Readonly<Record<string, readonly number[]>> }) {
  const { language } = useUi();
  const hue = useHue();
  const rows = Object.entries(series).map(([name, values]) => ({ name, label: meterName(dialogue, name, language), values }));
  const width = Math.max(...rows.map((r) => displayWidth(r.label))) + 2;
  return (
    <Box flexDirection="column">
      {rows.map(({ name, label, values }) => {
        const range = dialogue.meta.meters?.[name] ?? { min: 0, max: 10 };
        const spark = sparkline(values, range.min, range.max);
        const head = `  ${padEndWidth(label, width)}${spark} `;
        return (
          <Inset key={name} by={0}>
            <Hanging
              label={
                <Text>
                  {'  '}
                  {padEndWidth(label, width)}
                  <Text color={hue(name === 'legal_exposure' ? 'red' : 'green')}>{spark}</Text>{' '}
                </Text>
              }
              labelText={head}
              text={values.join(' → ')}
              dimColor
            />
          </Inset>
        );
      })}
    </Box>
  );
}

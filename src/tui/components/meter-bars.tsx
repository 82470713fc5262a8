import { Box, Text } from 'ink';
import type { Session } from '../../engine/session.js';
import { meterName } from '../../render/meter-name.js';
import { meterBar, signed } from '../format.js';
import { useHue, useUi } from '../hooks/use-ui.js';

/** The meters as small bars, each with the change the last reply made; they wrap onto more rows when the terminal is narrow. */
export function MeterBars({ session, changes }: { session: Session; changes: Readonly<Record<string, number>> }) {
  const { t, language } = useUi();
  const hue = useHue();
  return (
    <Box flexWrap="wrap" columnGap={3} flexShrink={0}>
      {session.meters().map((meter) => {
        const delta = changes[meter.name];
        const risky = meter.name === 'legal_exposure';
        return (
          <Box key={meter.name} flexShrink={0}>
            <Text>
              {meterName(session.dialogue, meter.name, language)}{' '}
              <Text color={hue(risky ? 'red' : 'green')}>{meterBar(meter.value, meter.min, meter.max)}</Text> {meter.value}
              {delta ? <Text bold> ({signed(delta)})</Text> : null}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}

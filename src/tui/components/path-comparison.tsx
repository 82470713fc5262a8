import { Box, Text } from 'ink';
import type { PathComparison as Comparison } from '../../analyze/path-divergence.js';
import { sanitize } from '../../text/sanitize.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { Inset, useWidth } from '../width.js';
import { Wrapped } from './wrapped.js';

/**
 * The learner's replies beside the shortest flag-free path to the best
 * outcome, with the turn where they parted marked and the compliant reply spelled out.
 */
export function PathComparison({ comparison }: { comparison: Comparison | undefined }) {
  const { t } = useUi();
  const hue = useHue();
  const width = useWidth();
  if (!comparison) {
    return (
      <Box paddingLeft={2}>
        <Inset by={2}>
          <Wrapped text={t.noCompliantPath} />
        </Inset>
      </Box>
    );
  }
  const { rows, partedAt } = comparison;
  // Both columns wrap: a reply is never cut short.
  const cell = Math.max(8, Math.floor((width - 10) / 2));
  return (
    <Box flexDirection="column">
      <Box>
        <Box width={8} flexShrink={0} />
        <Box width={cell} flexShrink={0} marginRight={2}>
          <Wrapped bold text={t.yourPath} width={cell} />
        </Box>
        <Box width={cell} flexShrink={0}>
          <Wrapped bold text={t.compliantPath} width={cell} />
        </Box>
      </Box>
      {rows.map((row) => {
        const parted = row.turn === partedAt?.turn;
        return (
          <Box key={row.turn}>
            <Box width={8} flexShrink={0}>
              <Text bold={parted} color={parted ? hue('yellow') : undefined}>
                {parted ? '▶ ' : '  '}
                {String(row.turn).padStart(2)}.
              </Text>
            </Box>
            <Box width={cell} flexShrink={0} marginRight={2}>
              <Wrapped width={cell} dimColor={!row.learner} text={row.learner ? sanitize(row.learner.text) : parted ? t.stoppedBefore : '—'} />
            </Box>
            <Box width={cell} flexShrink={0}>
              <Wrapped width={cell} bold={parted} text={row.compliant ? sanitize(row.compliant.text) : '—'} />
            </Box>
          </Box>
        );
      })}
      {partedAt ? (
        <Box flexDirection="column" marginTop={1} paddingLeft={2}>
          <Inset by={2}>
            <Wrapped color={hue('yellow')} bold text={`▶ ${t.compliantWouldBe(partedAt.turn)}`} />
          </Inset>
          <Box paddingLeft={2}>
            <Inset by={4}>
              <Wrapped text={`${t.open}${sanitize(partedAt.compliant.text)}${t.close}`} />
            </Inset>
          </Box>
        </Box>
      ) : (
        <Box paddingLeft={2}>
          <Inset by={2}>
            <Wrapped color={hue('green')} text={t.samePath} />
          </Inset>
        </Box>
      )}
    </Box>
  );
}

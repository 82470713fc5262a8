import { Box, Text } from 'ink';
import type { PathComparison as Comparison } from '../../analyze/path-divergence.js';
import { sanitize } from '../../text/sanitize.js';
import { useHue, useUi } from '../hooks/use-ui.js';

/**
 * The learner's replies beside the shortest flag-free path to the best
 * outcome, with the turn where they parted marked and the compliant reply spelled out.
 */
export function PathComparison({ comparison }: { comparison: Comparison | undefined }) {
  const { t } = useUi();
  const hue = useHue();
  if (!comparison) return <Text>{'  '}{t.noCompliantPath}</Text>;
  const { rows, partedAt } = comparison;
  return (
    <Box flexDirection="column">
      <Box>
        <Box width={8} flexShrink={0} />
        <Box flexBasis={0} flexGrow={1} marginRight={2}>
          <Text bold>{t.yourPath}</Text>
        </Box>
        <Box flexBasis={0} flexGrow={1}>
          <Text bold>{t.compliantPath}</Text>
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
            <Box flexBasis={0} flexGrow={1} marginRight={2}>
              <Text wrap="truncate-end" dimColor={!row.learner}>
                {row.learner ? sanitize(row.learner.text) : parted ? t.stoppedBefore : '—'}
              </Text>
            </Box>
            <Box flexBasis={0} flexGrow={1}>
              <Text wrap="truncate-end" bold={parted}>
                {row.compliant ? sanitize(row.compliant.text) : '—'}
              </Text>
            </Box>
          </Box>
        );
      })}
      {partedAt ? (
        <Box flexDirection="column" marginTop={1} paddingLeft={2}>
          <Text color={hue('yellow')} bold>
            ▶ {t.compliantWouldBe(partedAt.turn)}
          </Text>
          <Box paddingLeft={2}>
            <Text>“{sanitize(partedAt.compliant.text)}”</Text>
          </Box>
        </Box>
      ) : (
        <Text color={hue('green')}>
          {'  '}
          {t.samePath}
        </Text>
      )}
    </Box>
  );
}

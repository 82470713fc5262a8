import { Box, Text } from 'ink';
import type { FlagHit } from '../../engine/types.js';
import { formatReferences } from '../../render/format-reference.js';
import { sanitize } from '../../text/sanitize.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { SeverityMark } from './severity-mark.js';

/**
 * What was wrong with the reply just chosen, impossible to miss: the flag,
 * its severity, why it is a problem, the rule it breaks and what to say instead.
 */
export function FlagBanner({
  flags,
  jurisdictions,
  compact = false,
}: {
  flags: readonly FlagHit[];
  jurisdictions?: readonly string[] | undefined;
  /** On a short terminal the explanation keeps to one line, so the rule and the better reply stay in view. */
  compact?: boolean;
}) {
  const { t, language } = useUi();
  const hue = useHue();
  const worst = flags.some((f) => f.severity !== 'caution') ? 'red' : 'yellow';
  // On a short terminal the banner gives up rows before the choices do.
  return (
    <Box flexDirection="column" flexShrink={1} overflow="hidden" borderStyle="double" borderColor={hue(worst)} paddingX={1}>
      {flags.map((flag, index) => (
        <Box key={flag.id} flexDirection="column" flexShrink={0} marginTop={index > 0 ? 1 : 0}>
          <Text>
            <SeverityMark severity={flag.severity} /> <Text bold>{flag.name}</Text>
          </Text>
          {flag.because ? <Field label={t.situation} text={sanitize(flag.because)} /> : null}
          {/* Keyed by the wrap mode: ink does not re-measure a text whose wrapping alone changed. */}
          <Field key={compact ? 'why-short' : 'why'} label={t.why} text={flag.explanation} oneLine={compact} />
          <Field label={t.rule} text={formatReferences(flag.references, jurisdictions, language)} />
          <Field label={t.better} text={sanitize(flag.better)} strong />
        </Box>
      ))}
    </Box>
  );
}

function Field({ label, text, strong = false, oneLine = false }: { label: string; text: string; strong?: boolean; oneLine?: boolean }) {
  const { t } = useUi();
  const hue = useHue();
  return (
    <Box flexShrink={0}>
      <Box flexShrink={0}>
        <Text dimColor={!strong} bold={strong} color={strong ? hue('green') : undefined}>
          {label}
          {t.colon}
        </Text>
      </Box>
      <Box flexShrink={1}>
        <Text wrap={oneLine ? 'truncate-end' : 'wrap'}>{text}</Text>
      </Box>
    </Box>
  );
}

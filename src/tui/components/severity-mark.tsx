import { Text } from 'ink';
import type { Severity } from '../../schema/catalog.js';
import { useHue, useUi } from '../hooks/use-ui.js';

/**
 * A flag's severity as a label that stands out: red (yellow for a caution) in
 * colour, and "!! VIOLATION !!" text markers when colour is off.
 */
export function SeverityMark({ severity }: { severity: Severity }) {
  const { t, color } = useUi();
  const hue = useHue();
  const label = t.severity[severity];
  if (!color) return <Text bold>!! {label} !!</Text>;
  return (
    <Text bold color="white" backgroundColor={hue(severity === 'caution' ? 'yellow' : 'red')}>
      {' '}⚑ {label}{' '}
    </Text>
  );
}

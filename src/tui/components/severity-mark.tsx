import { Text } from 'ink';
import type { Severity } from '../../schema/catalog.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { Hanging } from './wrapped.js';

/** The label's plain text, to measure it: "!! VIOLATION !! " or " ⚑ VIOLATION  ". */
export function severityText(severity: Severity, label: string, color: boolean): string {
  return color ? ` ⚑ ${label}  ` : `!! ${label} !! `;
}

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

/** The severity label, then the flag's name wrapping beside it. */
export function FlagTitle({ severity, name, before = '' }: { severity: Severity; name: string; before?: string }) {
  const { t, color } = useUi();
  return (
    <Hanging
      label={
        <Text>
          {before}
          <SeverityMark severity={severity} />{' '}
        </Text>
      }
      labelText={before + severityText(severity, t.severity[severity], color)}
      text={name}
      bold
    />
  );
}

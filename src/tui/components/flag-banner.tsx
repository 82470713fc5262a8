import { Box, Text } from 'ink';
import type { FlagHit } from '../../engine/types.js';
import { formatReferences } from '../../render/format-reference.js';
import { sanitize, sanitizeLine } from '../../text/sanitize.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { Inset } from '../width.js';
import { FlagTitle } from './severity-mark.js';
import { Hanging } from './wrapped.js';

/**
 * What was wrong with the reply just chosen, impossible to miss: the flag,
 * its severity, why it is a problem, the rule it breaks and what to say instead.
 * Nothing in it is ever cut: on a short terminal it scrolls with the conversation.
 */
export function FlagBanner({ flags, jurisdictions }: { flags: readonly FlagHit[]; jurisdictions?: readonly string[] | undefined }) {
  const hue = useHue();
  const worst = flags.some((f) => f.severity !== 'caution') ? 'red' : 'yellow';
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="double" borderColor={hue(worst)} paddingX={1}>
      <Inset by={4}>
        {flags.map((flag, index) => (
          <Box key={flag.id} flexDirection="column" flexShrink={0} marginTop={index > 0 ? 1 : 0}>
            <FlagDetails flag={flag} jurisdictions={jurisdictions} />
          </Box>
        ))}
      </Inset>
    </Box>
  );
}

/** A flag's title, situation, why, rule and better reply: the banner and the debrief show the same. */
export function FlagDetails({ flag, jurisdictions, before }: { flag: FlagHit; jurisdictions?: readonly string[] | undefined; before?: string }) {
  const { t, language } = useUi();
  return (
    <>
      <FlagTitle severity={flag.severity} name={flag.name} {...(before ? { before } : {})} />
      {flag.because ? <Field label={t.situation} text={sanitize(flag.because)} /> : null}
      {flag.phrase ? <Field label={t.free.youTyped} text={`${t.open}${sanitizeLine(flag.phrase)}${t.close}`} /> : null}
      <Field label={t.why} text={flag.explanation} />
      <Field label={t.rule} text={formatReferences(flag.references, jurisdictions, language)} />
      <Field label={t.better} text={sanitize(flag.better)} strong />
    </>
  );
}

export function Field({ label, text, strong = false }: { label: string; text: string; strong?: boolean }) {
  const { t } = useUi();
  const hue = useHue();
  return (
    <Hanging
      label={
        <Text dimColor={!strong} bold={strong} color={strong ? hue('green') : undefined}>
          {label}
          {t.colon}
        </Text>
      }
      labelText={`${label}${t.colon}`}
      text={text}
    />
  );
}

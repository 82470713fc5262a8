import { Text } from 'ink';
import { useUi } from '../hooks/use-ui.js';
import { Hanging } from './wrapped.js';

interface Props {
  speaker: string;
  text: string;
  /** The excuse type's name, once the learner has named it. */
  excuse?: string | undefined;
  bold?: boolean;
  hue?: string | undefined;
}

/** "Name: “line”" with the line wrapping under itself, not under the name. */
export function Speech({ speaker, text, excuse, bold = false, hue }: Props) {
  const { t } = useUi();
  const tag = excuse ? ` ‹${excuse}›` : '';
  const label = (
    <Text bold color={hue}>
      {speaker}
      {excuse ? <Text dimColor>{tag}</Text> : null}
      {t.colon}
    </Text>
  );
  return <Hanging label={label} labelText={`${speaker}${tag}${t.colon}`} text={`${t.open}${text}${t.close}`} bold={bold} />;
}

import { Text } from 'ink';
import { useHue } from '../hooks/use-ui.js';

/** One passing message (undo, a reloaded file, a named excuse); nothing when there is none. */
export function StatusLine({ text }: { text: string | undefined }) {
  const hue = useHue();
  if (!text) return null;
  return (
    <Text color={hue('yellow')} bold>
      {text}
    </Text>
  );
}

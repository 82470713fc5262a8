import { useHue } from '../hooks/use-ui.js';
import { Wrapped } from './wrapped.js';

/** One passing message (undo, a reloaded file, a named excuse); nothing when there is none. */
export function StatusLine({ text }: { text: string | undefined }) {
  const hue = useHue();
  if (!text) return null;
  return <Wrapped color={hue('yellow')} bold text={text} />;
}

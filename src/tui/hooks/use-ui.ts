import { useContext } from 'react';
import { UiContext, type Ui } from '../ui-context.js';

export const useUi = (): Ui => useContext(UiContext);

type Hue = 'red' | 'yellow' | 'green' | 'cyan' | 'magenta' | 'gray';

/** A colour for ink's `color` prop, or none when colour is off (NO_COLOR). */
export function useHue(): (hue: Hue) => Hue | undefined {
  const { color } = useUi();
  return (hue) => (color ? hue : undefined);
}

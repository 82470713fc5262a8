import { useInput, useStdin, type Key } from 'ink';
import { useState } from 'react';

/**
 * useInput, but only where a keyboard can exist: ink's useInput throws when
 * stdin cannot go raw. A handler that throws is re-thrown while rendering, so
 * the error boundary sees it and the transcript still gets its end line.
 */
export function useKeys(handler: (input: string, key: Key) => void, active = true): void {
  const { isRawModeSupported } = useStdin();
  const [, setFailure] = useState<unknown>();
  useInput(
    (input, key) => {
      try {
        // Keys typed faster than the terminal is read arrive as one chunk ("qy"): each is its own key.
        const burst = input.length > 1 && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input);
        for (const one of burst ? [...input] : [input]) handler(one, key);
      } catch (error) {
        setFailure(() => {
          throw error;
        });
      }
    },
    { isActive: active && isRawModeSupported === true },
  );
}

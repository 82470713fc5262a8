import { useStdin } from 'ink';
import { useEffect, useRef, useState } from 'react';

/**
 * What the terminal sent, unparsed: a text input needs what useInput cannot
 * tell it (Backspace and Delete are one key to ink, a pasted line arrives as
 * one chunk). Only where a keyboard can exist; a handler that throws is
 * re-thrown while rendering, as in useKeys, so the error boundary sees it.
 */
export function useRawInput(handler: (raw: string) => void, active: boolean): void {
  const { isRawModeSupported, setRawMode, internal_eventEmitter: events } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  const [, setFailure] = useState<unknown>();
  const on = active && isRawModeSupported === true;
  useEffect(() => {
    if (!on) return;
    setRawMode(true);
    const listener = (raw: string) => {
      try {
        latest.current(raw);
      } catch (error) {
        setFailure(() => {
          throw error;
        });
      }
    };
    events.on('input', listener);
    return () => {
      events.removeListener('input', listener);
      setRawMode(false);
    };
  }, [on, events, setRawMode]);
}

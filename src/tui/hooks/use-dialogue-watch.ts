import { useEffect, useRef } from 'react';
import type { LoadedDialogueFile } from '../../io/load-dialogue-file.js';

/** Subscribes to a dialogue file's reloads; returns the unsubscribe. */
export type WatchDialogue = (onChange: (loaded: LoadedDialogueFile) => void) => () => void;

export function useDialogueWatch(watch: WatchDialogue | undefined, onChange: (loaded: LoadedDialogueFile) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => (watch ? watch((loaded) => latest.current(loaded)) : undefined), [watch]);
}

import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadDialogueFile, type LoadedDialogueFile, type LoadLimits } from './load-dialogue-file.js';

const SETTLE_MS = 120;

/**
 * Calls `onChange` with the reloaded dialogue whenever its file is saved.
 * The folder is watched, not the file, because editors often save by writing
 * a new file and renaming it over the old one; bursts of events are settled
 * into one reload, and a save that leaves the text unchanged is ignored.
 */
export function watchDialogueFile(file: string, limits: LoadLimits, onChange: (loaded: LoadedDialogueFile) => void, lastHash?: string): () => void {
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  let hash = lastHash;
  const reload = () => {
    timer = undefined;
    const loaded = loadDialogueFile(file, limits);
    if (loaded.ok && loaded.hash === hash) return;
    if (loaded.ok) hash = loaded.hash;
    onChange(loaded);
  };
  const watcher = watch(dirname(file), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}

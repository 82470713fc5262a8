import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * Where the dialogue a transcript was recorded from is now: the path it names,
 * read from the current folder, else from the transcript's own folder (golden
 * transcripts name it relative to themselves). Undefined when neither exists.
 */
export function locateRecordedDialogue(transcriptFile: string, recordedFile: string): string | undefined {
  const candidates = isAbsolute(recordedFile) ? [recordedFile] : [recordedFile, join(dirname(transcriptFile), recordedFile)];
  return candidates.find((file) => existsSync(file));
}

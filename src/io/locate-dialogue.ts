import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where the dialogue a transcript was recorded from is now. A transcript is
 * untrusted (it can be edited, or come from someone else), and the path in its
 * header is the only path in it, so it may only name a `.yaml` dialogue inside
 * the folder Parley is run in (transcripts name their dialogue relative to it)
 * or inside the transcript's own library: its folder, or for a golden
 * transcript (`<library>/tests/__golden__/<test>/…`) the library its test file
 * belongs to. Links are followed before the check. Anything else needs the
 * user's say-so on the command line (`--dialogue <file>`, or `parley play
 * <dialogue> --resume <t>`), passed in as `confirmed`: it holds for that one
 * call, never for a later run in the same process.
 */
export type RecordedDialogue =
  | { ok: true; file: string }
  | { ok: false; problem: 'missing' | 'refused'; message: string };

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The library a transcript belongs to: the folder its `tests/` folder is in, else its own folder. */
export function transcriptLibrary(transcriptFile: string): string {
  const folder = dirname(resolve(transcriptFile));
  const parts = folder.split(sep);
  const tests = parts.lastIndexOf('tests');
  return tests > 0 ? parts.slice(0, tests).join(sep) || sep : folder;
}

const real = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

const inside = (root: string, file: string): boolean => {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * `confirmed`: a dialogue file the user named on the command line for this
 * transcript; a transcript naming that file (after links) may load it wherever it is.
 */
export function locateRecordedDialogue(transcriptFile: string, recordedFile: string, cwd: string = process.cwd(), confirmed?: string): RecordedDialogue {
  const refused = (why: string): RecordedDialogue => ({
    ok: false,
    problem: 'refused',
    message: `the transcript names a dialogue ${why}; a transcript can only name a dialogue in the folder it is replayed from or in its own library. If you trust it, name the file with --dialogue <file>`,
  });
  if (CONTROL.test(recordedFile)) return refused('whose path contains control characters');
  if (!/\.ya?ml$/i.test(basename(recordedFile))) return refused('that is not a .yaml file');
  const roots = [cwd, transcriptLibrary(transcriptFile)];
  // `shown` is the path as it was found before (the recorded one, or beside the transcript).
  const candidates = isAbsolute(recordedFile)
    ? roots.map((root) => ({ root, file: recordedFile, shown: recordedFile }))
    : [
        { root: cwd, file: resolve(cwd, recordedFile), shown: recordedFile },
        { root: roots[1]!, file: join(dirname(resolve(transcriptFile)), recordedFile), shown: join(dirname(transcriptFile), recordedFile) },
      ];
  const confirmedFile = confirmed === undefined ? undefined : real(confirmed);
  let outside = false;
  for (const { root, file, shown } of candidates) {
    if (!existsSync(file)) continue;
    const realFile = real(file);
    const realRoot = real(root);
    if (realFile && ((realRoot && inside(realRoot, realFile)) || realFile === confirmedFile)) return { ok: true, file: shown };
    outside = true;
  }
  if (outside) return refused('outside those folders');
  return { ok: false, problem: 'missing', message: 'is not found' };
}

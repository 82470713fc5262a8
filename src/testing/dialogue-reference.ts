import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { conventionalDialogueFor } from '../io/find-test-files.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../validate/did-you-mean.js';
import type { SourceMap } from '../load/source-map.js';

export type DialogueReference = { ok: true; file: string } | { ok: false; diagnostic: Diagnostic };

/** Longer than any real relative path; a longer one is quoted only in part. */
const MAX_REFERENCE_LENGTH = 1024;
const QUOTED_LENGTH = 80;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The folder a test file may name dialogues in: the library its `tests/`
 * folder belongs to (`dialogues/` for `dialogues/tests/x.test.yaml`), else
 * the test file's own folder. A test file comes from a stranger, so its
 * `dialogue:` must not make Parley read files elsewhere on the disk.
 */
export function libraryOf(testFile: string): string {
  const dir = dirname(resolve(testFile));
  return basename(dir) === 'tests' ? dirname(dir) : dir;
}

/**
 * The dialogue a test file tests: its `dialogue:` key (relative to the test
 * file, inside the library), else the one named like it. Every way the key can
 * be wrong is one PAR308 at the key's value, in the test file, because that is
 * the line to fix.
 */
export function resolveDialogueReference(testFile: string, reference: string | undefined, sourceMap: SourceMap): DialogueReference {
  if (reference === undefined) {
    const candidates = conventionalDialogueFor(testFile);
    const found = candidates.find((file) => isRegularFile(file));
    if (found) return { ok: true, file: found };
    const expected = candidates.filter((c) => c.endsWith('.yaml')).join(' or ');
    return refuse(testFile, { line: 1, col: 1 }, `no dialogue for this test file; expected ${expected}, or name it with a \`dialogue:\` key`);
  }
  const at = sourceMap.at(['dialogue']);
  const bad = (message: string, hint?: string) => refuse(testFile, at, message, hint);
  const quoted = `'${reference.length > QUOTED_LENGTH ? `${reference.slice(0, QUOTED_LENGTH)}…` : reference}'`;

  if (reference.length > MAX_REFERENCE_LENGTH) return bad(`dialogue ${quoted} is ${reference.length} characters long; name a dialogue file with a short relative path`);
  if (CONTROL.test(reference)) return bad('dialogue path contains control characters; name a dialogue file with a plain relative path');
  if (isAbsolute(reference) || /^~|^[A-Za-z]:|^\\\\|^[a-z][a-z0-9+.-]*:\/\//i.test(reference)) {
    return bad(`dialogue ${quoted} must be a path relative to this test file, inside ${displayLibrary(testFile)}`);
  }
  if (reference.includes('\\')) return bad(`dialogue ${quoted} uses '\\'; write paths with '/' so they work everywhere`);
  if (/\.test\.ya?ml$/.test(reference)) return bad(`dialogue ${quoted} is a test file; name the dialogue it tests`);

  const library = libraryOf(testFile);
  const target = join(dirname(testFile), reference);
  if (!inside(library, resolve(target))) return bad(`dialogue ${quoted} is outside ${displayLibrary(testFile)}; a test file can only name dialogues in its own library`);

  let stat;
  try {
    stat = statSync(target);
  } catch {
    const hint = didYouMean(basename(reference), yamlFilesIn(dirname(target)));
    return bad(`dialogue file ${quoted} not found`, hint);
  }
  if (stat.isDirectory()) return bad(`dialogue ${quoted} is a folder; name the dialogue file in it`);
  if (!stat.isFile()) return bad(`dialogue ${quoted} is not a regular file`);
  if (!/\.ya?ml$/.test(reference)) return bad(`dialogue ${quoted} is not a .yaml file`);
  // A link inside the library can still lead out of it.
  if (!inside(realPath(library), realPath(target))) return bad(`dialogue ${quoted} links to a file outside ${displayLibrary(testFile)}`);
  return { ok: true, file: target };
}

function refuse(file: string, at: { line: number; col: number }, message: string, hint?: string): DialogueReference {
  return { ok: false, diagnostic: { code: 'PAR308', severity: 'error', message, file, line: at.line, col: at.col, ...(hint ? { hint } : {}) } };
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The library as the user would write it: relative to where they are. */
function displayLibrary(testFile: string): string {
  const library = libraryOf(testFile);
  const rel = relative(process.cwd(), library);
  if (rel === '') return 'the current folder';
  return rel.startsWith('..') || isAbsolute(rel) ? `${library}${sep}` : `${rel.split(sep).join('/')}/`;
}

/** The path with links followed; as given when that fails (the read that follows reports why). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function yamlFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  try {
    return readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !/\.test\.ya?ml$/.test(name));
  } catch {
    return [];
  }
}

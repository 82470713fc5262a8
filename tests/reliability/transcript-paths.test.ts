import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findResumePoint } from '../../src/io/resume-point.js';
import { DEFAULT_LIMITS } from '../../src/io/load-dialogue-file.js';
import { parley, ROOT } from '../helpers/cli.js';
import { expectTerminalSafe } from '../helpers/terminal-safety.js';

/**
 * A transcript names the dialogue it was recorded from, and a transcript can
 * come from anyone: that path may only lead to a dialogue in the folder Parley
 * runs in or in the transcript's own library, and a file that does not parse
 * as a dialogue is never quoted back (its lines would be printed as "unknown
 * key '…'"). `--dialogue` is the user's own say-so.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-tpaths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SECRET = 'hunter2-SECRET-LINE';
const library = join(tmp, 'lib');
const outside = join(tmp, 'private');
mkdirSync(join(library, 'sessions'), { recursive: true });
mkdirSync(outside);
cpSync('tests/fixtures/hostile/test-files/accepted/minimal.yaml', join(library, 'minimal.yaml'));
writeFileSync(join(outside, 'shadow'), `root:${SECRET}:19000:0:99999:7:::\nuser:${SECRET}2:19000::::::\n`);
writeFileSync(join(outside, 'keys.yaml'), `aws_secret: ${SECRET}\nid: x\n`);
writeFileSync(join(library, 'notes.yaml'), `password: ${SECRET}\n`);
symlinkSync(join(outside, 'keys.yaml'), join(library, 'linked.yaml'));

// Recorded from inside the library, as a user would: the header names 'minimal.yaml'.
expect((await parley(['run', 'minimal.yaml', '--choices', 'ask', '--transcript', 'sessions/'], { cwd: library })).status).toBe(0);
const recorded = join(library, 'sessions', readdirSync(join(library, 'sessions'))[0]!);

/** A copy of the transcript whose header names `file`; unfinished, so `play --resume` would take it. */
function naming(file: string, name: string, folder = join(library, 'sessions')): string {
  const [header, ...rest] = readFileSync(recorded, 'utf8').trimEnd().split('\n');
  const edited = JSON.parse(header!);
  edited.dialogue.file = file;
  const path = join(folder, `${name}.jsonl`);
  writeFileSync(path, `${[JSON.stringify(edited), ...rest.filter((l) => !l.includes('"kind":"end"'))].join('\n')}\n`);
  return path;
}

const HOSTILE: [string, string][] = [
  ['an absolute path to a system file', '/etc/shadow'],
  ['an absolute path to a private file', join(outside, 'shadow')],
  ['a path climbing out of the library', relative(library, join(outside, 'keys.yaml'))],
  ['a link inside the library to a file outside', 'linked.yaml'],
  ['a file in the library that is not a dialogue', 'notes.yaml'],
  ['a file that is not .yaml', '../private/shadow'],
  ['a path with control characters', 'x\u001b]2;t\u0007.yaml'],
];

describe('a transcript cannot make Parley read and print another file', () => {
  it.each(HOSTILE)('replay: %s is refused and nothing of it is printed', async (_what, file) => {
    const transcript = naming(file, `r-${HOSTILE.findIndex(([, f]) => f === file)}`);
    for (const cwd of [library, ROOT]) {
      const result = await parley(['replay', transcript], { cwd });
      expect(result.status, result.stderr).toBe(3);
      expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
      expect(`${result.stdout}${result.stderr}`).not.toContain('unknown key');
      expect(result.stderr).toMatch(/--dialogue|does not hold a valid dialogue|not found/);
      expectTerminalSafe(result.stderr);
    }
  });

  it.each(HOSTILE)('play --resume: %s is refused and nothing of it is printed', (_what, file) => {
    const transcript = naming(file, `p-${HOSTILE.findIndex(([, f]) => f === file)}`);
    const found = findResumePoint(transcript, DEFAULT_LIMITS);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.errors.join('\n')).not.toContain(SECRET);
    expect(found.errors.join('\n')).not.toContain('unknown key');
  });

  it('the recorded dialogue is still found from the library and beside the transcript, and --dialogue still works', async () => {
    expect((await parley(['replay', recorded], { cwd: library })).status).toBe(0);
    const beside = naming('minimal.yaml', 'beside', library);
    expect((await parley(['replay', beside], { cwd: ROOT })).status).toBe(0);
    const elsewhere = naming('/etc/shadow', 'confirmed');
    expect((await parley(['replay', elsewhere, '--dialogue', join(library, 'minimal.yaml')], { cwd: ROOT })).status).toBe(0);
    expect(findResumePoint(naming('minimal.yaml', 'resume-ok'), DEFAULT_LIMITS).ok).toBe(process.cwd() === library);
    // `parley play <dialogue> --resume <t>`: the user names the dialogue, wherever it is.
    const elsewhereDialogue = join(outside, 'minimal.yaml');
    cpSync(join(library, 'minimal.yaml'), elsewhereDialogue);
    const named = naming(elsewhereDialogue, 'named');
    expect(findResumePoint(named, DEFAULT_LIMITS).ok).toBe(false);
    expect(findResumePoint(named, DEFAULT_LIMITS, elsewhereDialogue).ok).toBe(true);
    console.log(`reliability: transcript header paths: ${HOSTILE.length} hostile dialogue paths refused by replay (from 2 folders) and play --resume, nothing of the files printed`);
  });
});

describe('naming a dialogue for one run is not a say-so for the next', () => {
  it('a later in-process run still refuses the transcript that names it', async () => {
    const dialogue = join(outside, 'named-once.yaml');
    cpSync(join(library, 'minimal.yaml'), dialogue);
    const transcript = naming(dialogue, 'named-once');
    // The user names the dialogue for this resume (it stops: no terminal here).
    expect((await parley(['play', dialogue, '--resume', transcript], { cwd: ROOT })).status).toBe(2);
    // A later run in the same process, without the say-so, refuses it as before.
    const later = await parley(['replay', transcript], { cwd: ROOT });
    expect(later.stderr).toMatch(/outside those folders/);
    expect(later.status).not.toBe(0);
    expect(findResumePoint(transcript, DEFAULT_LIMITS).ok).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parleyAsync } from '../helpers/cli-async.js';
import { parley } from '../helpers/cli.js';

/**
 * Files that are not regular files (a pipe, a device, a folder) are refused
 * with a message wherever Parley reads one, instead of hanging on them; golden
 * transcripts are written only inside the library; an output target that
 * cannot be written is a user's error with exit 74, not a bug.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-special-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

/** A library with one dialogue and a test file for it, in a fresh folder. */
function library(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'tests'), { recursive: true });
  cpSync('tests/fixtures/play/overdue-card.yaml', join(dir, 'overdue-card.yaml'));
  writeFileSync(join(dir, 'tests', 'overdue-card.test.yaml'), 'cases:\n  - name: first turn\n    choices: [introduce]\n');
  return dir;
}

describe('special files are refused, never waited on', () => {
  const pipe = join(tmp, 'pipe.jsonl');
  const haveFifo = fifo(pipe);

  it.skipIf(!haveFifo).each([
    ['replay', ['replay', pipe], 'parley replay: '],
    ['report', ['report', pipe], 'warning: '],
    ['run --script', ['run', 'tests/fixtures/play/overdue-card.yaml', '--script', pipe], 'parley run: --script '],
  ])('parley %s on a pipe says it is not a regular file', async (_name, args, prefix) => {
    const result = await parleyAsync(args, { timeoutMs: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toContain(`${prefix}${pipe}`);
    expect(result.stderr).toContain('it is not a regular file (a folder, a device or a pipe)');
  });

  it('parley replay and report on a link to /dev/zero finish with a message', async () => {
    const zero = join(tmp, 'zero.jsonl');
    symlinkSync('/dev/zero', zero);
    const replay = await parleyAsync(['replay', zero], { timeoutMs: 20_000 });
    expect(replay.timedOut).toBe(false);
    expect(replay.status).toBe(2);
    expect(replay.stderr).toContain('it is not a regular file');
    const report = await parleyAsync(['report', zero], { timeoutMs: 20_000 });
    expect(report.timedOut).toBe(false);
    expect(report.stderr).toContain('skipped: cannot read: it is not a regular file');
  });

  it.skipIf(!haveFifo)('parley test with a golden transcript that is a pipe or a folder stops with exit 74 and the reason', async () => {
    const dir = library('golden-pipe');
    const golden = join(dir, 'tests', '__golden__', 'overdue-card');
    mkdirSync(golden, { recursive: true });
    expect(fifo(join(golden, 'first-turn.jsonl'))).toBe(true);
    const result = await parleyAsync(['test', dir], { timeoutMs: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(74);
    expect(result.stderr).toContain(`cannot read ${join(golden, 'first-turn.jsonl')}: it is not a regular file`);
    rmSync(join(golden, 'first-turn.jsonl'));
    mkdirSync(join(golden, 'first-turn.jsonl'));
    expect((await parley(['test', dir])).status).toBe(74);
  });
});

describe('golden transcripts stay inside the library', () => {
  it('test --update refuses a __golden__ folder that is a link to elsewhere', async () => {
    const dir = library('golden-link');
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'tests', '__golden__'));
    const result = await parley(['test', dir, '--update']);
    expect(result.status).toBe(74);
    expect(result.stderr).toContain(`cannot write ${join(dir, 'tests', '__golden__')}: it is a symbolic link; golden transcripts are only written inside the library`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('test --update with a file where the golden folder goes says so', async () => {
    const dir = library('golden-file');
    writeFileSync(join(dir, 'tests', '__golden__'), '');
    const result = await parley(['test', dir, '--update']);
    expect(result.status).toBe(74);
    expect(result.stderr).toContain('a part of the path is not a folder');
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('an output that cannot be written is the user\'s to fix (exit 74), not a bug', () => {
  const dialogue = 'tests/fixtures/play/overdue-card.yaml';
  it.each([
    ['a missing folder', join(tmp, 'no', 'such', 'x.out'), 'no such file or folder'],
    ['a folder', tmp, 'it is a folder; give a file name'],
    ['a path through a file', join('package.json', 'x.out'), 'a part of the path is not a folder'],
  ])('--out into %s', async (_what, target, reason) => {
    // `new` refuses any existing target (a folder included) unless --force, so it joins only where nothing is there.
    const commands = [['schema'], ['graph', dialogue], ['list', 'tests/fixtures/play', '--markdown'], ...(target === tmp ? [] : [['new', 'x-y']])];
    for (const args of commands) {
      const before = readdirSync(tmp).length;
      const result = await parley([...args, '--out', target]);
      expect(result.status, args.join(' ')).toBe(74);
      expect(result.stderr, args.join(' ')).toBe(`parley: cannot write ${target}: ${reason}\n`);
      expect(readdirSync(tmp).length).toBe(before);
    }
    expect(existsSync(join(tmp, '..', `.${tmp.split('/').pop()}`))).toBe(false);
  });
});

describe('the LRS outbox', () => {
  it('that cannot be written is an I/O error naming the file, not a bug', async () => {
    const { LrsOutbox } = await import('../../src/io/lrs-outbox.js');
    const { FileError } = await import('../../src/io/file-error.js');
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, '');
    const outbox = new LrsOutbox(join(blocker, 'outbox.jsonl'));
    expect(() => outbox.add({ id: 'x' })).toThrow(FileError);
    expect(() => outbox.add({ id: 'x' })).toThrow(`cannot write ${join(blocker, 'outbox.jsonl')}`);
  });
});

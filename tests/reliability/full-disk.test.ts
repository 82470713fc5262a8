import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.js';
import { FileError } from '../../src/io/file-error.js';
import { TranscriptFolder } from '../../src/io/transcript-folder.js';
import { parley } from '../helpers/cli.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';
import { startParley } from '../helpers/cli-async.js';
import { canFillDisk, fillUp, fullDisk, type FullDisk } from '../helpers/full-disk.js';
import { compileText } from '../helpers/load.js';
import { readTranscriptText } from '../helpers/transcripts.js';

/**
 * On a full disk Parley tells the truth: a write that cannot complete leaves
 * the old file (or none), no temporary file, and exits 74 naming the file and
 * the reason; a transcript is cut back to its last whole line and the command
 * says what it holds.
 */

const DIALOGUE = 'tests/fixtures/play/overdue-card.yaml';
let disk: FullDisk | undefined;
afterEach(() => {
  disk?.release();
  disk = undefined;
});

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe.skipIf(!canFillDisk)('a full disk (a 64 KiB tmpfs, filled; needs root to mount)', () => {
  it.each([
    ['schema', ['schema', '--out']],
    ['list --markdown', ['list', 'dialogues', '--markdown', '--out']],
    ['run --generate', ['run', '--generate', '--seed', '3', '--out']],
  ])('%s --out keeps the old file, removes its temporary file and exits 74', async (_name, args) => {
    disk = fullDisk(8192)!;
    const target = join(disk.dir, 'out.txt');
    writeFileSync(target, 'old content\n');
    const result = await parley([...args, target]);
    expect(result.status).toBe(74);
    expect(result.stderr).toContain(`parley: cannot write ${target}: no space left on the device`);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(readFileSync(target, 'utf8')).toBe('old content\n');
    expect(leftovers(disk.dir)).toEqual([]);
  });

  it('run --transcript with no room for its header leaves no file and exits 74', async () => {
    disk = fullDisk(0)!;
    const target = join(disk.dir, 't.jsonl');
    const result = await parley(['run', DIALOGUE, '-c', 'introduce,ask_today,pin_down', '--transcript', target]);
    expect(result.status).toBe(74);
    expect(result.stderr).toContain(`cannot write transcript ${target}: no space left on the device; nothing was saved, and the empty file was removed`);
    expect(existsSync(target)).toBe(false);
  });

  it('run --transcript whose disk fills mid-session ends on a whole line and says what it holds', async () => {
    disk = fullDisk(16384)!;
    const target = join(disk.dir, 't.jsonl');
    // The file system hands out whole 4 KiB pages. The header records the dialogue's path, so a copy of
    // the dialogue at a long path makes the header and the first step end just short of a page: the
    // second step then needs a page the full disk no longer has. Measure what they take first.
    const probe = join(mkdtempSync(join(tmpdir(), 'parley-probe-')), 't.jsonl');
    expect((await parley(['run', DIALOGUE, '-c', 'introduce', '--transcript', probe])).status).toBe(0);
    const firstTwo = readFileSync(probe, 'utf8').split('\n').slice(0, 2).join('\n').length + 1 - DIALOGUE.length;
    const base = mkdtempSync(join(tmpdir(), 'parley-deep-'));
    let length = 4060 - firstTwo - base.length - '/overdue-card.yaml'.length;
    const parts: string[] = [];
    while (length > 1) {
      const part = Math.min(250, length - 1);
      parts.push('d'.repeat(part));
      length -= part + 1;
    }
    const deep = join(base, ...parts);
    mkdirSync(deep, { recursive: true });
    const dialogue = join(deep, 'overdue-card.yaml');
    copyFileSync(DIALOGUE, dialogue);
    const child = startParley(['run', dialogue, '--script', '-', '--transcript', target]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('introduce\n');
    await expect.poll(() => stdout, { timeout: 15_000 }).toContain('[1] You (introduce)');
    fillUp(disk.dir);
    child.stdin.end('ask_today\npin_down\n');
    expect(await closed).toBe(74);
    expect(stderr).toContain(`cannot write transcript ${target}: no space left on the device; it holds the first 1 turn, unfinished`);
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    const text = readFileSync(target, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const read = readTranscriptText(text);
    expect(read.header).toBeDefined();
    expect(read.choices).toEqual(['introduce']);
    expect(read.truncated).toBe(false);
    expect(read.skipped).toEqual([]);
    expect(read.end).toBeUndefined();
  });

  it('the play screen is told, keeps going unrecorded, and the command reports the truth', () => {
    disk = fullDisk(4096)!;
    const folder = new TranscriptFolder(disk.dir);
    const session = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    const recorder = folder.open(session, { file: 'minimal.yaml', hash: 'x' });
    fillUp(disk.dir);
    // Choose and take back until the transcript outgrows its last page: no write may throw into the screen.
    for (let i = 0; i < 50 && !recorder.failure; i++) {
      expect(() => recorder.step(session.choose('ask'))).not.toThrow();
      const undone = session.undo()!;
      expect(() => recorder.undo(undone.turn)).not.toThrow();
    }
    expect(recorder.failure).toBeInstanceOf(FileError);
    expect(() => recorder.end(session)).not.toThrow();
    expect(folder.endActive('quit')?.failure?.message).toMatch(/^cannot write transcript .*: no space left on the device; it holds the first \d+ turns?, unfinished$/);
    expect(readFileSync(recorder.path, 'utf8').endsWith('\n')).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FullDisk {
  /** A folder on a small file system with about `free` bytes left. */
  dir: string;
  /** Unmounts and removes it. */
  release(): void;
}

const SIZE = 64 * 1024;

/**
 * A real small file system (tmpfs) filled to leave `free` bytes, so writes run
 * into ENOSPC the way they do on a full disk. Mounting needs root (CI and the
 * developers' machines run as root); where it is refused this returns
 * undefined and the caller skips, saying why.
 */
export function fullDisk(free: number): FullDisk | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'parley-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  writeFileSync(join(dir, '.filler'), Buffer.alloc(SIZE - free));
  return {
    dir,
    release() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this machine lets the tests mount a small file system (see fullDisk). */
export const canFillDisk = (() => {
  const probe = fullDisk(4096);
  probe?.release();
  return probe !== undefined;
})();

/** Takes every byte left on the file system of `dir`, as another program filling the disk would. */
export function fillUp(dir: string): void {
  const fd = openSync(join(dir, `.filler-${Math.random().toString(36).slice(2)}`), 'w');
  const chunk = Buffer.alloc(1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full.
  } finally {
    closeSync(fd);
  }
}

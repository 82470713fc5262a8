import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** A copy of the built CLI, so its cache files can be spoiled without touching dist/. */
function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cache-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

const validate = (dir: string) =>
  spawnSync(process.execPath, [join(dir, 'dist', 'parley.js'), 'validate', 'dialogues/away-on-business.yaml'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe("the built CLI's code cache", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('is written by the build for validate and for play', () => {
    expect(existsSync(join(ROOT, 'dist', 'parley.cache'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'parley-play.cache'))).toBe(true);
  });

  it('a cache V8 rejects (another Node version) is ignored, and replaced on exit', () => {
    dir = copyOfDist();
    const cache = join(dir, 'dist', 'parley.cache');
    writeFileSync(cache, 'not a V8 code cache');
    const result = validate(dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✔ 1 dialogue valid');
    expect(result.status).toBe(0);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
  });

  it('a missing cache is no error, and is written on exit', () => {
    dir = copyOfDist();
    const cache = join(dir, 'dist', 'parley.cache');
    rmSync(cache);
    const result = validate(dir);
    expect(result.stdout).toContain('✔ 1 dialogue valid');
    expect(result.status).toBe(0);
    expect(existsSync(cache)).toBe(true);
  });

  it('a cache that cannot be renamed into place leaves no temporary file behind', () => {
    dir = copyOfDist();
    const cache = join(dir, 'dist', 'parley.cache');
    rmSync(cache);
    // A folder in the cache's place (not empty): writing the fresh cache works, renaming it over the folder does not.
    mkdirSync(join(cache, 'keep'), { recursive: true });
    for (let i = 0; i < 2; i++) {
      const result = validate(dir);
      expect(result.stdout).toContain('✔ 1 dialogue valid');
      expect(result.status).toBe(0);
    }
    expect(readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

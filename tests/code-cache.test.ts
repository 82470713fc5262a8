import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The launcher's cache only exists in a real process: these run the built CLI.
const ROOT = join(import.meta.dirname, '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'parley-cache-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

function validate(env: NodeJS.ProcessEnv, file = 'dialogues/away-on-business.yaml') {
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'parley.js'), 'validate', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: home, XDG_CACHE_HOME: join(home, 'xdg'), ...env },
  });
}

function expectValid(result: ReturnType<typeof validate>) {
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('✔ 1 dialogue valid');
  expect(result.status).toBe(0);
}

const cacheFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.cache')) : []);

describe("the built CLI's code cache", () => {
  it("is warmed by the build on a dialogue of the build's own, which must stay valid", () => {
    expectValid(validate({}, 'scripts/bundle/warm-up.yaml'));
  });

  it('is kept out of the package folder, which a global install may not let the user write', () => {
    expectValid(validate({}));
    expect(readdirSync(join(ROOT, 'dist')).filter((file) => /cache|\.tmp$/.test(file))).toEqual([]);
  });

  it('is written to $XDG_CACHE_HOME/parley, named for this version of Parley and of Node, and read by the next run', () => {
    const folder = join(home, 'xdg', 'parley', 'code-cache');
    expectValid(validate({}));
    const [cache, ...others] = cacheFiles(folder);
    expect(others).toEqual([]);
    expect(cache).toContain(`${VERSION}-`);
    expect(cache).toContain(`node${process.versions.node}-${process.arch}`);
    expect(statSync(join(folder, cache!)).size).toBeGreaterThan(100_000);
    // A cache V8 accepts is not written again.
    const aMinuteAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(join(folder, cache!), aMinuteAgo, aMinuteAgo);
    expectValid(validate({}));
    expect(statSync(join(folder, cache!)).mtimeMs).toBe(aMinuteAgo.getTime());
  });

  it('falls back to ~/.cache/parley when XDG_CACHE_HOME is unset or relative (the XDG spec ignores a relative one)', () => {
    expectValid(validate({ XDG_CACHE_HOME: 'relative/cache' }));
    expect(cacheFiles(join(home, '.cache', 'parley', 'code-cache'))).toHaveLength(1);
    expect(existsSync(join(ROOT, 'relative'))).toBe(false);
  });

  it('a cache V8 rejects (another Node version, a damaged file) is ignored, and replaced on exit', () => {
    const folder = join(home, 'xdg', 'parley', 'code-cache');
    expectValid(validate({}));
    const [cache] = cacheFiles(folder);
    writeFileSync(join(folder, cache!), 'not a V8 code cache');
    expectValid(validate({}));
    expect(statSync(join(folder, cache!)).size).toBeGreaterThan(100_000);
  });

  it('an unwritable cache folder never fails a command', () => {
    // A file where the cache folder would go: no mkdir can get past it, even as root.
    writeFileSync(join(home, 'xdg'), 'in the way');
    for (let i = 0; i < 2; i++) expectValid(validate({}));
  });

  it('a cache that cannot be renamed into place leaves no temporary file behind', () => {
    const folder = join(home, 'xdg', 'parley', 'code-cache');
    expectValid(validate({}));
    const [cache] = cacheFiles(folder);
    rmSync(join(folder, cache!));
    // A folder in the cache's place (not empty): writing the fresh cache works, renaming it over the folder does not.
    mkdirSync(join(folder, cache!, 'keep'), { recursive: true });
    for (let i = 0; i < 2; i++) expectValid(validate({}));
    expect(readdirSync(folder).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it("removes other builds' caches untouched for a month when it writes its own, and keeps recent ones", () => {
    const folder = join(home, 'xdg', 'parley', 'code-cache');
    mkdirSync(folder, { recursive: true });
    const old = join(folder, '0.0.9-0123456789abcdef-node20.0.0-x64.cache');
    const recent = join(folder, '0.0.9-fedcba9876543210-node20.0.0-x64.cache');
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    utimesSync(old, twoMonthsAgo, twoMonthsAgo);
    expectValid(validate({}));
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});

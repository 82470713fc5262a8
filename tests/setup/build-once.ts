import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds bin/parley's bundle once for the whole run, for the few tests that
 * start it as a real process (signals, a closed pipe, the code cache, tmux).
 * Every other test runs the CLI in-process on the sources. A build newer than
 * every source it is made from is kept, so a targeted run starts at once.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['src', 'scripts', 'bin', 'package.json', 'package-lock.json'];
const OUTPUTS = ['dist/parley.js', 'dist/parley.cjs', 'dist/lib/index.mjs', 'dist/lib/xstate.mjs'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  } catch {
    return 0;
  }
}

export default function buildOnce(): void {
  if (oldestOutput() > Math.max(...SOURCES.map((path) => newest(join(ROOT, path))))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; the tests that start bin/parley need it');
}

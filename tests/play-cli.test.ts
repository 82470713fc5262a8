import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, transcriptsDir } from '../src/io/data-dir.js';
import { parley, ROOT } from './helpers/cli.js';

describe('parley play without a terminal', () => {
  it('does not wait for keys: it points to parley run and exits 2', async () => {
    const result = await parley(['play', 'dialogues/away-on-business.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('parley play needs an interactive terminal');
    expect(result.stderr).toContain('parley run dialogues/away-on-business.yaml --choices');
    expect(result.stdout).toBe('');
  });

  it('rejects contradictory options before anything else', async () => {
    expect((await parley(['play', '--watch'])).stderr).toContain('--watch needs a dialogue file');
    expect((await parley(['play', 'dialogues/away-on-business.yaml', '--resume', 'x.jsonl'])).status).toBe(2);
    expect((await parley(['play', '--mode', 'exam'])).stderr).toMatch(/argument 'exam' is invalid.*practice, assessment/);
    expect((await parley(['play', '--lang', 'fr'])).status).toBe(2);
  });

  it('documents options, keys and examples in --help', async () => {
    const help = (await parley(['play', '--help'])).stdout;
    for (const option of ['--mode', '--lang', '--seed', '--transcripts', '--learner', '--watch', '--resume']) expect(help).toContain(option);
    expect(help).toContain('Examples:');
    expect(help).toContain('q or Ctrl-C quit');
  });
});

describe('the transcripts folder', () => {
  it('follows XDG on Linux, only for an absolute XDG_DATA_HOME', () => {
    expect(transcriptsDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe('/data/parley/transcripts');
    expect(transcriptsDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/ana')).toBe('/home/ana/.local/share/parley/transcripts');
    expect(transcriptsDir({}, 'linux', '/home/ana')).toBe('/home/ana/.local/share/parley/transcripts');
  });

  it('uses the platform equivalents on macOS and Windows', () => {
    expect(dataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/parley');
    expect(dataDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana')).toMatch(/AppData[\\/]Local[\\/]parley$/);
  });
});

describe('the bundle', () => {
  /** How many WebAssembly modules a `parley` run compiled: yoga, ink's layout engine, loads with the TUI. */
  function wasmCompiled(args: string[], preload: string[] = [], env: NodeJS.ProcessEnv = {}): number {
    const result = spawnSync(process.execPath, ['--require', join(ROOT, 'tests', 'helpers', 'wasm-probe.cjs'), ...preload, join(ROOT, 'dist', 'parley.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: '', ...env },
      timeout: 20_000,
    });
    const count = /wasm-probe: (\d+)/.exec(result.stderr)?.[1];
    expect(count, result.stderr).toBeDefined();
    return Number(count);
  }

  it('keeps ink and React out of what validate and run load', () => {
    expect(wasmCompiled(['validate', 'dialogues/away-on-business.yaml'])).toBe(0);
    expect(wasmCompiled(['run', 'dialogues/away-on-business.yaml', '--choices', 'identify'])).toBe(0);
    // …and play still reaches them (on the stand-in terminal the build uses, up to its first screen).
    const transcripts = mkdtempSync(join(tmpdir(), 'parley-bundle-'));
    try {
      const play = ['play', 'dialogues/away-on-business.yaml', '--transcripts', transcripts];
      expect(wasmCompiled(play, ['--require', join(ROOT, 'scripts', 'bundle', 'fake-terminal.cjs')], { PARLEY_WARM_UP_UNTIL: 'Martin Hale' })).toBeGreaterThan(0);
    } finally {
      rmSync(transcripts, { recursive: true, force: true });
    }
  });
});

describe('the resume hint after quitting', () => {
  it('shows the command as the user can type it again', async () => {
    const { invokedAs } = await import('../src/cli/play.js');
    expect(invokedAs({ npm_command: 'exec', PATH: '' }, '/x/node_modules/.bin/parley')).toBe('npx parley');
    expect(invokedAs({ npm_lifecycle_event: 'start', PATH: '' }, 'bin/parley')).toBe('npx parley');
    expect(invokedAs({ PATH: '' }, join(process.cwd(), 'bin', 'parley'))).toBe('node bin/parley');
  });
});

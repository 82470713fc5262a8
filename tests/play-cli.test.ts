import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, transcriptsDir } from '../src/io/data-dir.js';
import { parley, ROOT } from './helpers/cli.js';

describe('parley play without a terminal', () => {
  it('does not wait for keys: it points to parley run and exits 2', () => {
    const result = parley(['play', 'dialogues/away-on-business.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('parley play needs an interactive terminal');
    expect(result.stderr).toContain('parley run dialogues/away-on-business.yaml --choices');
    expect(result.stdout).toBe('');
  });

  it('rejects contradictory options before anything else', () => {
    expect(parley(['play', '--watch']).stderr).toContain('--watch needs a dialogue file');
    expect(parley(['play', 'dialogues/away-on-business.yaml', '--resume', 'x.jsonl']).status).toBe(2);
    expect(parley(['play', '--mode', 'exam']).stderr).toMatch(/argument 'exam' is invalid.*practice, assessment/);
    expect(parley(['play', '--lang', 'fr']).status).toBe(2);
  });

  it('documents options, keys and examples in --help', () => {
    const help = parley(['play', '--help']).stdout;
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
  /** Every file the entry point loads before running a command (static imports only). */
  function staticClosure(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    for (const [, imported] of text.matchAll(/^(?:import|export)[^;'"]*?from\s*"\.\/([^"]+)"/gm)) staticClosure(imported!, seen);
    for (const [, imported] of text.matchAll(/^import\s*"\.\/([^"]+)"/gm)) staticClosure(imported!, seen);
    return seen;
  }

  it('keeps ink and React out of what validate and run load', () => {
    // Each command is its own chunk, imported by name from parley.js when that command runs.
    const main = readFileSync(join(ROOT, 'dist', 'parley.js'), 'utf8');
    const chunkOf = (command: string) => new RegExp(`import\\("\\./(${command}-[A-Z0-9]+\\.js)"\\)`).exec(main)?.[1];
    const validate = chunkOf('validate');
    const run = chunkOf('run');
    const play = chunkOf('play');
    expect([validate, run, play]).not.toContain(undefined);
    const loaded = new Set([...staticClosure('parley.js'), ...staticClosure(validate!), ...staticClosure(run!)]);
    expect(loaded.size).toBeGreaterThan(3);
    for (const file of loaded) {
      const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
      expect(text, file).not.toContain('node_modules/ink/');
      expect(text, file).not.toContain('node_modules/react/');
    }
    // …and the play command still reaches them, through a dynamic import.
    expect(readFileSync(join(ROOT, 'dist', play!), 'utf8')).toMatch(/import\("\.\/render-app-[A-Z0-9]+\.js"\)/);
  });
});

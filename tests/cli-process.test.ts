import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley, parleyProcess, ROOT } from './helpers/cli.js';

// Every other CLI test runs the command in-process on the sources; these check that the
// built bin/parley a user installs behaves the same, as its own process.
describe('bin/parley, the built CLI', () => {
  it('prints what the in-process CLI prints, with the same exit code', async () => {
    for (const args of [
      ['validate', 'dialogues/away-on-business.yaml'],
      ['run', 'dialogues/away-on-business.yaml', '--choices', 'identify,disclose_and_ask', '--seed', '3'],
      ['validate', 'tests/fixtures/does-not-exist.yaml'],
    ]) {
      const built = parleyProcess(args);
      const source = await parley(args);
      expect(built, args.join(' ')).toEqual(source);
    }
  });

  it('says the version of the package it was built from', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(parleyProcess(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('exits 2 on an unknown command, with commander\'s message', () => {
    const result = parleyProcess(['nosuch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'nosuch'");
  });
});

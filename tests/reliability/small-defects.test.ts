import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parley } from '../helpers/cli.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';
import { expectTerminalSafe } from '../helpers/terminal-safety.js';
import { hasTmux, tmuxServer } from '../helpers/tmux.js';

/** The smaller defects of the reliability issue, each with the message a user sees now. */

const tmp = mkdtempSync(join(tmpdir(), 'parley-small-'));
const server = hasTmux ? tmuxServer() : undefined;
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});
const MINIMAL = 'tests/fixtures/hostile/test-files/accepted/minimal.yaml';
const minimal = readFileSync(MINIMAL, 'utf8');
const write = (name: string, text: string | Uint8Array) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};

describe('messages say what is wrong', () => {
  it.each([['0'], ['-0'], ['-5']])("amount: %s must be more than 0 (not 'at least 0, not 0')", async (amount) => {
    const result = await parley(['validate', write(`amount${amount}.yaml`, minimal.replace('amount: 100', `amount: ${amount}`))]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`'meta.debtor.debt.amount' must be more than 0, not ${amount === '-0' ? '0' : amount}`);
  });

  it("a combinator inside a combinator is named as such, at the inner guard, not as an unknown 'not'", async () => {
    const guard = '{ type: not, params: { guard: { type: all, params: { guards: [ { type: meterAtLeast, params: { meter: trust, value: 1 } } ] } } } }';
    const text = minimal.replace('        target: done\n        tasks:', `        target: done\n        guard: ${guard}\n        tasks:`);
    const result = await parley(['validate', write('nested.yaml', text)]);
    expect(result.stdout).not.toContain('unknown guard type');
    expect(result.stdout).toMatch(/:20:\d+: error PAR100: an 'all' guard cannot be inside 'not'/);
  });

  it('a misspelt guard type lists every known type, not, all and any included', async () => {
    const text = minimal.replace('        target: done\n        tasks:', `        target: done\n        guard: { type: nto, params: { guard: { type: factIs, params: { fact: x, value: true } } } }\n        tasks:`);
    const result = await parley(['validate', write('misspelt.yaml', text)]);
    expect(result.stdout).toContain("unknown guard type \"nto\"; known: meterAtLeast, meterAtMost, factIs, visitsAtLeast, visitsAtMost, personaIs, all, any, not (did you mean 'not'?)");
  });

  it.each([
    ['UTF-32 (little-endian)', [0xff, 0xfe, 0, 0]],
    ['UTF-32 (big-endian)', [0, 0, 0xfe, 0xff]],
    ['UTF-16 (little-endian)', [0xff, 0xfe]],
  ])('%s is called by its name', async (name, bom) => {
    const bytes = [...bom, ...[...'id: x\n'].flatMap((c) => (bom.length === 4 ? (bom[0] === 0xff ? [c.charCodeAt(0), 0, 0, 0] : [0, 0, 0, c.charCodeAt(0)]) : [c.charCodeAt(0), 0]))];
    const result = await parley(['validate', write(`${name.replace(/\W/g, '')}.yaml`, Uint8Array.from(bytes))]);
    expect(result.stdout).toContain(`PAR013: is ${name} text; Parley reads UTF-8 only`);
  });

  it('a dialogue stuck in a state that is not an ending says so, not "has ended"', async () => {
    const text = MINIMAL_DIALOGUE.includes('target: done') ? minimal.replace('      - id: shout', '      - id: shout\n        guard: { type: meterAtLeast, params: { meter: trust, value: 99 } }').replace('        target: done\n        tasks:', '        target: start\n        guard: { type: meterAtLeast, params: { meter: trust, value: 99 } }\n        tasks:') : '';
    const file = write('stuck.yaml', text);
    const result = await parley(['run', file, '--choices', 'ask']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the dialogue is stuck in state 'start', which is not an ending but offers no choice here");
    expect(result.stderr).not.toContain('has ended');
  });

  it('coverage does not call a target unreachable when the search stopped early', async () => {
    const result = await parley(['coverage', 'dialogues/away-on-business.yaml', '--max-situations', '2']);
    expect(result.stdout).toContain('search stopped at 2 situations');
    expect(result.stdout).toContain('not found before the search stopped');
    expect(result.stdout).not.toContain('unreachable');
  });

  it('diff of two different dialogues says the id changed, not "no change in meaning"', async () => {
    const other = write('other-id.yaml', minimal.replace('id: minimal', 'id: another'));
    const result = await parley(['diff', MINIMAL, other]);
    expect(result.stdout).toContain('~ dialogue id minimal → another');
    expect(result.stdout).not.toContain('no change in meaning');
  });
});

describe('numbers on the command line are digits, in range', () => {
  it.each([[''], ['0x10'], ['4294967296'], ['-1'], [' 5'], ['1e3']])('--seed %j is a usage error', async (seed) => {
    const result = await parley(['run', MINIMAL, '--choices', 'ask', '--seed', seed]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a whole number from 0 to 4294967295');
  });

  it('--seed 4294967295 and 0 are taken', async () => {
    for (const seed of ['0', '4294967295']) expect((await parley(['run', MINIMAL, '--choices', 'ask', '--seed', seed])).status).toBe(0);
  });

  it.each([[' 5'], ['5 '], ['0x10'], ['1e3'], ['']])('--max-bytes %j is a usage error', async (value) => {
    const result = await parley(['validate', MINIMAL, '--max-bytes', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a positive whole number');
  });
});

describe.skipIf(!hasTmux)("play's exit message", () => {
  it('an XDG_DATA_HOME with escape sequences reaches the terminal cleaned', async () => {
    const t = server!;
    const data = join(tmp, 'data\u001b]2;PWN\u0007\u009b2J');
    mkdirSync(data, { recursive: true });
    const raw = join(tmp, 'raw.out');
    t.open('xdg', ['play', MINIMAL, '--seed', '1'], `env -u CI NO_COLOR=1 XDG_DATA_HOME='${data}'`);
    t.tmux('pipe-pane', '-o', '-t', 'parley:xdg', `cat >> '${raw}'`);
    await t.waitForScreen('xdg', 'Hello?');
    // q mid-call asks first; y confirms.
    await t.pressUntil('xdg', 'q', 'Quit now?');
    t.keys('xdg', 'y');
    await t.waitForScreen('xdg', 'exit=');
    await t.until('the raw output', () => existsSync(raw) && readFileSync(raw, 'latin1').includes('exit='));
    const text = readFileSync(raw, 'utf8');
    const start = text.lastIndexOf('Transcript saved');
    const message = text.slice(start, text.indexOf('\n', text.indexOf('Continue with', start)));
    // The OSC title change and the 8-bit clear screen are gone, whole.
    expect(message).toContain(`${tmp}/data/parley/transcripts/`);
    expectTerminalSafe(message.replace(/\r/g, ''));
  }, 40_000);
});

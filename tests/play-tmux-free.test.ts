import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer } from './helpers/tmux.js';

/** `parley play --free` in a real terminal: typed keys become the reply, Enter checks it, Enter again says it. */
const server = hasTmux ? tmuxServer({ columns: 80, rows: 24 }) : undefined;
afterAll(() => server?.close());

describe.skipIf(!hasTmux)('parley play --free in a real terminal', () => {
  it('types a reply, shows which one Parley understood, and records what was typed', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parley-tmux-free-'));
    server!.open('free', ['play', 'dialogues/forgot.yaml', '--free', '--seed', '1', '--transcripts', directory]);
    await server!.waitForScreen('free', 'Your reply: type what you would say');
    // Typed as keys, q included: while typing, q is a letter, not quit.
    server!.keys('free', '-l', 'Hi, Owen from the timber merchants. Quick question: is now a good time?');
    await server!.waitForScreen('free', 'is now a good time?');
    server!.keys('free', 'Enter');
    await server!.waitForScreen('free', 'You meant:');
    server!.keys('free', 'Enter');
    await server!.waitForScreen('free', 'You (turn 1)');
    const transcript = readFileSync(join(directory, readdirSync(directory)[0]!), 'utf8');
    expect(transcript).toContain('"typed":{"text":"Hi, Owen from the timber merchants. Quick question: is now a good time?"');
    server!.keys('free', 'C-c');
    await server!.waitForScreen('free', 'exit=130');
  }, 60_000);
});

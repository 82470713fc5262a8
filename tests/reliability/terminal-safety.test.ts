import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parley } from '../helpers/cli.js';
import {
  expectTerminalSafe,
  findTerminalControls,
  HOSTILE_DIAGNOSTICS_DIALOGUE,
  HOSTILE_RAW_DIALOGUE,
  HOSTILE_TEXT_DIALOGUE,
  HOSTILE_TEXT_PATHS,
} from '../helpers/terminal-safety.js';
import { sanitize, sanitizeLine } from '../../src/text/sanitize.js';
import { stringifyForTerminal } from '../../src/text/terminal-json.js';

/**
 * A dialogue must not be able to retitle the terminal, write hyperlinks, clear
 * the screen, move the cursor, write the clipboard or make the terminal answer
 * back. Every text a file supplies goes through the real CLI here.
 */

const tmp = mkdtempSync(join(tmpdir(), 'parley-terminal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the safety check itself', () => {
  it('finds each kind of attack, and allows colours only when asked', () => {
    const attacks = ['\u001b]0;t\u0007', '\u001b]8;;https://x\u001b\\', '\u001b[2J', '\u001b[5;5H', '\u009b2J', '\u009d0;t\u009c', '\u0085', '\u202e', '\u2066', '\u0007', '\b', '\r', '\u007f'];
    for (const attack of attacks) expect(findTerminalControls(`a${attack}b`)).not.toHaveLength(0);
    expect(findTerminalControls('plain\ttext\nand “quotes” 你好 ¿qué?')).toEqual([]);
    expect(findTerminalControls('\u001b[31mred\u001b[0m', { allowColor: true })).toEqual([]);
    expect(findTerminalControls('\u001b[31mred\u001b[2J', { allowColor: true })).toHaveLength(1);
    expect(() => expectTerminalSafe('x\u001b]0;pwned\u0007')).toThrow(/ESC/);
  });
});

describe('sanitize', () => {
  it('removes whole sequences, not just their first byte', () => {
    expect(sanitize('a\u001b]0;evil title\u0007b')).toBe('ab');
    expect(sanitize('a\u001b]8;;https://evil.invalid\u001b\\link\u001b]8;;\u001b\\b')).toBe('alinkb');
    expect(sanitize('a\u001b[2J\u001b[10;10Hb')).toBe('ab');
    expect(sanitize('a\u009b2Jb\u009d0;title\u009cc')).toBe('abc');
    expect(sanitize('a\u001bPq$qm\u001b\\b')).toBe('ab');
    expect(sanitize('a\u202eb\u2066c\u2069')).toBe('abc');
    expect(sanitize('keeps\ttabs\nand newlines, “quotes”, ñ and 你好')).toBe('keeps\ttabs\nand newlines, “quotes”, ñ and 你好');
    expect(sanitizeLine('one\nline\r\nmore')).toBe('one line more');
  });

  it('JSON for a terminal escapes C1 and bidi controls but parses back to the raw text', () => {
    const raw = { text: 'a\u009b2J\u202eb\u001b[2J\u0085' };
    const json = stringifyForTerminal(raw, 2);
    expectTerminalSafe(json);
    expect(JSON.parse(json)).toEqual(raw);
  });
});

describe('parley run', () => {
  for (const dialogue of [HOSTILE_TEXT_DIALOGUE, HOSTILE_RAW_DIALOGUE]) {
    for (const path of HOSTILE_TEXT_PATHS) {
      it(`${dialogue.split('/').pop()} via ${path.join(',')}: prints the text without its control sequences`, async () => {
        const result = await parley(['run', dialogue, '-c', path.join(','), '--seed', '1']);
        expect(result.status).toBe(0);
        expectTerminalSafe(result.stdout);
        expectTerminalSafe(result.stderr);
        // The words survive; only the controls go.
        expect(result.stdout).toContain('HostileTitle');
        expect(result.stdout).toContain('Dana Click me');
        expect(result.stdout).not.toContain('pwned-title');
        expect(result.stdout).not.toContain('https://evil.invalid');
      });
    }

    it(`${dialogue.split('/').pop()}: every seed's line variant is safe too`, async () => {
      for (const seed of ['1', '2', '3', '4']) expectTerminalSafe((await parley(['run', dialogue, '-c', 'ask,done', '--seed', seed])).stdout);
    });
  }

  it('--json keeps the raw text intact, and its bytes stay inert', async () => {
    const raw = readFileSync(HOSTILE_TEXT_DIALOGUE, 'utf8');
    expect(raw).toContain('\\e]0;pwned-title');
    const result = await parley(['run', HOSTILE_TEXT_DIALOGUE, '-c', 'ask,done', '--seed', '1', '--json']);
    expectTerminalSafe(result.stdout);
    const json = JSON.parse(result.stdout);
    expect(json.dialogue.title).toBe('Hostile\u001b]0;pwned-title\u0007Title');
    expect(json.steps[0].choice.text).toBe('Can you pay today?\u001b[8mhidden\u001b[0m');
    expect(json.steps[0].feedback).toBe('Good.\u001b]52;c;cHduZWQ=\u0007');
    expect(json.steps[0].reaction).toBe('\u009d0;c1-title\u009c(sighs)');
    expect(json.steps[0].next.scene).toBe('\u001b[3J\u001bc');
  });

  it('a transcript keeps the raw text (it is data, not output)', async () => {
    const file = join(tmp, 'hostile.jsonl');
    await parley(['run', HOSTILE_TEXT_DIALOGUE, '-c', 'shout', '--transcript', file]);
    const step = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]!);
    expect(step.step.choice.text).toBe('Pay up.\u001b[?1049h');
  });

  it('an unavailable choice named with escape sequences is echoed safely', async () => {
    const result = await parley(['run', HOSTILE_TEXT_DIALOGUE, '-c', 'ask,\u001b]0;pwned\u0007']);
    expect(result.status).toBe(1);
    expectTerminalSafe(result.stderr);
    expectTerminalSafe(result.stdout);
  });
});

describe('parley validate', () => {
  it('quotes hostile keys, values and $schema lines back without their controls', async () => {
    const result = await parley(['validate', HOSTILE_DIAGNOSTICS_DIALOGUE]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('PAR101');
    expect(result.stdout).toContain('PAR014');
    // The sequence is part of what the author has to fix, so it is written out, not silently dropped.
    expect(result.stdout).toContain("unknown key '\\u001b]0;key-title\\u0007\\u202eyek' in 'meta'");
    expectTerminalSafe(result.stdout);
    expectTerminalSafe(result.stderr);
  });

  it('--json keeps the raw names in the messages, with inert bytes', async () => {
    const result = await parley(['validate', HOSTILE_DIAGNOSTICS_DIALOGUE, '--json']);
    expectTerminalSafe(result.stdout);
    const messages: string[] = JSON.parse(result.stdout).diagnostics.map((d: { message: string }) => d.message);
    expect(messages.some((m) => m.includes('\u001b]0;key-title\u0007\u202eyek'))).toBe(true);
  });

  it('a file whose name carries escape sequences is named safely', async () => {
    const file = join(tmp, 'evil-\u001b]0;pwned\u0007-\u202eeman.yaml');
    writeFileSync(file, 'id: [unclosed\n');
    for (const args of [['validate', file], ['run', file], ['validate', join(tmp, 'missing-\u001b[2J.yaml')]]) {
      const result = await parley(args);
      expect(result.status).toBe(1);
      expectTerminalSafe(result.stdout);
      expectTerminalSafe(result.stderr);
    }
  });

  it('the hostile dialogues themselves are valid, so every text reaches the screen', async () => {
    const result = await parley(['validate', HOSTILE_TEXT_DIALOGUE, HOSTILE_RAW_DIALOGUE]);
    expect(result.stdout).toContain('✔ 2 dialogues valid (0 errors, 0 warnings)');
  });
});

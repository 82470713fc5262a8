import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'parley-new-'));

describe.each(['en', 'es', 'zh'] as const)('parley new --lang %s', async (lang) => {
  const dir = scratch();
  const file = join(dir, `starter-${lang}.yaml`);
  const result = await parley(['new', `starter-${lang}`, '--lang', lang, '--excuse', 'business_losing_money', 'pay_tomorrow', '--out', file]);

  it('writes the file and says so', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`wrote ${file}`);
  });

  it('passes validate --deep with no errors and no warnings', async () => {
    const check = await parley(['validate', '--deep', file]);
    expect(check.stdout).toContain('✔ 1 dialogue valid (0 errors, 0 warnings)');
  });

  it('is lint-clean: every flagged example reads as what it is flagged for', async () => {
    expect((await parley(['lint', file])).stdout).toContain('✔ 1 dialogue linted (0 warnings, 0 hints)');
  });

  it('plays to an outcome, meeting every core task on the lawful path', () => {
    const loaded = loadDialogueFile(file);
    if (!loaded.ok) throw new Error('invalid starter');
    expect(loaded.compiled.dialogue.meta.language).toBe(lang);
    const session = new Session(loaded.compiled, { seed: 1 });
    for (const choice of ['identify', 'disclose_and_ask', 'ask_why', 'ask_why', 'pros_cons', 'confirm']) session.choose(choice);
    const debrief = session.debrief();
    expect(debrief.outcome?.id).toBe('promise_to_pay');
    expect(debrief.flags).toEqual([]);
    expect(debrief.tasks.every((t) => t.met)).toBe(true);
  });

  it('voices the excuses in order, with a flagged and explained reply at each', () => {
    const loaded = loadDialogueFile(file);
    if (!loaded.ok) throw new Error('invalid starter');
    const { states, meta } = loaded.compiled.dialogue;
    expect(meta.debtor.excuses).toEqual(['business_losing_money', 'pay_tomorrow']);
    for (const excuse of meta.debtor.excuses) {
      const flagged = Object.values(states[excuse]!.on!).filter((c) => !Array.isArray(c) && c.meta?.flags?.length);
      expect(flagged).toHaveLength(1);
      expect(flagged[0]).toMatchObject({ meta: { feedback: expect.any(String), better: expect.any(String) } });
    }
  });

  it('starts with a schema modeline that points at the real schema file', () => {
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const ref = first.replace('# yaml-language-server: $schema=', '');
    expect(first).toMatch(/^# yaml-language-server: \$schema=/);
    expect(existsSync(resolve(dirname(file), ref))).toBe(true);
  });
});

describe('parley new', () => {
  it('refuses to overwrite an existing file unless --force', async () => {
    const file = join(scratch(), 'mine.yaml');
    writeFileSync(file, 'my own work\n');
    const refused = await parley(['new', 'mine', '--out', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
    expect((await parley(['new', 'mine', '--out', file, '--force'])).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('id: mine');
  });

  it('writes <id>.yaml in the current folder by default, with pay_tomorrow', async () => {
    const dir = scratch();
    expect((await parley(['new', 'quick'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'quick.yaml'), 'utf8')).toContain('excuses: [pay_tomorrow]');
  });

  it('rejects an unknown excuse type with a suggestion, and a bad id', async () => {
    const result = await parley(['new', 'x', '--excuse', 'pay_tomorow', '--out', '-']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown excuse type 'pay_tomorow' (did you mean 'pay_tomorrow'?)");
    expect((await parley(['new', 'bad id!', '--out', '-'])).status).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePersona } from '../src/cli/session-options.js';
import { Session } from '../src/engine/session.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

// A frozen copy: the shipped roleplay's content changes, and these tests walk a fixed path through it.
const SHOP = 'tests/fixtures/frozen/business-losing-money.yaml';
const TO_BIG_PROMISE = 'introduce,disclose_and_ask,ask_why,pros_cons,step_aside,firm_reply';

describe('--persona', () => {
  it('changes what happens: the same firm reply moves an anxious debtor on and loses a hostile one', async () => {
    const anxious = JSON.parse((await parley(['run', SHOP, '-c', TO_BIG_PROMISE, '--seed', '1', '--json'])).stdout);
    const hostile = JSON.parse(
      (await parley(['run', SHOP, '-c', TO_BIG_PROMISE, '--seed', '1', '--json', '--persona', 'able,willing,hostile'])).stdout,
    );
    expect(anxious.steps.at(-1).next.state).toBe('what_today');
    expect(hostile.steps.at(-1).next.state).toBe('no_deal');
    expect(hostile.next.choices.map((c: { id: string }) => c.id)).toContain('escalate_lawfully');
  });

  it('reads traits in any order and any subset, and rejects unknown or doubled ones', async () => {
    expect(parsePersona('hostile,able')).toEqual({ temperament: 'hostile', ability: 'able' });
    expect(parsePersona('unwilling')).toEqual({ willingness: 'unwilling' });
    expect(() => parsePersona('able,hostil')).toThrow(/did you mean 'hostile'/);
    expect(() => parsePersona('able,unable')).toThrow(/ability is given twice/);
    expect((await parley(['run', SHOP, '--persona', 'grumpy'])).status).toBe(2);
  });
});

describe('the true reason', () => {
  const loaded = loadDialogueFile('dialogues/away-on-business.yaml');
  if (!loaded.ok) throw new Error('invalid');

  it('the debrief says whether the learner uncovered it, and shows it', () => {
    const found = new Session(loaded.compiled, { seed: 1 });
    // An evasive, unwilling debtor brushes off the first open question; the second, specific one gets it.
    for (const choice of ['identify', 'disclose_and_ask', 'ask_why', 'ask_specific']) found.choose(choice);
    expect(found.debrief().trueReason).toMatchObject({
      tracked: true,
      found: true,
      turn: 4,
      reason: expect.stringContaining("friend this month's rent"),
    });

    const missed = new Session(loaded.compiled, { seed: 1 });
    for (const choice of ['identify', 'disclose_and_ask', 'channels']) missed.choose(choice);
    expect(missed.debrief().trueReason).toMatchObject({ tracked: true, found: false });
  });

  it('parley run prints it in the debrief', async () => {
    const result = await parley(['run', 'dialogues/away-on-business.yaml', '-c', 'identify,disclose_and_ask,channels', '--seed', '1']);
    expect(result.stdout).toContain(
      "True reason: He has the money, but he lent a friend this month's rent and would rather let the card wait until he's paid back, hoping nobody notices. — you did not find it",
    );
  });
});

describe('--lang', () => {
  it('plays the version of the same dialogue in that language from the same folder', async () => {
    const result = await parley(['run', 'tests/fixtures/versions/ok/greeting.yaml', '--lang', 'es', '-c', 'disclose', '--seed', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Saludo');
    expect(result.stdout).toContain('“¿Bueno?”');
    expect(result.stdout).toContain('Es un intento de cobrar una deuda');
    const json = JSON.parse((await parley(['run', 'tests/fixtures/versions/ok/greeting.yaml', '--lang', 'es', '--json'])).stdout);
    expect(json.dialogue).toMatchObject({ language: 'es', file: 'tests/fixtures/versions/ok/greeting.es.yaml' });
  });

  it('says which languages exist when the one asked for does not', async () => {
    const result = await parley(['run', 'tests/fixtures/versions/ok/greeting.yaml', '--lang', 'zh']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("there is no 'zh' version of 'greeting' in tests/fixtures/versions/ok; available: en, es");
    expect((await parley(['run', 'dialogues/away-on-business.yaml', '--lang', 'fr'])).status).toBe(2);
  });
});

describe('parley run in the dialogue\'s language', () => {
  it('frames a Spanish or Chinese dialogue with labels in that language, not English', async () => {
    const es = await parley(['run', 'dialogues/away-on-business.yaml', '--lang', 'es', '-c', 'identify,disclose_and_ask', '--seed', '2']);
    expect(es.stdout).toContain('[1] Usted (identify)');
    expect(es.stdout).toContain('Retroalimentación');
    expect(es.stdout).toContain('días de atraso');
    expect(es.stdout).not.toContain('Debrief');
    // Meter names too, in the step lines and the debrief, where the author kept the built-in meters.
    expect(es.stdout).toMatch(/Confianza \+1/);
    expect(es.stdout).toMatch(/Indicadores: Confianza 5→6/);
    expect(es.stdout).not.toMatch(/\btrust\b|Trust/);
    const zh = await parley(['run', 'dialogues/away-on-business.yaml', '--lang', 'zh', '-c', 'identify', '--seed', '2']);
    expect(zh.stdout).toContain('复盘');
    expect(zh.stdout).toContain('核心任务');
    expect(zh.stdout).not.toContain('Core tasks');
    expect(zh.stdout).toContain('信任 5→6');
  });
});

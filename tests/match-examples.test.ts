import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineConfig } from '../src/compile/compile-machine.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';

/** Every shipped dialogue version: each choice carries free-reply paraphrases (issue 18). */
const WITH_EXAMPLES = [
  ...['away-on-business', 'business-losing-money', 'forgot', 'next-month'].flatMap((d) => [`${d}.yaml`, `${d}.es.yaml`, `${d}.zh.yaml`]),
  ...['fetch-money-empty', 'hostile-insults', 'lost-job-or-unpaid-wages', 'money-went-to-someone-else', 'push-me-and-i-wont-pay', 'sue-me', 'trying-to-borrow', 'unhappy-with-product', 'when-i-have-money'].map((d) => `${d}.yaml`),
];
const HAN = /\p{Script=Han}/u;

describe('free-reply examples in the dialogues', () => {
  it('covers every shipped dialogue version', () => {
    expect(readdirSync('dialogues').filter((f) => f.endsWith('.yaml')).sort()).toEqual([...WITH_EXAMPLES].sort());
  });

  it.each(WITH_EXAMPLES)('%s: every choice has 3 to 5 examples, in the dialogue’s language, none a copy of the text', (file) => {
    const loaded = loadDialogue(readFileSync(`dialogues/${file}`, 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const language = loaded.dialogue.meta.language;
    let choices = 0;
    for (const [state, value] of Object.entries(loaded.dialogue.states)) {
      for (const [id, choice] of Object.entries(value.on ?? {})) {
        const meta = (Array.isArray(choice) ? choice[0] : choice)?.meta;
        if (!meta?.text) continue;
        choices++;
        const examples = meta.examples ?? [];
        expect(examples.length, `${state}.${id}`).toBeGreaterThanOrEqual(3);
        expect(examples.length, `${state}.${id}`).toBeLessThanOrEqual(5);
        for (const example of examples) {
          expect(HAN.test(example), `${state}.${id}: ${example}`).toBe(language === 'zh');
          expect(example, `${state}.${id}`).not.toBe(meta.text);
        }
      }
    }
    expect(choices).toBeGreaterThan(20);
  });

  it('examples written in the short form compile to the machine the long form gives', () => {
    const short = MINIMAL_DIALOGUE.replace('target: done\n        tasks', 'examples: ["Could you pay it today?", "Are you able to pay now?"]\n        target: done\n        tasks');
    expect(short).not.toBe(MINIMAL_DIALOGUE);
    const long = short.replace(
      /  start:[\s\S]*?  done:/,
      `  start:
    meta:
      line: "Hello?"
      excuse: forgot
    on:
      ask:
        target: done
        actions:
          - { type: changeMeter, params: { meter: trust, by: 1 } }
        meta: { text: "Can you pay today?", tasks: [ask_payment_today], examples: ["Could you pay it today?", "Are you able to pay now?"] }
      shout:
        target: done
        meta: { text: "Pay up, deadbeat.", flags: [abusive_language], better: "Ask calmly for payment." }
  done:`,
    );
    const a = loadDialogue(short, 'short.yaml');
    const b = loadDialogue(long, 'long.yaml');
    if (!a.ok || !b.ok) throw new Error(`fixtures invalid: ${JSON.stringify([a.diagnostics, b.diagnostics])}`);
    const config = machineConfig(a.dialogue);
    expect(config).toEqual(machineConfig(b.dialogue));
    expect(JSON.stringify(config)).toContain('Are you able to pay now?');
  });

  it('refuses an empty example and more than ten of them', () => {
    const withExamples = (list: string) => MINIMAL_DIALOGUE.replace('target: done\n        tasks', `examples: ${list}\n        target: done\n        tasks`);
    expect(loadDialogue(withExamples('[""]'), 'e.yaml').ok).toBe(false);
    expect(loadDialogue(withExamples(JSON.stringify(Array.from({ length: 11 }, (_, i) => `pay ${i}`))), 'e.yaml').ok).toBe(false);
    expect(loadDialogue(withExamples('["pay today"]'), 'e.yaml').ok).toBe(true);
  });
});

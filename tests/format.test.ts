import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { machineConfig } from '../src/compile/compile-machine.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { parseYaml } from '../src/load/parse-yaml.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';

const root = join(import.meta.dirname, '..');

/** The project's implementations as a plain XState setup, to prove files are ordinary XState configs. */
const implementations = setup({
  guards: {
    meterAtLeast: () => true,
    meterAtMost: () => true,
    factIs: () => true,
    visitsAtLeast: () => true,
    visitsAtMost: () => true,
    personaIs: () => true,
    all: () => true,
    any: () => true,
    not: () => true,
  },
  actions: { changeMeter: () => {}, setMeter: () => {}, setFact: () => {}, countVisit: () => {}, raiseFlags: () => {} },
});

describe('dialogue format', () => {
  it('a machine-form file, as JSON, is accepted by XState createMachine and runs to a final state', () => {
    const text = readFileSync(join(root, 'dialogues', 'business-losing-money.yaml'), 'utf8');
    const json = JSON.parse(JSON.stringify(parseYaml(text, 'f').value));
    const machine = implementations.createMachine(json);
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe(json.initial);
    const first = Object.keys(json.states[json.initial].on)[0]!;
    actor.send({ type: first });
    expect(actor.getSnapshot().value).not.toBe(json.initial);
  });

  it('the compiled config is accepted by XState too', () => {
    const result = loadDialogue(MINIMAL_DIALOGUE, 'm.yaml');
    if (!result.ok) throw new Error('fixture invalid');
    const config = JSON.parse(JSON.stringify(machineConfig(result.dialogue)));
    const actor = createActor(implementations.createMachine(config)).start();
    actor.send({ type: 'ask' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('the short authoring form compiles to exactly the machine the long form does', () => {
    const long = MINIMAL_DIALOGUE.replace(
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
        meta: { text: "Can you pay today?", tasks: [ask_payment_today] }
      shout:
        target: done
        meta: { text: "Pay up, deadbeat.", flags: [abusive_language], better: "Ask calmly for payment." }
  done:`,
    );
    const a = loadDialogue(MINIMAL_DIALOGUE, 'short.yaml');
    const b = loadDialogue(long, 'long.yaml');
    if (!a.ok || !b.ok) throw new Error('fixtures invalid');
    expect(machineConfig(a.dialogue)).toEqual(machineConfig(b.dialogue));
  });

  it('never evaluates strings: a guard or action given as code text is refused', () => {
    const text = MINIMAL_DIALOGUE.replace('target: done\n        tasks', 'target: done\n        guard: "() => process.exit(1)"\n        tasks');
    const result = loadDialogue(text, 'evil.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/guard/);
  });
});

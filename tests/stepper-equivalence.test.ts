import fc from 'fast-check';
import { transition as xstateTransition, initialTransition, type AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { generateDialogue as generateBenchDialogue } from '../bench/generate-dialogue.js';
import { compileDialogue, type CompiledDialogue } from '../src/compile/compile-machine.js';
import type { MachineSnapshot } from '../src/compile/compile-stepper.js';
import { COERCION_FLAGS } from '../src/catalog/index.js';
import { generateDialogue } from '../src/generate/generate-dialogue.js';
import { dialogueToYaml } from '../src/generate/to-yaml.js';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';

/**
 * The engine steps dialogues with its own stepper for speed; XState's
 * `transition()` is the reference. On random walks (any event, available or
 * not, with random situation flags and severities, under random personas) both
 * must agree on the state, the status and every value in the context.
 */
const fromText = (text: string, file: string): CompiledDialogue => {
  const loaded = loadDialogue(text, file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  return compileDialogue(loaded.dialogue);
};

const SELF_LOOP = MINIMAL_DIALOGUE.replace(
  '      - id: shout',
  `      - id: warm_up
        text: "How are things?"
        target: start
        meters: { trust: 2 }
        actions: [{ type: setFact, params: { fact: warmed, value: true } }]
      - id: plan
        text: "A plan?"
        guard: { type: all, params: { guards: [{ type: visitsAtMost, params: { state: start, count: 1 } }, { type: factIs, params: { fact: warmed, value: true } }] } }
        target: done
      - id: shout`,
);

const dialogues: Array<[string, CompiledDialogue]> = [
  ...findDialogueFiles(['dialogues']).map((file): [string, CompiledDialogue] => {
    const loaded = loadDialogueFile(file);
    if (!loaded.ok) throw new Error(`${file} is invalid`);
    return [file, loaded.compiled];
  }),
  ['self-loop', fromText(SELF_LOOP, 'self-loop.yaml')],
  ['bench-60', fromText(generateBenchDialogue(60, 5).yaml, 'bench.yaml')],
  ...[1, 2, 3].map((seed): [string, CompiledDialogue] => [`generated-${seed}`, fromText(dialogueToYaml(generateDialogue({ seed })), 'g.yaml')]),
];

const FLAG_IDS = COERCION_FLAGS.map((f) => f.id);
const walk = fc.record({
  persona: fc.record({ temperament: fc.constantFrom('calm', 'evasive', 'anxious', 'hostile') }, { requiredKeys: [] }),
  picks: fc.array(fc.record({ choice: fc.nat(), bogus: fc.boolean(), flags: fc.subarray(FLAG_IDS, { maxLength: 2 }), severity: fc.constantFrom('violation', 'coercive', 'caution') }), {
    minLength: 1,
    maxLength: 40,
  }),
});

const same = (mine: MachineSnapshot, theirs: AnyMachineSnapshot) => {
  expect(mine.value).toBe(theirs.value);
  expect(mine.status).toBe(theirs.status);
  expect(mine.context).toEqual(theirs.context);
};

describe('the engine stepper steps exactly as XState does', () => {
  it.each(dialogues)('%s', (_name, compiled) => {
    fc.assert(
      fc.property(walk, ({ persona, picks }) => {
        let [theirs] = initialTransition(compiled.machine, { persona });
        let mine = compiled.stepper.initial({ persona });
        same(mine, theirs);
        for (const pick of picks) {
          const ids = Object.keys(compiled.dialogue.states[mine.value]?.on ?? {});
          const type = pick.bogus || ids.length === 0 ? 'no_such_choice' : ids[pick.choice % ids.length]!;
          const severities = Object.fromEntries(pick.flags.map((f) => [f, pick.severity]));
          const event = { type, situationalFlags: pick.flags, severities };
          const before = theirs;
          [theirs] = xstateTransition(compiled.machine, theirs, event);
          // The one step function: the branch it reports is the one XState took, and nothing when XState stays put.
          const taken = compiled.stepper.step(mine, type, () => event);
          if (taken) {
            expect(taken.branch.choice).toBe(type);
            expect(compiled.table.states[taken.branch.target]!.id).toBe(theirs.value);
          } else expect(theirs).toBe(before);
          mine = compiled.stepper.transition(mine, event);
          same(mine, theirs);
          if (taken) expect(taken.snapshot).toEqual(mine);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
// Through the package's own `exports`, as another project imports it: no other Parley code is loaded.
import { createDialogueMachine, situationSerializer, type DialogueMachineConfig } from 'parley/xstate';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { parley } from './helpers/cli.js';

/** Whatever dialogues/ holds today: the library changes, the promise does not. */
const shipped = findDialogueFiles(['dialogues']);

const machineConfigOf = async (file: string): Promise<DialogueMachineConfig> => {
  const graph = await parley(['graph', file, '--format', 'json']);
  expect(graph.status, graph.stderr).toBe(0);
  return JSON.parse(graph.stdout) as DialogueMachineConfig;
};

interface CoverageJson {
  targets: Array<{ kind: 'outcome' | 'flag'; id: string; choices: string[] | null; persona?: Record<string, string> }>;
}

const outcomeOf = (config: DialogueMachineConfig, snapshot: AnyMachineSnapshot): string | undefined =>
  (config.states[String(snapshot.value)] as { meta?: { outcome?: string } } | undefined)?.meta?.outcome;

describe('parley/xstate: XState tools on every shipped dialogue', () => {
  it('finds dialogues to check', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  it.each(shipped)('%s: xstate/graph shortest paths reach each outcome in as many choices as parley coverage says', async (file) => {
    const config = await machineConfigOf(file);
    const machine = createDialogueMachine(config);
    const paths = getShortestPaths(machine, { serializeState: situationSerializer(config) });

    const shortest = new Map<string, string[]>();
    for (const path of paths) {
      if (path.state.status !== 'done') continue;
      const outcome = outcomeOf(config, path.state);
      const choices = path.steps.map((step) => step.event.type).filter((type) => type !== 'xstate.init');
      if (outcome && (!shortest.has(outcome) || choices.length < shortest.get(outcome)!.length)) shortest.set(outcome, choices);
    }

    const coverage = await parley(['coverage', file, '--json']);
    const outcomes = (JSON.parse(coverage.stdout) as CoverageJson).targets.filter((t) => t.kind === 'outcome');
    // What only a debtor with other traits reaches is played in an actor given that persona as input.
    const targets = outcomes.filter((t) => !t.persona);
    for (const target of outcomes.filter((t) => t.persona)) {
      const actor = createActor(createDialogueMachine(config), { input: { persona: target.persona } }).start();
      for (const type of target.choices!) actor.send({ type });
      expect(outcomeOf(config, actor.getSnapshot()), `${file}: outcome ${target.id} with ${JSON.stringify(target.persona)}`).toBe(target.id);
    }
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(shortest.get(target.id)?.length, `${file}: outcome ${target.id}`).toBe(target.choices?.length);
    }
    expect([...shortest.keys()].sort()).toEqual(targets.filter((t) => t.choices).map((t) => t.id).sort());

    // Each path XState found plays to its outcome in an actor of the same machine.
    for (const [outcome, choices] of shortest) {
      const actor = createActor(createDialogueMachine(config)).start();
      for (const type of choices) actor.send({ type });
      expect(actor.getSnapshot().status).toBe('done');
      expect(outcomeOf(config, actor.getSnapshot())).toBe(outcome);
    }
  });

  it('runs guards and actions in an actor: meters move, flags add legal exposure, the persona can be overridden', async () => {
    const config = await machineConfigOf('tests/fixtures/frozen/away-on-business.yaml');
    const actor = createActor(createDialogueMachine(config), { input: { persona: { temperament: 'calm' } } }).start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'identify' });
    actor.send({ type: 'disclose_and_ask' });
    actor.send({ type: 'tell_family' });
    const after = actor.getSnapshot().context;
    expect(after.persona.temperament).toBe('calm');
    expect(after.flags).toEqual(expect.arrayContaining(['pressure_to_borrow']));
    expect(after.meters.legal_exposure).toBeGreaterThan(before.meters.legal_exposure);
    // The config is not changed by running it: a second actor starts where the first did.
    expect(createActor(createDialogueMachine(config)).start().getSnapshot().context.meters).toEqual(before.meters);
  });

  it('refuses something that is not a machine config with one clear error', () => {
    expect(() => createDialogueMachine({} as DialogueMachineConfig)).toThrow(/expected a dialogue machine config/);
  });
});

describe('parley/xstate and personas', () => {
  it('gives a debtor played with other traits the true reason the dialogue wrote for them, as the engine does', async () => {
    const config = await machineConfigOf('tests/fixtures/jurisdiction/card-call.yaml');
    const actor = createActor(createDialogueMachine(config), { input: { persona: { ability: 'unable' } } }).start();
    expect(actor.getSnapshot().context.persona.true_reason).toBe('Hours at work were cut in half last month.');
  });
});

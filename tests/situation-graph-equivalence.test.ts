import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateDialogue as generateBenchDialogue } from '../bench/generate-dialogue.js';
import { personaVariants } from '../src/analyze/persona-variants.js';
import { buildSituationGraph, edgeBranch, edgeFlags, type SituationGraph, type SituationGraphOptions } from '../src/analyze/situation-graph.js';
import { situationKeySpec } from '../src/analyze/situation-key.js';
import type { CompiledDialogue } from '../src/compile/compile-machine.js';
import { generateDialogue } from '../src/generate/generate-dialogue.js';
import { dialogueToYaml } from '../src/generate/to-yaml.js';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { dialogueArb } from './helpers/arbitrary-dialogue.js';
import { compileText } from './helpers/load.js';
import { jsonSituationKey, referenceSituationGraph, type ReferenceGraph } from './helpers/reference-situation-graph.js';

/**
 * `parley analyze` searches situations as numeric keys and steps keys rather
 * than contexts. XState's own traversal (getAdjacencyMap stepping whole
 * contexts) is the reference: both must find the same situations in the same
 * order, with the same guard-visible values, and the same edges with the same
 * choices, branches, flags and tasks; the findings and coverage paths depend on
 * all of it.
 */
const asReference = (graph: SituationGraph): ReferenceGraph => {
  const spec = situationKeySpec(graph.dialogue);
  const { situations, edges } = graph;
  return {
    situations: situations.state.map((state, i) => ({
      key: jsonSituationKey(spec, state, graph.contextOf(i)),
      state,
      final: situations.final[i] === 1,
      expanded: situations.expanded[i] === 1,
    })),
    edges: Array.from({ length: edges.count }, (_, e) => ({
      from: edges.from[e]!,
      to: edges.to[e]!,
      choice: edgeBranch(graph, e).choice,
      branch: edgeBranch(graph, e).branch,
      flags: [...edgeFlags(graph, e)],
      tasks: [...(edgeBranch(graph, e).transition.meta?.tasks ?? [])],
    })),
    complete: graph.complete,
  };
};

const expectSameGraph = (compiled: CompiledDialogue, options: SituationGraphOptions) => {
  const graph = buildSituationGraph(compiled, options);
  const mine = asReference(graph);
  const theirs = referenceSituationGraph(compiled, options);
  expect(mine).toEqual(theirs);
  // Edges leaving a situation are stored together, in the order they were offered.
  for (let i = 0; i < graph.situations.count; i++) {
    for (let e = graph.situations.firstEdge[i]!; e < graph.situations.firstEdge[i + 1]!; e++) expect(graph.edges.from[e]).toBe(i);
  }
};

const load = (file: string) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  return loaded.compiled;
};

/** Situation rules at work: a late first call, and a demand that is lawful until the debtor asks to stop, offered in both situations. */
const SITUATIONAL = `id: situational
initial: opening
meta:
  title: Situational
  language: en
  setting: { channel: phone, debt_kind: credit_card, stage: early }
  debtor: { name: T, persona: { ability: able, willingness: willing, temperament: calm, true_reason: x }, excuses: [forgot], debt: { amount: 1, currency: USD, days_past_due: 1 } }
  contact: { local_time: "22:30" }
states:
  opening:
    line: "Hello?"
    choices:
      - { id: hello, text: "Hello, is this a good time?", target: hub }
  hub:
    line: "Yes?"
    choices:
      - { id: ask, text: "Can you pay today?", target: hub, tasks: [ask_payment_today] }
      - { id: stop, text: "(The debtor asks you to stop.)", target: stopped, actions: [{ type: setFact, params: { fact: cease_requested, value: true } }] }
      - { id: bye, text: "Bye.", target: done }
  stopped:
    line: "Stop calling me."
    choices:
      - { id: back, text: "One more thing.", target: hub }
  done: { type: final, line: "bye", outcome: hung_up }
`;

const FIXTURES = ['analyze', 'matrix', 'situations', 'diff', 'graph'].flatMap((dir) => findDialogueFiles([`tests/fixtures/${dir}`]));
const dialogues: Array<[string, CompiledDialogue]> = [
  ...[...findDialogueFiles(['dialogues']), ...FIXTURES].map((file): [string, CompiledDialogue] => [file, load(file)]),
  ['situational', compileText(SITUATIONAL, 'situational.yaml')],
  ['bench-60', compileText(generateBenchDialogue(60, 5).yaml, 'bench.yaml')],
  // Thousands of situations and edges: the key table and edge lists grow and rehash past their first size.
  ['bench-300', compileText(generateBenchDialogue(300).yaml, 'bench.yaml')],
  ...[1, 2, 3].map((seed): [string, CompiledDialogue] => [`generated-${seed}`, compileText(dialogueToYaml(generateDialogue({ seed })), 'g.yaml')]),
];

describe('the situation graph equals XState traversal', () => {
  it.each(dialogues)('%s, under every persona its guards tell apart', (_name, compiled) => {
    for (const persona of personaVariants(compiled.dialogue)) expectSameGraph(compiled, { persona });
  });

  it.each(dialogues)('%s, under each jurisdiction and when the search is cut short', (_name, compiled) => {
    for (const jurisdiction of ['us', 'uk', 'cn'] as const) expectSameGraph(compiled, { jurisdiction });
    for (const maxSituations of [1, 4, 17]) expectSameGraph(compiled, { maxSituations });
  });

  it('on random dialogues (guards on meters, facts, visits and persona; meter and fact actions; flags)', () => {
    fc.assert(
      fc.property(dialogueArb, fc.constantFrom(undefined, 3, 25), (dialogue, maxSituations) => {
        const compiled = compileText(stringify(dialogue), 'random.yaml');
        for (const persona of personaVariants(compiled.dialogue)) expectSameGraph(compiled, { persona, ...(maxSituations ? { maxSituations } : {}) });
      }),
      { numRuns: 80, seed: 20261123 },
    );
  });
});

import type { CompiledDialogue } from '../compile/compile-machine.js';
import { outcomes as outcomeCatalog } from '../catalog/index.js';
import type { Transition } from '../schema/dialogue.js';
import { describeGuard } from './describe-guard.js';
import { outcomesAfterChoices } from './outcomes-after.js';
import { buildSituationGraph, type SituationGraphOptions } from './situation-graph.js';

/** One change in meaning between two versions of a dialogue. */
export type DialogueChange =
  | { kind: 'id-changed'; from: string; to: string }
  | { kind: 'initial-moved'; from: string; to: string }
  | { kind: 'state-added'; state: string }
  | { kind: 'state-removed'; state: string }
  | { kind: 'choice-added'; state: string; choice: string; target: string }
  | { kind: 'choice-removed'; state: string; choice: string }
  | { kind: 'target-moved'; state: string; choice: string; branch: number; from: string; to: string }
  | { kind: 'guard-changed'; state: string; choice: string; branch: number; from?: string; to?: string }
  | { kind: 'flag-added'; state: string; choice: string; flag: string }
  | { kind: 'flag-dropped'; state: string; choice: string; flag: string }
  | { kind: 'outcome-reachable'; outcome: string }
  | { kind: 'outcome-unreachable'; outcome: string }
  | { kind: 'consequence-lost'; state: string; choice: string; lost: string[] };

/** What one side of the comparison needs: the dialogue and, for reachability, its compiled machine. */
export type DiffSide = CompiledDialogue | undefined;

const SUCCESS = (outcome: string) => outcomeCatalog.get(outcome)?.kind === 'success';

/**
 * What changed in meaning from `before` to `after` (either may be absent: a
 * file added or deleted). Choices are matched by state and id, so a renamed
 * choice shows as one removed and one added. Reachability is guard-aware.
 */
export function semanticDiff(before: DiffSide, after: DiffSide, options: SituationGraphOptions = {}): DialogueChange[] {
  const changes: DialogueChange[] = [];
  const a = before?.dialogue;
  const b = after?.dialogue;
  // Another id is another dialogue (transcripts, tests and reports key on it), even with the same states.
  if (a && b && a.id !== b.id) changes.push({ kind: 'id-changed', from: a.id, to: b.id });
  if (a && b && a.initial !== b.initial) changes.push({ kind: 'initial-moved', from: a.initial, to: b.initial });
  const statesA = a?.states ?? {};
  const statesB = b?.states ?? {};
  for (const state of Object.keys(statesA)) if (!Object.hasOwn(statesB, state)) changes.push({ kind: 'state-removed', state });
  for (const state of Object.keys(statesB)) if (!Object.hasOwn(statesA, state)) changes.push({ kind: 'state-added', state });

  for (const [state, stateB] of Object.entries(statesB)) {
    const stateA = statesA[state];
    if (!stateA) continue;
    const onA = stateA.on ?? {};
    const onB = stateB.on ?? {};
    for (const choice of Object.keys(onA)) if (!Object.hasOwn(onB, choice)) changes.push({ kind: 'choice-removed', state, choice });
    for (const [choice, valueB] of Object.entries(onB)) {
      const branchesB = toBranches(valueB);
      if (!Object.hasOwn(onA, choice)) {
        changes.push({ kind: 'choice-added', state, choice, target: branchesB[0]!.target });
        continue;
      }
      const branchesA = toBranches(onA[choice]!);
      for (let i = 0; i < Math.max(branchesA.length, branchesB.length); i++) {
        const ta = branchesA[i];
        const tb = branchesB[i];
        if (ta && tb && ta.target !== tb.target) changes.push({ kind: 'target-moved', state, choice, branch: i, from: ta.target, to: tb.target });
        const ga = ta?.guard ? describeGuard(ta.guard) : undefined;
        const gb = tb?.guard ? describeGuard(tb.guard) : undefined;
        if (ta && tb && ga !== gb) changes.push({ kind: 'guard-changed', state, choice, branch: i, ...(ga ? { from: ga } : {}), ...(gb ? { to: gb } : {}) });
        if (ta && !tb) changes.push({ kind: 'guard-changed', state, choice, branch: i, ...(ga ? { from: ga } : {}) });
      }
      const flagsA = new Set(branchesA.flatMap((t) => t.meta?.flags ?? []));
      const flagsB = new Set(branchesB.flatMap((t) => t.meta?.flags ?? []));
      for (const flag of flagsA) if (!flagsB.has(flag)) changes.push({ kind: 'flag-dropped', state, choice, flag });
      for (const flag of flagsB) if (!flagsA.has(flag)) changes.push({ kind: 'flag-added', state, choice, flag });
    }
  }

  const graphA = before ? buildSituationGraph(before, options) : undefined;
  const graphB = after ? buildSituationGraph(after, options) : undefined;
  const reachable = (graph: typeof graphA) => {
    const outcomes = new Set<string>();
    for (let i = 0; graph && i < graph.situations.count; i++) {
      const outcome = graph.situations.final[i] ? graph.dialogue.states[graph.situations.state[i]!]?.meta?.outcome : undefined;
      if (outcome) outcomes.add(outcome);
    }
    return outcomes;
  };
  const reachA = reachable(graphA);
  const reachB = reachable(graphB);
  for (const outcome of reachA) if (!reachB.has(outcome)) changes.push({ kind: 'outcome-unreachable', outcome });
  for (const outcome of reachB) if (!reachA.has(outcome)) changes.push({ kind: 'outcome-reachable', outcome });

  if (a && b && graphA && graphB) {
    const afterA = outcomesAfterChoices(graphA);
    const afterB = outcomesAfterChoices(graphB);
    for (const [state, stateA] of Object.entries(a.states)) {
      for (const [choice, valueA] of Object.entries(stateA.on ?? {})) {
        const valueB = b.states[state]?.on?.[choice];
        if (!valueB) continue;
        const lost = lostConsequences(toBranches(valueA), toBranches(valueB), afterA.get(`${state}.${choice}`), afterB.get(`${state}.${choice}`), reachA);
        if (lost.length) changes.push({ kind: 'consequence-lost', state, choice, lost });
      }
    }
  }
  return changes;
}

/**
 * For a choice that was flagged before, what it no longer costs the learner:
 * its flag, its explanation, its meter penalty, or a good ending it used to
 * close off (one the old version reached by other choices). A coercive reply that stops costing anything teaches the wrong lesson.
 */
function lostConsequences(
  a: Transition[],
  b: Transition[],
  outcomesA: Set<string> | undefined,
  outcomesB: Set<string> | undefined,
  reachableBefore: Set<string>,
): string[] {
  const flagsA = a.flatMap((t) => t.meta?.flags ?? []);
  if (!flagsA.length) return [];
  const lost: string[] = [];
  if (!b.some((t) => t.meta?.flags?.length)) lost.push('no longer flagged');
  if (a.some((t) => t.meta?.feedback) && !b.some((t) => t.meta?.feedback)) lost.push('feedback removed');
  if (a.some((t) => t.meta?.better) && !b.some((t) => t.meta?.better)) lost.push("'better' alternative removed");
  const penaltyA = penalties(a);
  const penaltyB = penalties(b);
  for (const [meter, by] of Object.entries(penaltyA)) {
    const now = penaltyB[meter] ?? 0;
    if (now > by) lost.push(`costs less ${meter} (${by} → ${now})`);
  }
  // Only endings the old version had but closed off after this choice: a brand-new ending is not a lost consequence.
  const opened = [...(outcomesB ?? [])].filter((o) => SUCCESS(o) && reachableBefore.has(o) && !outcomesA?.has(o));
  if (opened.length) lost.push(`now leads on to ${opened.join(', ')}`);
  return lost;
}

function penalties(branches: Transition[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const branch of branches.slice(0, 1)) {
    for (const action of branch.actions ?? []) {
      if (action.type === 'changeMeter' && action.params.by < 0) result[action.params.meter] = (result[action.params.meter] ?? 0) + action.params.by;
    }
  }
  return result;
}

function toBranches(value: Transition | Transition[]): Transition[] {
  return Array.isArray(value) ? value : [value];
}


import type { Dialogue, Transition } from '../schema/dialogue.js';
import { initialContext, type DialogueContext, type DialogueInput } from './context.js';
import { contextActions, type ChoiceEvent } from './context-actions.js';
import { countedStates } from './counted-states.js';
import { evaluateGuard } from './evaluate-guard.js';

/** The part of an XState snapshot the engine reads: where the machine is and what it remembers. */
export interface MachineSnapshot {
  value: string;
  context: DialogueContext;
  status: 'active' | 'done';
}

export interface Stepper {
  initial(input?: DialogueInput): MachineSnapshot;
  /** The next snapshot for a choice event; the same snapshot when no transition is enabled. */
  transition(snapshot: MachineSnapshot, event: ChoiceEvent): MachineSnapshot;
}

/**
 * Steps the compiled machine the way XState's `transition()` does for the
 * machines Parley compiles (flat states, the built-in guards and actions), at a
 * fraction of the cost: no actor scope, no action objects, no snapshot class.
 * tests/stepper-equivalence.test.ts holds it equal to XState on random walks.
 *
 * Order per step, as in XState v5: the first branch whose guard passes; its
 * actions, then flag accounting; then, unless the target is the state itself
 * (v5 does not re-enter on a self-transition), the target's visit count (for
 * states a guard counts) and entry actions.
 */
export function compileStepper(dialogue: Dialogue): Stepper {
  const actions = contextActions(dialogue.meta.meters ?? {});
  const counted = countedStates(dialogue);
  const enter = (context: DialogueContext, stateId: string): DialogueContext => {
    let next = counted.has(stateId) ? actions.countVisit(context, stateId) : context;
    for (const action of dialogue.states[stateId]?.entry ?? []) next = actions.apply(next, action);
    return next;
  };
  const statusOf = (stateId: string) => (dialogue.states[stateId]?.type === 'final' ? 'done' : 'active');

  return {
    initial(input = {}) {
      return { value: dialogue.initial, context: enter(initialContext(dialogue, input), dialogue.initial), status: statusOf(dialogue.initial) };
    },
    transition(snapshot, event) {
      if (snapshot.status === 'done') return snapshot;
      const on = dialogue.states[snapshot.value]?.on;
      const value = on && Object.hasOwn(on, event.type) ? on[event.type] : undefined;
      if (value === undefined) return snapshot;
      const branches: readonly Transition[] = Array.isArray(value) ? value : [value];
      const branch = branches.find((t) => !t.guard || evaluateGuard(snapshot.context, t.guard));
      if (!branch) return snapshot;
      let context = snapshot.context;
      for (const action of branch.actions ?? []) context = actions.apply(context, action);
      context = actions.raiseFlags(context, branch.meta?.flags ?? [], event);
      if (branch.target !== snapshot.value) context = enter(context, branch.target);
      return { value: branch.target, context, status: statusOf(branch.target) };
    },
  };
}

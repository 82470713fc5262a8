import type { DialogueContext, DialogueInput } from './context.js';
import { initialContext } from './context.js';
import { contextActions, type ChoiceEvent } from './context-actions.js';
import { enabledBranch } from './enabled-branch.js';
import type { TableBranch, TransitionTable } from './transition-table.js';

/** The part of an XState snapshot the engine reads: where the machine is and what it remembers. */
export interface MachineSnapshot {
  value: string;
  context: DialogueContext;
  status: 'active' | 'done';
}

/** One step taken: the branch the choice took, the event it was taken with, and where it led. */
export interface TakenStep<E extends ChoiceEvent = ChoiceEvent> {
  branch: TableBranch;
  event: E;
  snapshot: MachineSnapshot;
}

export interface Stepper {
  table: TransitionTable;
  initial(input?: DialogueInput): MachineSnapshot;
  /**
   * Takes a choice: picks its branch once and steps it. The event is asked for
   * once the branch is known, because situation rules judge the reply taken.
   * Nothing when the choice is not offered (or the dialogue has ended).
   */
  step<E extends ChoiceEvent>(snapshot: MachineSnapshot, choice: string, eventFor: (branch: TableBranch) => E): TakenStep<E> | undefined;
  /** XState's `transition()`: the next snapshot for a choice event; the same snapshot when no transition is enabled. */
  transition(snapshot: MachineSnapshot, event: ChoiceEvent): MachineSnapshot;
}

/**
 * Steps the transition table the way XState's `transition()` steps the
 * machine built from it (flat states, the built-in guards and actions), at a
 * fraction of the cost: no actor scope, no action objects, no snapshot class.
 * tests/stepper-equivalence.test.ts holds it equal to XState on random walks.
 *
 * Order per step, as in XState v5: the first branch whose guard passes; its
 * actions, then flag accounting; then, unless the target is the state itself
 * (v5 does not re-enter on a self-transition), the target's visit count (for
 * states a guard counts) and entry actions.
 */
export function compileStepper(table: TransitionTable): Stepper {
  const { dialogue, states } = table;
  const actions = contextActions(dialogue.meta.meters ?? {});
  const enter = (context: DialogueContext, target: number): DialogueContext => {
    const state = states[target]!;
    let next = state.counted ? actions.countVisit(context, state.id) : context;
    for (const action of state.entry) next = actions.apply(next, action);
    return next;
  };
  const snapshotAt = (target: number, context: DialogueContext): MachineSnapshot => {
    const state = states[target]!;
    return { value: state.id, context, status: state.final ? 'done' : 'active' };
  };

  const stepper: Stepper = {
    table,
    initial(input = {}) {
      return snapshotAt(table.initial, enter(initialContext(dialogue, input), table.initial));
    },
    step(snapshot, choiceId, eventFor) {
      if (snapshot.status === 'done') return undefined;
      const at = table.stateIndex.get(snapshot.value);
      if (at === undefined) return undefined;
      const state = states[at]!;
      const k = state.choiceIndex.get(choiceId);
      if (k === undefined) return undefined;
      const branch = enabledBranch(table, state.choices[k]!, snapshot.context);
      if (!branch) return undefined;
      const event = eventFor(branch);
      let context = snapshot.context;
      for (const action of branch.actions) context = actions.apply(context, action);
      context = actions.raiseFlags(context, branch.flags, event);
      if (branch.reenters) context = enter(context, branch.target);
      return { branch, event, snapshot: snapshotAt(branch.target, context) };
    },
    transition(snapshot, event) {
      return stepper.step(snapshot, event.type, () => event)?.snapshot ?? snapshot;
    },
  };
  return stepper;
}

import type { Action } from '../schema/action.js';
import type { Dialogue, State, Transition } from '../schema/dialogue.js';
import type { Guard } from '../schema/guard.js';
import { visitCaps } from './visit-caps.js';

/**
 * One guarded branch of one choice of one state, as the author wrote it, with
 * what a step needs resolved once: the target's index and whether taking it
 * enters the target (XState v5 does not re-enter on a self-transition).
 */
export interface TableBranch {
  /** Its place in `TransitionTable.branches`. */
  index: number;
  /** The state it leaves, by id and by index. */
  state: string;
  from: number;
  /** The choice it belongs to. */
  choice: string;
  /** Position among the choice's branches (0 when it has one). */
  branch: number;
  /** The choice as the learner reads it, whichever branch it takes: the first branch's text, else the id. */
  text: string;
  guard: Guard | undefined;
  actions: readonly Action[];
  /** The flags the reply itself raises. */
  flags: readonly string[];
  target: number;
  /** false when the target is the state itself: no visit count, no entry actions. */
  reenters: boolean;
  /** The transition as written: its meta (text, feedback, tasks…) is what the learner is told. */
  transition: Transition;
}

/** A choice offered in a state: its branches are `TransitionTable.branches[first…end)`, tried in order. */
export interface TableChoice {
  id: string;
  /** What the learner reads: the first branch's text, else the id. */
  text: string;
  first: number;
  end: number;
  /** Written as a list of branches (kept so the machine config reads as the file does). */
  listed: boolean;
}

export interface TableState {
  id: string;
  index: number;
  /** The state as written: its meta, tags and any key XState reads. */
  state: State;
  final: boolean;
  /** A guard counts its visits: entering it counts one, before its entry actions. */
  counted: boolean;
  entry: readonly Action[];
  /** In the author's order. */
  choices: readonly TableChoice[];
  choiceIndex: ReadonlyMap<string, number>;
  /** Its branches, all choices together: `TransitionTable.branches[firstBranch…endBranch)`. */
  firstBranch: number;
  endBranch: number;
}

/**
 * A dialogue's step semantics, compiled once: states by index and every branch
 * of every choice, state by state and choice by choice in the file's order.
 * The engine's stepper, `Session`, the situation graph and the XState machine
 * config all read this and nothing else of the dialogue's transitions.
 */
export interface TransitionTable {
  dialogue: Dialogue;
  initial: number;
  states: readonly TableState[];
  stateIndex: ReadonlyMap<string, number>;
  branches: readonly TableBranch[];
  /** Per counted state, the visit count past which no guard can tell counts apart. */
  visitCaps: ReadonlyMap<string, number>;
}

export function transitionTable(dialogue: Dialogue): TransitionTable {
  const ids = Object.keys(dialogue.states);
  const stateIndex = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) stateIndex.set(ids[i]!, i);
  const caps = visitCaps(dialogue.states);
  const branches: TableBranch[] = [];
  const states: TableState[] = [];
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    const state = dialogue.states[id]!;
    const firstBranch = branches.length;
    const choices: TableChoice[] = [];
    const choiceIndex = new Map<string, number>();
    for (const choice in state.on) {
      if (!Object.hasOwn(state.on, choice)) continue;
      const value = state.on[choice]!;
      const listed = Array.isArray(value);
      const written = listed ? value : [value];
      const first = branches.length;
      const text = written[0]!.meta?.text ?? choice;
      for (let branch = 0; branch < written.length; branch++) {
        const transition = written[branch]!;
        branches.push({
          index: branches.length,
          state: id,
          from: index,
          choice,
          branch,
          text,
          guard: transition.guard,
          actions: transition.actions ?? [],
          flags: transition.meta?.flags ?? [],
          target: stateIndex.get(transition.target)!,
          reenters: transition.target !== id,
          transition,
        });
      }
      choiceIndex.set(choice, choices.length);
      choices.push({ id: choice, text, first, end: branches.length, listed });
    }
    states.push({
      id,
      index,
      state,
      final: state.type === 'final',
      counted: caps.has(id),
      entry: state.entry ?? [],
      choices,
      choiceIndex,
      firstBranch,
      endBranch: branches.length,
    });
  }
  return { dialogue, initial: stateIndex.get(dialogue.initial)!, states, stateIndex, branches, visitCaps: caps };
}

import type { State, Transition } from './dialogue.js';

export interface ChoiceTransition {
  choiceId: string;
  /** Position among the choice's guarded branches (0 when it has one). */
  branch: number;
  transition: Transition;
}

/** Every transition of a state, branches of one choice flattened in order. */
export function transitionsOf(state: State | undefined): ChoiceTransition[] {
  const result: ChoiceTransition[] = [];
  for (const [choiceId, value] of Object.entries(state?.on ?? {})) {
    const branches = Array.isArray(value) ? value : [value];
    branches.forEach((transition, branch) => result.push({ choiceId, branch, transition }));
  }
  return result;
}

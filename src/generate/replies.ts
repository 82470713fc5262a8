import type { Action } from '../schema/action.js';
import type { AuthoringState, ChoiceMeta, ShortChoice, Transition } from '../schema/dialogue.js';
import type { Guard } from '../schema/guard.js';

/** One guarded outcome of a reply: where it leads and what it teaches there. */
export type Branch = Omit<ShortChoice, 'id' | 'text' | 'guard'> & { guard?: Guard };

/** A reply whose effect depends on the moment (persona, meters): XState's list of guarded branches. */
export interface BranchedReply {
  id: string;
  text: string;
  branches: Branch[];
}

export type Reply = ShortChoice | BranchedReply;

const TEACHING = ['flags', 'tasks', 'feedback', 'better', 'reaction', 'locked', 'demand', 'mentions_debt', 'reveals_reason'] as const;

function transition(branch: Branch, text?: string): Transition {
  const actions: Action[] = [
    ...Object.entries(branch.meters ?? {}).map(([meter, by]): Action => ({ type: 'changeMeter', params: { meter, by } })),
    ...(branch.actions ?? []),
  ];
  const meta: ChoiceMeta = text === undefined ? {} : { text };
  for (const key of TEACHING) if (branch[key] !== undefined) (meta as Record<string, unknown>)[key] = branch[key];
  return {
    target: branch.target,
    ...(branch.guard ? { guard: branch.guard } : {}),
    ...(actions.length ? { actions } : {}),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}

/**
 * A state with its replies in the given order. Plain replies use the short
 * `choices:` form, which is easier to edit by hand; a state with a branched
 * reply is written under `on:` so the order the learner sees is kept.
 */
export function replies(line: AuthoringState['line'], choices: readonly Reply[], extra: Partial<AuthoringState> = {}): AuthoringState {
  const branched = choices.some((choice) => 'branches' in choice);
  if (!branched) return { ...extra, line, choices: choices as ShortChoice[] };
  const on: NonNullable<AuthoringState['on']> = {};
  for (const choice of choices) {
    if ('branches' in choice) on[choice.id] = choice.branches.map((branch, i) => transition(branch, i === 0 ? choice.text : undefined));
    else {
      const { id, text, ...branch } = choice;
      on[id] = transition(branch, text);
    }
  }
  return { ...extra, line, on };
}

import { initialContext } from './context.js';
import type { TableBranch, TableState, TransitionTable } from './transition-table.js';

/**
 * The machine config as XState reads it, JSON all the way down, written from
 * the transition table: the dialogue's own keys plus two bookkeeping actions
 * Parley adds: flag accounting on every choice, and visit counting on the
 * states a guard counts visits of.
 */
export function machineConfigOf(table: TransitionTable): Record<string, unknown> {
  const { dialogue } = table;
  const states: Record<string, unknown> = {};
  for (const state of table.states) states[state.id] = stateConfig(table, state);
  return {
    id: dialogue.id,
    initial: dialogue.initial,
    context: initialContext(dialogue),
    ...(dialogue.description ? { description: dialogue.description } : {}),
    meta: dialogue.meta,
    states,
  };
}

function stateConfig(table: TransitionTable, state: TableState): Record<string, unknown> {
  const { on, entry: _entry, ...rest } = state.state;
  const config: Record<string, unknown> = { ...rest };
  const entry = [...(state.counted ? [{ type: 'countVisit', params: { state: state.id } }] : []), ...state.entry];
  if (entry.length) config.entry = entry;
  if (on) {
    config.on = Object.fromEntries(
      state.choices.map((choice) => {
        const branches = table.branches.slice(choice.first, choice.end).map(transitionConfig);
        return [choice.id, choice.listed ? branches : branches[0]!];
      }),
    );
  }
  return config;
}

function transitionConfig(branch: TableBranch): Record<string, unknown> {
  return { ...branch.transition, actions: [...branch.actions, { type: 'raiseFlags', params: { flags: branch.flags } }] };
}

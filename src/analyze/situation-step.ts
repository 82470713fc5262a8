import { clampMeter, EXPOSURE_METER } from '../compile/context-actions.js';
import type { TransitionTable } from '../compile/transition-table.js';
import type { Action } from '../schema/action.js';
import type { SituationCodec } from './situation-key.js';

/**
 * Steps situation keys rather than contexts: the effect of each branch of the
 * transition table on the values guards read, compiled once into flat lists of
 * changes (a slot of the key set or moved, a meter clamped to its range, a
 * visit count stopped at its cap). The order is the engine stepper's
 * (src/compile/compile-stepper.ts): the branch's actions, then the weight of
 * the flags raised on legal exposure, then, where the branch re-enters, the
 * target's visit count and entry actions. Meters clamp and flags weigh by the same functions the stepper
 * uses; tests/situation-graph-equivalence.test.ts holds the result equal to a
 * traversal stepping whole contexts.
 */
export function situationSteps(table: TransitionTable, codec: SituationCodec): (branch: number, exposure: number | undefined, key: Float64Array) => void {
  const meters = table.dialogue.meta.meters ?? {};
  // Change k: key[slot[k]] becomes value[k], or moves by it when add[k]; then clamps to meter[k] or stops at cap[k].
  const slot: number[] = [];
  const add: boolean[] = [];
  const value: number[] = [];
  const meter: Array<string | undefined> = [];
  const cap: number[] = [];
  const push = (s: number, isAdd: boolean, v: number, m?: string, c = Infinity) => {
    slot.push(s);
    add.push(isAdd);
    value.push(v);
    meter.push(m);
    cap.push(c);
  };
  const compile = (actions: readonly Action[]) => {
    for (const action of actions) {
      if (action.type === 'setFact') {
        const at = codec.factSlot.get(action.params.fact);
        if (at !== undefined) push(at, false, codec.factCode(at, action.params.value));
        continue;
      }
      const at = codec.meterSlot.get(action.params.meter);
      if (at === undefined) continue;
      if (action.type === 'changeMeter') push(at, true, action.params.by, action.params.meter);
      else push(at, false, action.params.value, action.params.meter);
    }
  };
  // Entering a state: its visit count (if a guard counts it) and entry actions, compiled once per state.
  const entryFrom = new Int32Array(table.states.length).fill(-1);
  const entryTo = new Int32Array(table.states.length);
  const enter = (target: number) => {
    if (entryFrom[target] === -1) {
      const state = table.states[target]!;
      entryFrom[target] = slot.length;
      const visits = codec.visitSlot.get(state.id);
      if (visits) push(visits.slot, true, 1, undefined, visits.cap);
      compile(state.entry);
      entryTo[target] = slot.length;
    }
  };
  const { branches } = table;
  const target = Int32Array.from(branches, (b) => b.target);
  const reenters = Uint8Array.from(branches, (b) => (b.reenters ? 1 : 0));
  const actionsFrom = new Int32Array(branches.length);
  const actionsTo = new Int32Array(branches.length);
  for (const branch of branches) {
    actionsFrom[branch.index] = slot.length;
    compile(branch.actions);
    actionsTo[branch.index] = slot.length;
    if (branch.reenters) enter(branch.target);
  }

  const apply = (from: number, to: number, key: Float64Array) => {
    for (let k = from; k < to; k++) {
      const at = slot[k]!;
      let next = add[k] ? key[at]! + value[k]! : value[k]!;
      const m = meter[k];
      next = m !== undefined ? clampMeter(meters, m, next) : Math.min(next, cap[k]!);
      key[at] = next;
    }
  };
  const exposureSlot = Object.hasOwn(meters, EXPOSURE_METER) ? codec.meterSlot.get(EXPOSURE_METER) : undefined;
  return (branch, exposure, key) => {
    apply(actionsFrom[branch]!, actionsTo[branch]!, key);
    if (exposure !== undefined && exposureSlot !== undefined) key[exposureSlot] = clampMeter(meters, EXPOSURE_METER, key[exposureSlot]! + exposure);
    const to = target[branch]!;
    if (reenters[branch]) apply(entryFrom[to]!, entryTo[to]!, key);
    key[0] = to;
  };
}

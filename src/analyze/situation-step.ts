import { clampMeter, EXPOSURE_METER } from '../compile/context-actions.js';
import type { Action } from '../schema/action.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { SituationCodec } from './situation-key.js';

/** One change a branch makes to a situation key: a meter, fact or visit count set or moved. */
interface KeyChange {
  slot: number;
  add: boolean;
  value: number;
  /** Clamped to this meter's declared range. */
  meter?: string;
  /** Visit counts stop at their cap. */
  cap?: number;
}

/** What taking a branch does to a situation key, before and after the flags it raises add to legal exposure. */
interface KeyStep {
  target: number;
  actions: KeyChange[];
  entry: KeyChange[];
}

/**
 * Steps situation keys rather than contexts: each branch's effect on the
 * values guards read, compiled once. The order is the engine stepper's
 * (src/compile/compile-stepper.ts): the branch's actions, then the weight of
 * the flags raised on legal exposure, then, unless the target is the state
 * itself, the target's visit count and entry actions. Meters clamp and flags
 * weigh by the same functions the stepper uses; tests/situation-graph-equivalence.test.ts
 * holds the result equal to a traversal stepping whole contexts.
 */
export function situationSteps(
  dialogue: Dialogue,
  codec: SituationCodec,
  branches: ReadonlyArray<{ state: string; transition: { target: string; actions?: Action[] } }>,
): (branch: number, exposure: number | undefined, key: Float64Array) => void {
  const meters = dialogue.meta.meters ?? {};
  const stateIndex = new Map(Object.keys(dialogue.states).map((id, i) => [id, i]));
  const change = (action: Action): KeyChange[] => {
    if (action.type === 'setFact') {
      const slot = codec.factSlot.get(action.params.fact);
      return slot === undefined ? [] : [{ slot, add: false, value: codec.factCode(slot, action.params.value) }];
    }
    const { meter } = action.params;
    const slot = codec.meterSlot.get(meter);
    if (slot === undefined) return [];
    return [action.type === 'changeMeter' ? { slot, add: true, value: action.params.by, meter } : { slot, add: false, value: action.params.value, meter }];
  };
  const steps: KeyStep[] = branches.map(({ state, transition }) => {
    const entry: KeyChange[] = [];
    if (transition.target !== state) {
      const visits = codec.visitSlot.get(transition.target);
      if (visits) entry.push({ slot: visits.slot, add: true, value: 1, cap: visits.cap });
      for (const action of dialogue.states[transition.target]?.entry ?? []) entry.push(...change(action));
    }
    return { target: stateIndex.get(transition.target)!, actions: (transition.actions ?? []).flatMap(change), entry };
  });
  const exposureSlot = Object.hasOwn(meters, EXPOSURE_METER) ? codec.meterSlot.get(EXPOSURE_METER) : undefined;
  const apply = (changes: KeyChange[], key: Float64Array) => {
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k]!;
      let next = change.add ? key[change.slot]! + change.value : change.value;
      if (change.meter !== undefined) next = clampMeter(meters, change.meter, next);
      else if (change.cap !== undefined) next = Math.min(next, change.cap);
      key[change.slot] = next;
    }
  };
  return (branch, exposure, key) => {
    const step = steps[branch]!;
    apply(step.actions, key);
    if (exposure !== undefined && exposureSlot !== undefined) key[exposureSlot] = clampMeter(meters, EXPOSURE_METER, key[exposureSlot]! + exposure);
    apply(step.entry, key);
    key[0] = step.target;
  };
}

import { clampMeter, EXPOSURE_METER } from '../compile/context-actions.js';
import type { Action } from '../schema/action.js';
import type { Dialogue, Transition } from '../schema/dialogue.js';
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

const NONE: readonly KeyChange[] = [];

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
  branches: ReadonlyArray<{ state: string; transition: Transition }>,
): (branch: number, exposure: number | undefined, key: Float64Array) => void {
  const meters = dialogue.meta.meters ?? {};
  const stateIndex = new Map(Object.keys(dialogue.states).map((id, i) => [id, i]));
  // Long dialogues repeat the same few changes (trust +1, trust -2…): one list each, shared.
  const shared = new Map<string, readonly KeyChange[]>();
  const changesOf = (actions: readonly Action[], visits?: { slot: number; cap: number }): readonly KeyChange[] => {
    const changes: KeyChange[] = visits ? [{ slot: visits.slot, add: true, value: 1, cap: visits.cap }] : [];
    for (const action of actions) {
      if (action.type === 'setFact') {
        const slot = codec.factSlot.get(action.params.fact);
        if (slot !== undefined) changes.push({ slot, add: false, value: codec.factCode(slot, action.params.value) });
        continue;
      }
      const { meter } = action.params;
      const slot = codec.meterSlot.get(meter);
      if (slot === undefined) continue;
      changes.push(action.type === 'changeMeter' ? { slot, add: true, value: action.params.by, meter } : { slot, add: false, value: action.params.value, meter });
    }
    if (changes.length === 0) return NONE;
    const key = changes.map((c) => `${c.slot}${c.add ? '+' : '='}${c.value}`).join(' ');
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, changes);
    return changes;
  };
  const entering = new Map<string, readonly KeyChange[]>();
  const entryOf = (target: string) => {
    let changes = entering.get(target);
    if (!changes) {
      changes = changesOf(dialogue.states[target]?.entry ?? [], codec.visitSlot.get(target));
      entering.set(target, changes);
    }
    return changes;
  };
  const target = new Int32Array(branches.length);
  const actions: Array<readonly KeyChange[]> = [];
  const entry: Array<readonly KeyChange[]> = [];
  branches.forEach(({ state, transition }, b) => {
    target[b] = stateIndex.get(transition.target)!;
    actions.push(transition.actions?.length ? changesOf(transition.actions) : NONE);
    entry.push(transition.target === state ? NONE : entryOf(transition.target));
  });

  const exposureSlot = Object.hasOwn(meters, EXPOSURE_METER) ? codec.meterSlot.get(EXPOSURE_METER) : undefined;
  const apply = (changes: readonly KeyChange[], key: Float64Array) => {
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k]!;
      let next = change.add ? key[change.slot]! + change.value : change.value;
      if (change.meter !== undefined) next = clampMeter(meters, change.meter, next);
      else if (change.cap !== undefined) next = Math.min(next, change.cap);
      key[change.slot] = next;
    }
  };
  return (branch, exposure, key) => {
    apply(actions[branch]!, key);
    if (exposure !== undefined && exposureSlot !== undefined) key[exposureSlot] = clampMeter(meters, EXPOSURE_METER, key[exposureSlot]! + exposure);
    apply(entry[branch]!, key);
    key[0] = target[branch]!;
  };
}

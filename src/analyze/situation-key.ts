import { SITUATION_RULES } from '../catalog/situation-rules.js';
import type { DialogueContext, FactValue } from '../compile/context.js';
import { everyLeafGuard } from '../compile/guard-leaves.js';
import { visitCaps } from '../compile/visit-caps.js';
import type { Dialogue, Persona } from '../schema/dialogue.js';

/**
 * What of the context can change which choices are available: only what some
 * guard reads. Two situations that agree on this (and on the state) offer the
 * same choices now and after any sequence of choices, so the exploration may
 * treat them as one. This is what keeps the explored space finite:
 *
 * - meters a guard reads are bounded integers (every change is clamped to the
 *   meter's declared range); meters no guard reads are left out;
 * - facts a guard or a situation rule reads take only the values the file sets, or are unset;
 * - visit counts are capped at one more than the largest count a guard compares
 *   that state against (beyond it every comparison answers the same);
 * - the flags raised so far are never part of it (they only grow, and no guard
 *   reads them; a flag's effect on a meter is already in the meter).
 */
export interface SituationKeySpec {
  meters: string[];
  facts: string[];
  /** State id → the visit count at which counting can stop. */
  visitCaps: Map<string, number>;
}

export function situationKeySpec(dialogue: Dialogue): SituationKeySpec {
  const meters = new Set<string>();
  const facts = new Set<string>();
  for (const guard of everyLeafGuard(dialogue.states)) {
    if (guard.type === 'meterAtLeast' || guard.type === 'meterAtMost') meters.add(guard.params.meter);
    else if (guard.type === 'factIs') facts.add(guard.params.fact);
  }
  // Situation rules read facts too (a request to stop, a dispute): they decide which replies are flagged.
  for (const { when } of SITUATION_RULES as readonly { when: { facts?: readonly string[]; unlessFacts?: readonly string[] } }[]) {
    for (const fact of [...(when.facts ?? []), ...(when.unlessFacts ?? [])]) facts.add(fact);
  }
  return { meters: [...meters].sort(), facts: [...facts].sort(), visitCaps: visitCaps(dialogue.states) };
}

/**
 * A situation's key as numbers: [state index, each meter, each fact's value
 * code, each capped visit count]. Fact values are coded in the order first
 * seen, 0 being false (an unset fact reads as false, to guards and rules alike).
 */
export interface SituationCodec {
  width: number;
  /** Writes the key of `stateIndex` with `context` into `into`. */
  pack(stateIndex: number, context: DialogueContext, into: Float64Array): void;
  /** The context as the guards see it, rebuilt from a key: the meters, facts and visits they read, no flags. */
  unpack(key: ArrayLike<number>, persona: Persona): DialogueContext;
  /** The same, written over `context` (made by `unpack`), so a search can reuse one object. */
  unpackInto(context: DialogueContext, key: ArrayLike<number>): void;
  /** Where each meter in the key sits. */
  meterSlot: ReadonlyMap<string, number>;
  /** Where each fact in the key sits. */
  factSlot: ReadonlyMap<string, number>;
  /** Where each counted state's visits sit, and the count at which counting stops. */
  visitSlot: ReadonlyMap<string, { slot: number; cap: number }>;
  /** The code of a fact's value (the fact at `slot`), coding it if new. */
  factCode(slot: number, value: FactValue): number;
  /** Where the fact codes sit in a key (situation rules read facts, and nothing else of the context). */
  facts: { from: number; to: number };
}

export function situationCodec(spec: SituationKeySpec): SituationCodec {
  const { meters, facts } = spec;
  const visited = [...spec.visitCaps];
  const factBase = 1 + meters.length;
  const visitBase = factBase + facts.length;
  const codes = facts.map(() => new Map<FactValue, number>([[false, 0]]));
  const values: FactValue[][] = facts.map(() => [false]);
  const factCode = (slot: number, value: FactValue) => {
    const k = slot - factBase;
    let code = codes[k]!.get(value);
    if (code === undefined) {
      code = values[k]!.length;
      codes[k]!.set(value, code);
      values[k]!.push(value);
    }
    return code;
  };
  return {
    width: visitBase + visited.length,
    facts: { from: factBase, to: visitBase },
    meterSlot: new Map(meters.map((meter, k) => [meter, 1 + k])),
    factSlot: new Map(facts.map((fact, k) => [fact, factBase + k])),
    visitSlot: new Map(visited.map(([state, cap], k) => [state, { slot: visitBase + k, cap }])),
    factCode,
    pack(stateIndex, context, into) {
      into[0] = stateIndex;
      for (let k = 0; k < meters.length; k++) into[1 + k] = context.meters[meters[k]!] ?? 0;
      for (let k = 0; k < facts.length; k++) into[factBase + k] = factCode(factBase + k, context.facts[facts[k]!] ?? false);
      for (let k = 0; k < visited.length; k++) {
        const [state, cap] = visited[k]!;
        into[visitBase + k] = Math.min(context.visits[state] ?? 0, cap);
      }
    },
    unpack(key, persona) {
      const context: DialogueContext = { meters: {}, facts: {}, visits: {}, persona, flags: [] };
      this.unpackInto(context, key);
      return context;
    },
    unpackInto(context, key) {
      for (let k = 0; k < meters.length; k++) context.meters[meters[k]!] = key[1 + k]!;
      for (let k = 0; k < facts.length; k++) context.facts[facts[k]!] = values[k]![key[factBase + k]!]!;
      for (let k = 0; k < visited.length; k++) context.visits[visited[k]![0]] = key[visitBase + k]!;
    },
  };
}

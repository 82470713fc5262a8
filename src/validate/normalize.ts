import { BUILT_IN_METER_NAMES } from '../catalog/meter-names.js';
import type { Action } from '../schema/action.js';
import type { AuthoringDialogue, ChoiceMeta, Dialogue, Meter, State, StateMeta, Transition } from '../schema/dialogue.js';
import type { Finding } from './finding.js';
import type { MoveResolver, Path, SourceMap } from '../load/source-map.js';

/** Meters every dialogue has; declaring one of them changes its range or start. */
export const DEFAULT_METERS: Readonly<Record<string, Meter>> = {
  trust: { label: BUILT_IN_METER_NAMES.en.trust!, min: 0, max: 10, start: 5 },
  cooperation: { label: BUILT_IN_METER_NAMES.en.cooperation!, min: 0, max: 10, start: 5 },
  legal_exposure: { label: BUILT_IN_METER_NAMES.en.legal_exposure!, min: 0, max: 10, start: 0 },
};

const SHORT_META_KEYS = ['line', 'excuse', 'outcome', 'scene', 'speaker', 'unsustainable'] as const satisfies readonly (keyof StateMeta)[];
const TEACHING_KEYS = ['flags', 'tasks', 'feedback', 'better', 'reaction', 'locked', 'demand', 'mentions_debt', 'reveals_reason', 'lint', 'examples'] as const satisfies readonly (keyof ChoiceMeta)[];

/**
 * Rewrites the short authoring form into the machine form and makes defaults
 * explicit, so every later stage sees one shape. Positions stay with the source
 * through SourceMap aliases.
 */
export function normalizeDialogue(doc: AuthoringDialogue, sourceMap: SourceMap): { dialogue: Dialogue; findings: Finding[] } {
  const findings: Finding[] = [];
  const states: Record<string, State> = {};

  for (const [stateId, authored] of Object.entries(doc.states)) {
    const base = ['states', stateId] as const;
    const { line, excuse, outcome, scene, speaker, unsustainable, choices, ...machine } = authored;
    const short = { line, excuse, outcome, scene, speaker, unsustainable };
    const meta: StateMeta = { ...machine.meta };
    for (const key of SHORT_META_KEYS) {
      if (short[key] === undefined) continue;
      if (meta[key] !== undefined) {
        findings.push({ code: 'PAR103', severity: 'error', message: `'${key}' is given both on the state and under its meta`, path: [...base, key], atKey: true });
        continue;
      }
      (meta as Record<string, unknown>)[key] = short[key];
    }

    const on: Record<string, Transition | Transition[]> = { ...machine.on };
    const seen = new Map<string, number | undefined>(Object.keys(on).map((id) => [id, undefined]));
    (choices ?? []).forEach((choice, index) => {
      const from = [...base, 'choices', index];
      if (seen.has(choice.id)) {
        const other = seen.get(choice.id);
        const where = other === undefined ? `under 'on'` : `at choices[${other}]`;
        findings.push({ code: 'PAR210', severity: 'error', message: `choice id '${choice.id}' is used twice in state '${stateId}' (also ${where})`, path: [...from, 'id'] });
        return;
      }
      seen.set(choice.id, index);
      const meterActions: Action[] = Object.entries(choice.meters ?? {}).map(([meter, by]) => ({ type: 'changeMeter', params: { meter, by } }));
      const choiceMeta: ChoiceMeta = { text: choice.text };
      for (const key of TEACHING_KEYS) {
        if (choice[key] === undefined) continue;
        (choiceMeta as Record<string, unknown>)[key] = choice[key];
      }
      const actions = [...meterActions, ...(choice.actions ?? [])];
      on[choice.id] = {
        target: choice.target,
        ...(choice.guard ? { guard: choice.guard } : {}),
        ...(actions.length ? { actions } : {}),
        meta: choiceMeta,
      };
    });

    const state: State = { ...machine };
    if (Object.keys(meta).length) state.meta = meta;
    if (Object.keys(on).length) state.on = on;
    else delete state.on;
    states[stateId] = state;
  }

  const meters = { ...DEFAULT_METERS, ...doc.meta.meters };
  const dialogue: Dialogue = { ...doc, meta: { ...doc.meta, meters }, states };
  sourceMap.addMoves(movedPaths(doc));
  return { dialogue, findings };
}

/**
 * Where each node that normalising moved was written: the inverse of the
 * rewriting above, worked out for one path at a time when a diagnostic asks.
 */
export function movedPaths(doc: AuthoringDialogue): MoveResolver {
  // Per state, which `on` entry came from which item of `choices` (the first of a repeated id, none under `on`).
  const fromChoices = new Map<string, Map<string, number>>();
  const choiceIndex = (stateId: string, authored: AuthoringDialogue['states'][string]) => {
    let index = fromChoices.get(stateId);
    if (!index) {
      index = new Map();
      const taken = new Set(Object.keys(authored.on ?? {}));
      (authored.choices ?? []).forEach((choice, i) => {
        if (!taken.has(choice.id)) index!.set(choice.id, i);
        taken.add(choice.id);
      });
      fromChoices.set(stateId, index);
    }
    return index;
  };
  return (path) => {
    if (path[0] !== 'states' || path.length < 4) return undefined;
    const stateId = String(path[1]);
    const authored = Object.hasOwn(doc.states, stateId) ? doc.states[stateId] : undefined;
    if (!authored) return undefined;
    const base = ['states', stateId];
    const move = (length: number, to: Path, key = false) => ({ from: path.slice(0, length), to, key });
    if (path[2] === 'meta') {
      const key = path[3] as (typeof SHORT_META_KEYS)[number];
      const moved = SHORT_META_KEYS.includes(key) && authored[key] !== undefined && authored.meta?.[key] === undefined;
      return moved ? move(4, [...base, key]) : undefined;
    }
    if (path[2] !== 'on') return undefined;
    const index = choiceIndex(stateId, authored).get(String(path[3]));
    if (index === undefined) return undefined;
    const choice = authored.choices![index]!;
    const from = [...base, 'choices', index];
    const [, , , , part, item] = path;
    if (part === 'actions' && typeof item === 'number') {
      // Meter changes came first, in the order the author listed the meters; then the author's own actions.
      const meters = Object.keys(choice.meters ?? {});
      if (item < meters.length) {
        const named = [...from, 'meters', meters[item]!];
        return path[6] === 'params' && path[7] === 'meter' ? move(8, named, true) : move(6, named);
      }
      if (item - meters.length < (choice.actions?.length ?? 0)) return move(6, [...from, 'actions', item - meters.length]);
    }
    if (part === 'meta' && typeof item === 'string') {
      const key = item as (typeof TEACHING_KEYS)[number] | 'text';
      if (key === 'text' || (TEACHING_KEYS.includes(key) && choice[key] !== undefined)) return move(6, [...from, key]);
    }
    return move(4, from);
  };
}

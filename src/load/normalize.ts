import { BUILT_IN_METER_NAMES } from '../catalog/meter-names.js';
import type { Action } from '../schema/action.js';
import type { AuthoringDialogue, ChoiceMeta, Dialogue, Meter, State, StateMeta, Transition } from '../schema/dialogue.js';
import type { Finding } from './finding.js';
import type { SourceMap } from './source-map.js';

/** Meters every dialogue has; declaring one of them changes its range or start. */
export const DEFAULT_METERS: Readonly<Record<string, Meter>> = {
  trust: { label: BUILT_IN_METER_NAMES.en.trust!, min: 0, max: 10, start: 5 },
  cooperation: { label: BUILT_IN_METER_NAMES.en.cooperation!, min: 0, max: 10, start: 5 },
  legal_exposure: { label: BUILT_IN_METER_NAMES.en.legal_exposure!, min: 0, max: 10, start: 0 },
};

const SHORT_META_KEYS = ['line', 'excuse', 'outcome', 'scene', 'speaker'] as const satisfies readonly (keyof StateMeta)[];
const TEACHING_KEYS = ['flags', 'tasks', 'feedback', 'better', 'reaction', 'locked', 'demand', 'mentions_debt', 'reveals_reason', 'lint'] as const satisfies readonly (keyof ChoiceMeta)[];

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
    const { line, excuse, outcome, scene, speaker, choices, ...machine } = authored;
    const short = { line, excuse, outcome, scene, speaker };
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
  // Positions are rarely asked for, and a large dialogue has hundreds of thousands of moved nodes.
  sourceMap.aliasLater((alias) => declareMoves(doc, alias));
  return { dialogue, findings };
}

/** Where each node that normalising moved was written: machine-form path first, authoring-form path second. */
function declareMoves(doc: AuthoringDialogue, alias: SourceMap['alias']): void {
  for (const [stateId, authored] of Object.entries(doc.states)) {
    const base = ['states', stateId] as const;
    for (const key of SHORT_META_KEYS) {
      if (authored[key] !== undefined && authored.meta?.[key] === undefined) alias([...base, 'meta', key], [...base, key]);
    }
    const taken = new Set(Object.keys(authored.on ?? {}));
    (authored.choices ?? []).forEach((choice, index) => {
      if (taken.has(choice.id)) return;
      taken.add(choice.id);
      const from = [...base, 'choices', index];
      const to = [...base, 'on', choice.id];
      alias(to, from);
      const meters = Object.keys(choice.meters ?? {});
      meters.forEach((meter, i) => {
        alias([...to, 'actions', i], [...from, 'meters', meter]);
        alias([...to, 'actions', i, 'params', 'meter'], [...from, 'meters', meter], { key: true });
      });
      (choice.actions ?? []).forEach((_, i) => alias([...to, 'actions', meters.length + i], [...from, 'actions', i]));
      alias([...to, 'meta', 'text'], [...from, 'text']);
      for (const key of TEACHING_KEYS) {
        if (choice[key] !== undefined) alias([...to, 'meta', key], [...from, key]);
      }
    });
  }
}

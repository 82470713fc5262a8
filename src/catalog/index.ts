import type { CoercionFlag, CoreTask, ExcuseType, Outcome, Severity } from '../schema/catalog.js';
import { COERCION_FLAGS } from './coercion-flags.js';
import { CORE_TASKS } from './core-tasks.js';
import { EXCUSE_TYPES } from './excuse-types.js';
import { OUTCOMES } from './outcomes.js';

export { COERCION_FLAGS, CORE_TASKS, EXCUSE_TYPES, OUTCOMES };
export type { CoercionFlagId } from './coercion-flags.js';
export type { CoreTaskId } from './core-tasks.js';
export type { ExcuseTypeId } from './excuse-types.js';
export type { OutcomeId } from './outcomes.js';

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]));

export const excuseTypes: ReadonlyMap<string, ExcuseType> = byId<ExcuseType>(EXCUSE_TYPES);
export const coercionFlags: ReadonlyMap<string, CoercionFlag> = byId<CoercionFlag>(COERCION_FLAGS);
export const coreTasks: ReadonlyMap<string, CoreTask> = byId<CoreTask>(CORE_TASKS);
export const outcomes: ReadonlyMap<string, Outcome> = byId<Outcome>(OUTCOMES);

/** How much a flag of each severity adds to the legal_exposure meter. */
export const EXPOSURE_BY_SEVERITY: Readonly<Record<Severity, number>> = { violation: 3, coercive: 2, caution: 1 };

/** Points a flag of each severity costs in the score (src/engine/score.ts). */
export const PENALTY_BY_SEVERITY: Readonly<Record<Severity, number>> = { violation: 25, coercive: 15, caution: 5 };

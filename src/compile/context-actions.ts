import { coercionFlags, EXPOSURE_BY_SEVERITY } from '../catalog/index.js';
import type { Action } from '../schema/action.js';
import type { Severity } from '../schema/catalog.js';
import type { Meter } from '../schema/dialogue.js';
import type { DialogueContext } from './context.js';

/** The event a choice sends. The engine adds flags that situation rules raised. */
export interface ChoiceEvent {
  type: string;
  situationalFlags?: string[];
  /** Severity of each flag under the session's jurisdiction profile; the catalog's when absent. */
  severities?: Record<string, Severity>;
}

export const EXPOSURE_METER = 'legal_exposure';

/** A meter's new value kept within its declared range (a meter the file does not declare is not bounded). */
export function clampMeter(meters: Readonly<Record<string, Meter>>, meter: string, value: number): number {
  const range = meters[meter];
  return range ? Math.min(range.max, Math.max(range.min, value)) : value;
}

/** The flags a reply raises (its own, then the situation's it does not carry) and what they add to legal exposure. */
export function raisedFlags(flags: readonly string[], event: ChoiceEvent): { raised: string[]; exposure: number } {
  const raised = [...flags, ...(event.situationalFlags ?? []).filter((f) => !flags.includes(f))];
  const exposure = raised.reduce((sum, id) => sum + EXPOSURE_BY_SEVERITY[event.severities?.[id] ?? coercionFlags.get(id)?.severity ?? 'caution'], 0);
  return { raised, exposure };
}

/**
 * What each built-in action does to the context, as pure functions: the XState
 * machine's `assign` actions and the engine's stepper both call these, so the
 * two cannot drift apart. Every function returns a new context.
 */
export function contextActions(meters: Readonly<Record<string, Meter>>) {
  const withMeter = (context: DialogueContext, meter: string, value: number): DialogueContext => ({
    ...context,
    meters: { ...context.meters, [meter]: clampMeter(meters, meter, value) },
  });

  return {
    apply(context: DialogueContext, action: Action): DialogueContext {
      switch (action.type) {
        case 'changeMeter':
          return withMeter(context, action.params.meter, (context.meters[action.params.meter] ?? 0) + action.params.by);
        case 'setMeter':
          return withMeter(context, action.params.meter, action.params.value);
        case 'setFact':
          return { ...context, facts: { ...context.facts, [action.params.fact]: action.params.value } };
      }
    },

    countVisit(context: DialogueContext, state: string): DialogueContext {
      return { ...context, visits: { ...context.visits, [state]: (context.visits[state] ?? 0) + 1 } };
    },

    /** Records the flags a choice raised (its own and the situation's) and adds their weight to legal exposure. */
    raiseFlags(context: DialogueContext, flags: readonly string[], event: ChoiceEvent): DialogueContext {
      const { raised, exposure } = raisedFlags(flags, event);
      if (raised.length === 0) return context;
      const flagged = { ...context, flags: [...context.flags, ...raised] };
      return Object.hasOwn(meters, EXPOSURE_METER)
        ? withMeter(flagged, EXPOSURE_METER, (context.meters[EXPOSURE_METER] ?? 0) + exposure)
        : flagged;
    },
  };
}

export type ContextActions = ReturnType<typeof contextActions>;

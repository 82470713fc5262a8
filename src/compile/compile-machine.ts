import { assign, setup, type AnyStateMachine } from 'xstate';
import { coercionFlags, EXPOSURE_BY_SEVERITY } from '../catalog/index.js';
import type { Action } from '../schema/action.js';
import type { Severity } from '../schema/catalog.js';
import type { Dialogue, Meter, State, Transition } from '../schema/dialogue.js';
import type { Guard } from '../schema/guard.js';
import { GUARD_TYPES } from '../schema/guard.js';
import { initialContext, type DialogueContext, type DialogueInput, type FactValue } from './context.js';
import { evaluateGuard } from './evaluate-guard.js';

/** The event a choice sends. The engine adds flags that situation rules raised. */
export interface ChoiceEvent {
  type: string;
  situationalFlags?: string[];
  /** Severity of each flag under the session's jurisdiction profile; the catalog's when absent. */
  severities?: Record<string, Severity>;
}

export interface CompiledDialogue {
  dialogue: Dialogue;
  machine: AnyStateMachine;
}

const EXPOSURE_METER = 'legal_exposure';

/**
 * The machine config as XState reads it, JSON all the way down: the dialogue's
 * own keys plus two bookkeeping actions Parley adds to every state and choice
 * (visit counting, flag accounting), so guards and meters see them.
 */
export function machineConfig(dialogue: Dialogue): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const [id, state] of Object.entries(dialogue.states)) states[id] = stateConfig(id, state);
  return {
    id: dialogue.id,
    initial: dialogue.initial,
    context: initialContext(dialogue),
    ...(dialogue.description ? { description: dialogue.description } : {}),
    meta: dialogue.meta,
    states,
  };
}

function stateConfig(id: string, state: State): Record<string, unknown> {
  const { on, entry, ...rest } = state;
  const config: Record<string, unknown> = { ...rest, entry: [{ type: 'countVisit', params: { state: id } }, ...(entry ?? [])] };
  if (on) {
    config.on = Object.fromEntries(
      Object.entries(on).map(([choiceId, value]) => [
        choiceId,
        Array.isArray(value) ? value.map(transitionConfig) : transitionConfig(value),
      ]),
    );
  }
  return config;
}

function transitionConfig(transition: Transition): Record<string, unknown> {
  return {
    ...transition,
    actions: [...(transition.actions ?? []), { type: 'raiseFlags', params: { flags: transition.meta?.flags ?? [] } }],
  };
}

/** Builds the XState machine with Parley's built-in guards and actions. */
export function compileDialogue(dialogue: Dialogue): CompiledDialogue {
  const meters: Record<string, Meter> = dialogue.meta.meters ?? {};
  const clamp = (meter: string, value: number) => {
    const range = meters[meter];
    return range ? Math.min(range.max, Math.max(range.min, value)) : value;
  };
  const withMeter = (context: DialogueContext, meter: string, value: number) => ({
    meters: { ...context.meters, [meter]: clamp(meter, value) },
  });

  const guards = Object.fromEntries(
    GUARD_TYPES.map((type) => [type, ({ context }: { context: DialogueContext }, params: unknown) => evaluateGuard(context, { type, params } as Guard)]),
  );

  const actor = setup({
    types: {
      context: {} as DialogueContext,
      events: {} as ChoiceEvent,
      input: {} as DialogueInput | undefined,
    },
    guards,
    actions: {
      changeMeter: assign(({ context }, params: Extract<Action, { type: 'changeMeter' }>['params']) =>
        withMeter(context, params.meter, (context.meters[params.meter] ?? 0) + params.by),
      ),
      setMeter: assign(({ context }, params: Extract<Action, { type: 'setMeter' }>['params']) =>
        withMeter(context, params.meter, params.value),
      ),
      setFact: assign(({ context }, params: { fact: string; value: FactValue }) => ({
        facts: { ...context.facts, [params.fact]: params.value },
      })),
      countVisit: assign(({ context }, params: { state: string }) => ({
        visits: { ...context.visits, [params.state]: (context.visits[params.state] ?? 0) + 1 },
      })),
      raiseFlags: assign(({ context, event }, params: { flags: string[] }) => {
        const raised = [...params.flags, ...(event.situationalFlags ?? []).filter((f) => !params.flags.includes(f))];
        if (raised.length === 0) return {};
        const exposure = raised.reduce((sum, id) => sum + EXPOSURE_BY_SEVERITY[event.severities?.[id] ?? coercionFlags.get(id)?.severity ?? 'caution'], 0);
        return {
          flags: [...context.flags, ...raised],
          ...(Object.hasOwn(meters, EXPOSURE_METER)
            ? withMeter(context, EXPOSURE_METER, (context.meters[EXPOSURE_METER] ?? 0) + exposure)
            : {}),
        };
      }),
    },
  });

  const { context: _context, ...config } = machineConfig(dialogue);
  const machine = actor.createMachine({
    ...(config as object),
    context: ({ input }: { input: DialogueInput | undefined }) => initialContext(dialogue, input ?? {}),
  } as Parameters<typeof actor.createMachine>[0]);
  return { dialogue, machine };
}

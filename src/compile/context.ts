import type { Dialogue, Persona } from '../schema/dialogue.js';

export type FactValue = boolean | number | string;

/** Everything a dialogue remembers while it runs: the XState context. */
export interface DialogueContext {
  meters: Record<string, number>;
  facts: Record<string, FactValue>;
  visits: Record<string, number>;
  persona: Persona;
  /** Flags raised so far, in order. */
  flags: string[];
}

export interface DialogueInput {
  persona?: Partial<Persona>;
}

/** The persona a session plays: the dialogue's, with any traits overridden and the true reason that goes with them. */
export function personaFor(own: Persona, override: Partial<Persona> = {}): Persona {
  const persona = { ...own, ...override };
  if (override.true_reason === undefined && (persona.ability !== own.ability || persona.willingness !== own.willingness)) {
    const other = own.other_reasons?.[`${persona.ability}_${persona.willingness}`];
    if (other !== undefined) persona.true_reason = other;
  }
  return persona;
}

export function initialContext(dialogue: Dialogue, input: DialogueInput = {}): DialogueContext {
  const meters = Object.fromEntries(Object.entries(dialogue.meta.meters ?? {}).map(([name, meter]) => [name, meter.start]));
  return {
    meters,
    facts: { ...dialogue.context?.facts },
    visits: {},
    persona: personaFor(dialogue.meta.debtor.persona, input.persona),
    flags: [],
  };
}

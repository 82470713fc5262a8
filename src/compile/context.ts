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

export function initialContext(dialogue: Dialogue, input: DialogueInput = {}): DialogueContext {
  const meters = Object.fromEntries(Object.entries(dialogue.meta.meters ?? {}).map(([name, meter]) => [name, meter.start]));
  return {
    meters,
    facts: { ...dialogue.context?.facts },
    visits: {},
    persona: { ...dialogue.meta.debtor.persona, ...input.persona },
    flags: [],
  };
}

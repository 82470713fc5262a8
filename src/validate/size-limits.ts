import type { Finding } from './finding.js';

export interface SizeLimits {
  maxStates: number;
  /** Choices across the whole dialogue (each `on` event or short-form choice). */
  maxChoices: number;
}

export const DEFAULT_SIZE_LIMITS: SizeLimits = { maxStates: 1_000, maxChoices: 10_000 };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Counts states and choices on the raw document, before any checking, so an
 * oversized dialogue is refused before work that grows with its size.
 */
export function checkSize(document: Record<string, unknown>, limits: SizeLimits): Finding | undefined {
  const states = isRecord(document.states) ? Object.keys(document.states) : [];
  if (states.length > limits.maxStates) {
    return {
      code: 'PAR008',
      severity: 'error',
      message: `the dialogue has ${states.length} states, over the limit of ${limits.maxStates}; raise it with --max-states if the file is trusted`,
      path: ['states', states[limits.maxStates]!],
      atKey: true,
    };
  }
  let choices = 0;
  for (const id of states) {
    const state = (document.states as Record<string, unknown>)[id];
    if (!isRecord(state)) continue;
    const on = isRecord(state.on) ? Object.keys(state.on) : [];
    const short = Array.isArray(state.choices) ? state.choices : [];
    if (choices + on.length + short.length > limits.maxChoices) {
      const over = limits.maxChoices - choices;
      const path = over < on.length ? ['states', id, 'on', on[over]!] : ['states', id, 'choices', over - on.length];
      return {
        code: 'PAR008',
        severity: 'error',
        message: `the dialogue has more than ${limits.maxChoices} choices; raise the limit with --max-choices if the file is trusted`,
        path,
        atKey: over < on.length,
      };
    }
    choices += on.length + short.length;
  }
  return undefined;
}

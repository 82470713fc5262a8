import type { ChoiceMeta } from '../schema/dialogue.js';

const DEMAND_TASKS: ReadonlySet<string> = new Set(['ask_payment_today', 'obtain_promise']);
const DEBT_TASKS: ReadonlySet<string> = new Set(['ask_payment_today', 'state_pros_cons', 'obtain_promise']);

/**
 * Whether a reply asks for payment. The tasks a reply advances say it well
 * enough; `demand:` on the choice overrides that where they do not.
 */
export function isDemand(meta: ChoiceMeta | undefined): boolean {
  return meta?.demand ?? (meta?.tasks ?? []).some((task) => DEMAND_TASKS.has(task));
}

/** Whether a reply reveals the debt to anyone listening: any demand does, and so do the pros and cons. */
export function mentionsDebt(meta: ChoiceMeta | undefined): boolean {
  return meta?.mentions_debt ?? (meta?.demand === true || (meta?.tasks ?? []).some((task) => DEBT_TASKS.has(task)));
}

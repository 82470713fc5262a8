import type { FlagRule } from '../../schema/catalog.js';

const NOT_FOR_BUSINESS_DEBTS = {
  applies: false,
  note: {
    en: 'A consumer-protection duty: no rule requires it for a business debt, so it is shown as a caution and the reference is the general law that still applies.',
    es: 'Es una obligación de protección al consumidor: ninguna norma la exige para una deuda comercial, así que se muestra como advertencia y la referencia es la ley general que sí aplica.',
    zh: '这是消费者保护方面的义务：商业债务没有规则作此要求，因此只作为提醒显示，所引用的是仍然适用的一般法律。',
  },
} as const satisfies FlagRule;

/**
 * Flags whose duty only a consumer-protection rule creates (calling hours, a
 * request to stop, a lawyer's involvement, a dispute's verification, the
 * collector's disclosure): no rule set for business debts raises them, and an
 * author's flag shows as a caution there, saying why.
 */
export const CONSUMER_ONLY_FLAGS = {
  inconvenient_time: NOT_FOR_BUSINESS_DEBTS,
  contact_after_cease: NOT_FOR_BUSINESS_DEBTS,
  contact_represented: NOT_FOR_BUSINESS_DEBTS,
  unverified_dispute: NOT_FOR_BUSINESS_DEBTS,
  missing_disclosure: NOT_FOR_BUSINESS_DEBTS,
} as const satisfies Record<string, FlagRule>;

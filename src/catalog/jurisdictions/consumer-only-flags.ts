import type { FlagRule } from '../../schema/catalog.js';

/**
 * Flags whose duty only a consumer-protection rule creates (calling hours, a
 * request to stop, a lawyer's involvement, a dispute's verification, the
 * collector's disclosure): no rule set for business debts raises them, and an
 * author's flag shows as a caution there.
 */
export const CONSUMER_ONLY_FLAGS = {
  inconvenient_time: { applies: false },
  contact_after_cease: { applies: false },
  contact_represented: { applies: false },
  unverified_dispute: { applies: false },
  missing_disclosure: { applies: false },
} as const satisfies Record<string, FlagRule>;

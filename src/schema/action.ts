import { z } from 'zod';
import { NameSchema } from './names.js';

export const ActionSchema = z.discriminatedUnion('type', [
  z
    .strictObject({ type: z.literal('changeMeter'), params: z.strictObject({ meter: NameSchema, by: z.number().int() }) })
    .meta({ description: 'Add `by` (negative to subtract) to a meter, clamped to its declared range.' }),
  z
    .strictObject({ type: z.literal('setMeter'), params: z.strictObject({ meter: NameSchema, value: z.number().int() }) })
    .meta({ description: 'Set a meter, clamped to its declared range.' }),
  z
    .strictObject({
      type: z.literal('setFact'),
      params: z.strictObject({ fact: NameSchema, value: z.union([z.boolean(), z.number(), z.string()]) }),
    })
    .meta({ description: 'Remember something the learner found out or the debtor said (read back with the factIs guard).' }),
]);
export type Action = z.infer<typeof ActionSchema>;
export type ActionType = Action['type'];
export const ACTION_TYPES = ['changeMeter', 'setMeter', 'setFact'] as const satisfies readonly ActionType[];

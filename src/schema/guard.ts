import { z } from 'zod';
import { NameSchema } from './names.js';

const FactValueSchema = z.union([z.boolean(), z.number(), z.string()]);

const leaf = <T extends string, P extends z.ZodRawShape>(type: T, params: P, description: string) =>
  z.strictObject({ type: z.literal(type), params: z.strictObject(params) }).meta({ description });

export const LeafGuardSchema = z.discriminatedUnion('type', [
  leaf('meterAtLeast', { meter: NameSchema, value: z.number() }, 'True when the meter is at least `value`.'),
  leaf('meterAtMost', { meter: NameSchema, value: z.number() }, 'True when the meter is at most `value`.'),
  leaf('factIs', { fact: NameSchema, value: FactValueSchema }, 'True when the fact equals `value` (unset facts are false).'),
  leaf('visitsAtLeast', { state: NameSchema, count: z.number().int().min(0) }, 'True when the state has been entered at least `count` times.'),
  leaf('visitsAtMost', { state: NameSchema, count: z.number().int().min(0) }, 'True when the state has been entered at most `count` times.'),
  leaf(
    'personaIs',
    {
      ability: z.enum(['able', 'unable']).optional(),
      willingness: z.enum(['willing', 'unwilling']).optional(),
      temperament: z.enum(['calm', 'evasive', 'anxious', 'hostile']).optional(),
    },
    "True when the hidden persona matches every trait given. Lets one reply land differently on different debtors.",
  ),
]);
export type LeafGuard = z.infer<typeof LeafGuardSchema>;

/** Combinators nest one level only: deep boolean trees belong in facts, not in guards. */
export const GuardSchema = z.union([
  LeafGuardSchema,
  z.strictObject({ type: z.literal('all'), params: z.strictObject({ guards: z.array(LeafGuardSchema).min(1) }) }),
  z.strictObject({ type: z.literal('any'), params: z.strictObject({ guards: z.array(LeafGuardSchema).min(1) }) }),
  z.strictObject({ type: z.literal('not'), params: z.strictObject({ guard: LeafGuardSchema }) }),
]);
export type Guard = z.infer<typeof GuardSchema>;
export type GuardType = Guard['type'];
export const GUARD_TYPES = ['meterAtLeast', 'meterAtMost', 'factIs', 'visitsAtLeast', 'visitsAtMost', 'personaIs', 'all', 'any', 'not'] as const satisfies readonly GuardType[];

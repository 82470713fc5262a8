import { z } from 'zod';

/**
 * Names that would collide with JavaScript's object machinery. XState looks up
 * states and events in plain objects, so these are refused rather than risked.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype).concat(['prototype', 'constructor', '__proto__']),
);

/**
 * Names authors choose (states, choices, meters, facts). A strict alphabet keeps
 * them safe as object keys, XState event types and CLI arguments.
 */
export const NameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/, 'must start with a letter or _, then letters, digits, _ or - (at most 64)')
  .refine((name) => !RESERVED_NAMES.has(name), { message: 'is reserved in JavaScript; choose another name' });

/** Catalog references (excuse types, flags, tasks, outcomes) are snake_case ids; the catalogs check existence. */
export const CatalogIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case catalog id');

import type { FlagHit, TypedReply } from './types.js';

/**
 * The flags the lint read in a typed reply that the step does not already
 * carry, each once, as full flags marked with the words that raised them.
 * `flagHit` builds a flag the way the session builds every other one (name,
 * severity and rules under the session's jurisdiction profile), so a typed
 * threat is scored and debriefed exactly like an authored one.
 */
export function typedFlagHits(typed: TypedReply, already: readonly FlagHit[], flagHit: (id: string) => FlagHit): FlagHit[] {
  const seen = new Set(already.map((f) => f.id));
  const hits: FlagHit[] = [];
  for (const { flag, phrase } of typed.flags) {
    if (seen.has(flag)) continue;
    seen.add(flag);
    hits.push({ ...flagHit(flag), phrase });
  }
  return hits;
}

import { everyLeafGuard } from '../compile/guard-leaves.js';
import type { Dialogue, Persona } from '../schema/dialogue.js';

type Trait = 'ability' | 'willingness' | 'temperament';

const VALUES: Record<Trait, readonly string[]> = {
  ability: ['able', 'unable'],
  willingness: ['willing', 'unwilling'],
  temperament: ['calm', 'evasive', 'anxious', 'hostile'],
};

/**
 * Every persona the dialogue's guards can tell apart: the declared one first,
 * then each combination of the traits some `personaIs` guard reads. A session
 * may play any of them (`--persona`), so analysis must consider them all.
 */
export function personaVariants(dialogue: Dialogue): Persona[] {
  const declared = dialogue.meta.debtor.persona;
  const read = new Set<Trait>();
  for (const guard of everyLeafGuard(dialogue.states)) {
    if (guard.type !== 'personaIs') continue;
    for (const trait of Object.keys(VALUES) as Trait[]) if (guard.params[trait] !== undefined) read.add(trait);
  }
  let variants: Persona[] = [declared];
  for (const trait of read) {
    variants = variants.flatMap((persona) => VALUES[trait].map((value) => ({ ...persona, [trait]: value })));
  }
  const key = (p: Persona) => `${p.ability}/${p.willingness}/${p.temperament}`;
  const unique = new Map(variants.map((p) => [key(p), p]));
  unique.delete(key(declared));
  return [declared, ...unique.values()];
}

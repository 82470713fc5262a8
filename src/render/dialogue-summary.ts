import { excuseTypes } from '../catalog/index.js';
import { jurisdictionProfile } from '../catalog/jurisdictions.js';
import { debtPurpose } from '../catalog/dialogue-jurisdiction.js';
import type { ProfileId } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './style.js';

/**
 * What an author needs to know about a dialogue before playing or editing it
 * (a generated one, typically): who, which excuses, the persona's traits, the
 * shape of the graph and one lawful way through. The true reason stays hidden.
 */
export function renderDialogueSummary(
  dialogue: Dialogue,
  style: Style,
  details: { seed?: number; jurisdiction: ProfileId; lawfulPath?: string[] },
): string {
  const { meta } = dialogue;
  const { persona, debt } = meta.debtor;
  const replies = Object.values(dialogue.states).flatMap((s) => Object.values(s.on ?? {}));
  const flagged = replies.filter((value) => (Array.isArray(value) ? value : [value]).some((t) => t.meta?.flags?.length)).length;
  const outcomes = [...new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])))];
  const rules = jurisdictionProfile(details.jurisdiction, debtPurpose(dialogue)).rules.en;
  const amount = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(debt.amount);
  const lines = [
    style.bold(sanitizeLine(meta.title)),
    style.dim(
      `  ${dialogue.id} · ${meta.language} · ${details.jurisdiction} rules (${rules})${details.seed !== undefined ? ` · variant ${details.seed}` : ''}`,
    ),
    `  ${sanitizeLine(meta.debtor.name)} · ${meta.setting.channel} · ${debt.currency} ${amount}, ${debt.days_past_due} days past due`,
    `  Persona: ${persona.ability}, ${persona.willingness}, ${persona.temperament} (the true reason stays hidden until the debrief)`,
    `  Excuses: ${meta.debtor.excuses.map((id) => `${excuseTypes.get(id)?.name.en ?? id} (${id})`).join(', ')}`,
    `  ${Object.keys(dialogue.states).length} states · ${replies.length} replies, ${flagged} of them flagged · outcomes: ${outcomes.join(', ')}`,
  ];
  if (details.lawfulPath) lines.push(`  A lawful path: ${details.lawfulPath.join(',')}`);
  return lines.join('\n');
}

import { jurisdictions } from '../catalog/jurisdictions.js';
import { debtPurpose, resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import type { DebtPurpose, ProfileId, RequiredWording } from '../schema/catalog.js';
import type { Dialogue } from '../schema/dialogue.js';
import type { Language } from '../schema/language.js';
import { didYouMean } from './did-you-mean.js';
import type { Finding } from './finding.js';
import type { Path } from '../load/source-map.js';
import { transitionsOf } from '../schema/transitions.js';

/** Every legally required wording, by id, with the jurisdiction and the kind of debt that require it. */
export const REQUIRED_WORDING: ReadonlyMap<string, RequiredWording & { profile: ProfileId; debts: DebtPurpose }> = new Map(
  [...jurisdictions.values()].flatMap((jurisdiction) =>
    (['consumer', 'commercial'] as const).flatMap((debts) =>
      jurisdiction[debts].requiredWording.map((w) => [w.id, { ...w, profile: jurisdiction.id, debts }] as const),
    ),
  ),
);

/**
 * Words are compared, not typography: case, spacing and punctuation may differ
 * (a comma, curly quotes, a full-width stop), every word must be there in order.
 */
export const wordingKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');

export function containsWording(text: string, wordingId: string, language: Language): boolean {
  const wording = REQUIRED_WORDING.get(wordingId);
  return wording !== undefined && wordingKey(text).includes(wordingKey(wording.text[language]));
}

export interface LockedChoice {
  stateId: string;
  choiceId: string;
  wording: string;
  /** Path of the choice (machine form; SourceMap aliases lead back to the short form). */
  path: Path;
  text: string | undefined;
}

/** Replies marked `locked:`, with the text the learner reads (a choice's first branch carries it). */
export function lockedChoices(dialogue: Dialogue): LockedChoice[] {
  const found: LockedChoice[] = [];
  for (const [stateId, state] of Object.entries(dialogue.states)) {
    for (const { choiceId, branch, transition } of transitionsOf(state)) {
      const wording = transition.meta?.locked;
      if (wording === undefined) continue;
      const value = state.on![choiceId]!;
      const first = Array.isArray(value) ? value[0]! : value;
      const path = Array.isArray(value) ? ['states', stateId, 'on', choiceId, branch] : ['states', stateId, 'on', choiceId];
      found.push({ stateId, choiceId, wording, path, text: first.meta?.text });
    }
  }
  return found;
}

/**
 * Legally required wording: a locked reply must say its wording in the
 * dialogue's language and belong to the rules the dialogue is set under (a
 * US consumer disclosure has no place in a Chinese call or a business debt),
 * and a dialogue set where some wording is required (plus any profile it is
 * checked under) must lock a reply that says it.
 */
export function checkLockedWording(dialogue: Dialogue, alsoUnder: readonly ProfileId[] = []): Finding[] {
  const findings: Finding[] = [];
  const language = dialogue.meta.language;
  const locked = lockedChoices(dialogue);

  const purpose = debtPurpose(dialogue);
  const declared = dialogue.meta.jurisdictions ?? [];
  const home = resolveProfile(dialogue);
  for (const choice of locked) {
    const wording = REQUIRED_WORDING.get(choice.wording);
    // Where the dialogue is set counts as declared, also when it is the default (us).
    const setUnder = (id: ProfileId) => id === home.id || declared.includes(id) || alsoUnder.includes(id);
    if (wording && (wording.debts !== purpose || !setUnder(wording.profile))) {
      const kind = (debts: DebtPurpose) => (debts === 'consumer' ? 'a consumer debt' : 'a business debt');
      findings.push({
        code: 'PAR245',
        severity: 'error',
        message: `choice '${choice.choiceId}' is locked to the ${wording.name.en}, which ${wording.profile} rules require for ${kind(wording.debts)}; this dialogue is ${kind(purpose)} set under ${home.id} rules`,
        path: [...choice.path, 'meta', 'locked'],
        hint:
          wording.debts !== purpose
            ? `remove 'locked: ${choice.wording}' and the wording: those rules do not apply to ${kind(purpose)}`
            : `remove the wording, or add '${wording.profile}' to meta.jurisdictions if the call really happens there`,
      });
      continue;
    }
    if (!wording) {
      const hint = didYouMean(choice.wording, REQUIRED_WORDING.keys());
      findings.push({
        code: 'PAR240',
        severity: 'error',
        message: `choice '${choice.choiceId}' is locked to unknown wording '${choice.wording}'`,
        path: [...choice.path, 'meta', 'locked'],
        hint: hint ?? `known: ${[...REQUIRED_WORDING.keys()].join(', ')}`,
      });
    } else if (!containsWording(choice.text ?? '', choice.wording, language)) {
      findings.push({
        code: 'PAR241',
        severity: 'error',
        message: `locked choice '${choice.choiceId}' must say the ${choice.wording} wording word for word: "${wording.text[language]}"`,
        path: [...choice.path, 'meta', 'text'],
        hint: 'legally required wording may not be changed; only case, spacing and punctuation may differ',
      });
    }
  }

  const under = new Map<ProfileId, Path>();
  declared.forEach((id, i) => {
    if (jurisdictions.has(id as ProfileId) && !under.has(id as ProfileId)) under.set(id as ProfileId, ['meta', 'jurisdictions', i]);
  });
  for (const id of alsoUnder) if (!under.has(id)) under.set(id, ['id']);
  for (const [id, path] of under) {
    for (const wording of jurisdictions.get(id)![purpose].requiredWording) {
      if (locked.some((choice) => choice.wording === wording.id)) continue;
      findings.push({
        code: 'PAR242',
        severity: 'error',
        message: `no reply carries the ${wording.name.en}, which ${id} rules require for ${purpose === 'consumer' ? 'a consumer debt' : 'a business debt'}`,
        path,
        hint: `mark the reply that says "${wording.text[language]}" with 'locked: ${wording.id}'`,
      });
    }
  }
  return findings;
}

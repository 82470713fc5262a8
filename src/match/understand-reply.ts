import type { TypedReply } from '../engine/types.js';
import type { TransitionTable } from '../compile/transition-table.js';
import type { Language } from '../schema/language.js';
import { flagsInTyped, type TypedFlag } from './flags-in-typed.js';
import { DEFAULT_THRESHOLDS, MAX_TYPED, matchReply, prepareCandidates, type MatchThresholds, type ReplyCandidate, type ReplyMatch } from './match-reply.js';

/** A reply on screen as free reply needs it: what it says, its authored paraphrases, and the flags it carries whatever branch it takes. */
export interface ScreenChoice extends ReplyCandidate {
  flags: readonly string[];
}

/** What Parley understood a typed reply to be. */
export interface UnderstoodReply {
  match: ReplyMatch;
  /** Everything the coercion lint read in the typed words, the matched choice's own flags included (`beyondChoice` tells them apart). */
  lint: TypedFlag[];
  /** For a match: what to hand `session.choose(match.choice, typed)`. Absent when the learner must rephrase. */
  typed?: TypedReply;
}

/**
 * The replies available at a state, with their examples and flags, read from
 * the compiled step table. `available` is what the session offers now
 * (`session.available()`), in its order; the text shown is the one matched.
 */
export function screenChoices(table: TransitionTable, state: string, available: readonly { id: string; text: string }[]): ScreenChoice[] {
  const at = table.stateIndex.get(state);
  const offered = at === undefined ? undefined : table.states[at];
  return available.map(({ id, text }) => {
    const choice = offered?.choices[offered.choiceIndex.get(id) ?? -1];
    const branches = choice ? table.branches.slice(choice.first, choice.end) : [];
    const examples = branches[0]?.transition.meta?.examples;
    // A flag only some branches carry may not be raised on the branch taken: the typed words still count for it then.
    const everyBranch = branches.length ? branches[0]!.flags.filter((flag) => branches.every((b) => b.flags.includes(flag))) : [];
    return { id, text, ...(examples ? { examples } : {}), flags: everyBranch };
  });
}

/** Call when a screen is shown, so matching what is typed stays within a frame. */
export const prepareScreen = (choices: readonly ScreenChoice[], language: Language): void => prepareCandidates(choices, language);

/**
 * Matches what the learner typed to the reply it means and lints the typed
 * words, giving the engine its plain data: the one step from typed text to
 * `session.choose(choiceId, typed)` that `parley run --replies`, dialogue tests
 * and the play screen share. A rephrase answer carries no `typed`: Parley
 * never guesses silently.
 */
export function understandReply(whole: string, choices: readonly ScreenChoice[], language: Language, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): UnderstoodReply {
  // A reply is a line, not an essay: what is matched, linted and recorded is the same first stretch
  // of it, whether it came from the play screen, a replies file or a test file.
  const typed = [...whole].slice(0, MAX_TYPED).join('');
  const match = matchReply(typed, choices, language, thresholds);
  if (match.kind !== 'match') return { match, lint: match.reason === 'empty' ? [] : flagsInTyped(typed, language) };
  const chosen = choices.find((c) => c.id === match.choice);
  const lint = flagsInTyped(typed, language, chosen?.flags ?? []);
  const flags = lint.filter((f) => f.beyondChoice).map((f) => ({ flag: f.flag, phrase: f.phrase }));
  return { match, lint, typed: { text: typed, confidence: match.confidence, flags } };
}

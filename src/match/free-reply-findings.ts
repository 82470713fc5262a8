import type { Dialogue, Transition } from '../schema/dialogue.js';
import type { Finding } from '../validate/finding.js';
import { matchReply, type ReplyCandidate } from './match-reply.js';

/** A choice as free reply reads it, with where it is in the file. */
interface ScreenEntry extends ReplyCandidate {
  path: (string | number)[];
  examplesPath: (string | number)[];
}

const firstBranch = (value: Transition | readonly Transition[]): Transition | undefined => (Array.isArray(value) ? value[0] : (value as Transition));

function stateEntries(dialogue: Dialogue, stateId: string): ScreenEntry[] {
  const on = dialogue.states[stateId]?.on ?? {};
  return Object.entries(on).flatMap(([id, value]) => {
    const meta = firstBranch(value)?.meta;
    if (!meta?.text) return [];
    const path = ['states', stateId, 'on', id];
    const examplesPath = [...path, ...(Array.isArray(value) ? [0] : []), 'meta', 'examples'];
    return [{ id, text: meta.text, ...(meta.examples ? { examples: meta.examples } : {}), path, examplesPath }];
  });
}

/**
 * Each of a state's texts and examples is matched against all of them, so the
 * work grows with the square of their number: past this many (nine choices
 * with ten examples each, more than a screen can hold) a state is not compared.
 */
const MAX_COMPARED_DOCUMENTS = 100;

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * What stands in the way of free reply telling a dialogue's choices apart
 * (`parley analyze`). PAR510: a choice's own text or one of its examples, typed
 * as it is, is read as another choice of the same state or as too close to call
 * — the choices themselves are too alike, whatever the learner types. PAR511: a
 * choice without `examples` in a dialogue whose other choices have them (a
 * dialogue with none at all is matched on its choice texts and not warned about,
 * choice by choice: that would bury every other finding). Neither check runs on
 * a dialogue without any examples: it is not written for free reply yet.
 */
export function freeReplyFindings(dialogue: Dialogue): Finding[] {
  const language = dialogue.meta.language;
  const findings: Finding[] = [];
  const states = Object.keys(dialogue.states);
  const entries = new Map(states.map((id) => [id, stateEntries(dialogue, id)]));
  const hasExamples = [...entries.values()].some((list) => list.some((e) => e.examples));
  // A dialogue with no examples is not yet written for free reply: nothing to say choice by choice, and
  // matching every choice of a large generated dialogue would cost seconds for findings no one asked for.
  if (!hasExamples) return findings;
  for (const [stateId, screen] of entries) {
    if (screen.length < 2) continue;
    const compared = screen.reduce((sum, e) => sum + 1 + (e.examples?.length ?? 0), 0) <= MAX_COMPARED_DOCUMENTS;
    for (const entry of screen) {
      const documents = compared ? [entry.text, ...(entry.examples ?? [])] : [];
      for (const [index, document] of documents.entries()) {
        // Each document is held out and read against the rest, as a learner's new words would be; a lone text stays in.
        const rest = documents.filter((_, i) => i !== index);
        const heldOut = rest.length ? screen.map((c) => (c === entry ? { id: c.id, text: rest[0]!, examples: rest.slice(1) } : c)) : screen;
        const result = matchReply(document, heldOut, language);
        if (result.kind === 'match' && result.choice === entry.id) continue;
        // Held out, an example may fairly be too close to call; only a choice's own text that is, with everything in view, says the choices are near duplicates.
        if (result.kind === 'rephrase' && !(result.reason === 'ambiguous' && index === 0 && matchReply(document, screen, language).kind !== 'match')) continue;
        const other = result.kind === 'match' ? result.choice : result.best?.choice === entry.id ? result.runnerUp?.choice : result.best?.choice;
        const which = index === 0 ? 'its text' : `its example ${index} ("${clip(document)}")`;
        const read = result.kind === 'match' ? `is read as '${other}'` : `is too close to call against '${other}'`;
        findings.push({
          code: 'PAR510',
          severity: 'warning',
          message: `choices '${entry.id}' and '${other}' in state '${stateId}' are hard to tell apart in free reply: typed, ${which} ${read}`,
          path: index === 0 ? entry.path : [...entry.examplesPath, index - 1],
          atKey: index === 0,
          hint: `make the two moves differ in their words, or give '${entry.id}' examples that say what only it means`,
        });
        break;
      }
      if (hasExamples && !entry.examples) {
        findings.push({
          code: 'PAR511',
          severity: 'warning',
          message: `choice '${entry.id}' in state '${stateId}' has no examples, while other choices of this dialogue do: free reply knows it only by its text`,
          path: entry.path,
          atKey: true,
          hint: 'add 3–5 paraphrases a learner might type for it under `examples:`',
        });
      }
    }
  }
  return findings;
}

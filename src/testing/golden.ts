import type { Session } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import type { ReadTranscript } from '../transcript/read-transcript.js';
import { compareDebrief, compareStep, type ReplayDifference } from '../transcript/replay-transcript.js';
import { sessionTranscriptLines } from '../transcript/session-transcript.js';
import { transcriptText } from '../transcript/transcript-chain.js';
import type { TranscriptHeader } from '../transcript/transcript-format.js';

/** Golden transcripts carry a fixed clock, so an unchanged dialogue re-records byte for byte. */
export const GOLDEN_TIME = '2000-01-01T00:00:00.000Z';

/** The golden transcript of a case: an ordinary transcript (source 'test'), so `parley replay` reads it too. */
export function goldenText(session: Session, dialogue: { file: string; hash: string }): string {
  const { meta, id } = session.dialogue;
  const header: TranscriptHeader = {
    kind: 'header',
    format: 'parley-transcript',
    version: 1,
    dialogue: { id, title: meta.title, language: meta.language, file: dialogue.file, hash: dialogue.hash },
    mode: session.mode,
    seed: session.seed,
    language: session.language,
    source: 'test',
    startedAt: GOLDEN_TIME,
    ...(session.personaOverride ? { persona: session.personaOverride } : {}),
  };
  return transcriptText(sessionTranscriptLines(session, header, () => GOLDEN_TIME));
}

/**
 * What changed between a golden transcript and the case as it plays now, as a
 * reviewer would want to read it: per turn, what the debtor now says, which
 * flags moved, where the choice leads; then the outcome and score. Empty when
 * nothing changed.
 */
export function goldenDiff(golden: ReadTranscript, session: Session): string[] {
  if (!golden.header) return ['the golden transcript has no readable header; re-record it with --update'];
  const recorded: Step[] = [];
  for (const event of golden.events) {
    if (event.kind === 'step') recorded.push(event.step);
    else recorded.pop();
  }
  const actual = session.steps;
  const out: string[] = [];
  const turns = Math.min(recorded.length, actual.length);
  for (let i = 0; i < turns; i++) {
    const before = recorded[i]!;
    const now = actual[i]!;
    if (before.choice.id !== now.choice.id) {
      out.push(`turn ${now.turn}: the golden transcript picks '${before.choice.id}', the case now picks '${now.choice.id}' (its choices changed)`);
      return out;
    }
    // A changed reply shows once, on the turn it answers; changed meters show where their change is, not on every later turn.
    const differences = compareStep(before, now).filter(
      (d) => !(d.what === 'debtor line before' && i > 0) && !(d.what === 'meters' && sameChanges(before, now)),
    );
    if (differences.length === 0) continue;
    out.push(`turn ${now.turn} · ${now.state} › ${now.choice.id}`);
    for (const d of differences) out.push(...describe(d, before, now).map((line) => `  ${line}`));
  }
  if (recorded.length !== actual.length) {
    out.push(`the golden transcript has ${recorded.length} turns; the case now plays ${actual.length}`);
  }
  if (golden.end) {
    for (const d of compareDebrief(golden.end.debrief, session.debrief(), golden.end.finished)) {
      if (d.what === 'debrief flags' || d.what === 'debrief meters') continue; // already shown turn by turn
      out.push(`${d.what}: ${d.recorded} → ${d.replayed}`);
    }
  } else out.push('the golden transcript has no end line; re-record it with --update');
  return out;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function sameChanges(a: Step, b: Step): boolean {
  const names = new Set([...Object.keys(a.meterChanges), ...Object.keys(b.meterChanges)]);
  return [...names].every((name) => (a.meterChanges[name] ?? 0) === (b.meterChanges[name] ?? 0));
}

function describe(d: ReplayDifference, before: Step, now: Step): string[] {
  switch (d.what) {
    case 'meters': {
      const names = [...new Set([...Object.keys(before.meterChanges), ...Object.keys(now.meterChanges)])];
      const change = (step: Step, name: string) => signed(step.meterChanges[name] ?? 0);
      const moved = names.filter((name) => change(before, name) !== change(now, name));
      return [`meter changes: ${moved.map((name) => `${name} ${change(before, name)} → ${change(now, name)}`).join(', ')}`];
    }
    case 'debtor line before':
    case 'debtor line after':
      return [d.what === 'debtor line after' ? 'debtor now replies:' : 'debtor now says first:', `  - “${d.recorded}”`, `  + “${d.replayed}”`];
    case 'choice text':
    case 'coaching':
      return [`${d.what} changed:`, `  - “${d.recorded}”`, `  + “${d.replayed}”`];
    case 'flags': {
      const was = before.flags.map((f) => f.id);
      const is = now.flags.map((f) => f.id);
      const moved = [...was.filter((id) => !is.includes(id)).map((id) => `− ${id}`), ...is.filter((id) => !was.includes(id)).map((id) => `+ ${id}`)];
      return [`flags: ${moved.join('  ') || `${d.recorded} → ${d.replayed}`}`];
    }
    case 'next state':
      return [`leads to: ${d.replayed} (was ${d.recorded})`];
    default:
      return [`${d.what}: ${d.recorded} → ${d.replayed}`];
  }
}

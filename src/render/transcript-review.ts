import type { FlagHit, Step } from '../engine/types.js';
import type { ReadTranscript } from '../transcript/read-transcript.js';
import type { TranscriptHeader } from '../transcript/transcript-format.js';
import { formatReferences } from './format-reference.js';
import { scoreVerdict } from './score-verdict.js';
import { md, mdCode, mdQuote } from './markdown.js';

export interface ReviewOptions {
  /** The debtor's name, when the dialogue file is at hand; "Debtor" otherwise. */
  debtor?: string;
  jurisdictions?: readonly string[];
}

const SEVERITY_WORD = { violation: 'Violation', coercive: 'Coercive', caution: 'Caution' } as const;

/**
 * A recorded session as a coach would go over it with the learner: each turn,
 * what the debtor said, what the learner chose, the coaching, and for every
 * flag the rule it breaks and what a lawful collector would have said instead.
 */
export function renderTranscriptReview(header: TranscriptHeader, transcript: ReadTranscript, options: ReviewOptions = {}): string {
  const debtor = md(options.debtor ?? 'Debtor');
  const { steps, takenBack } = effectiveSteps(transcript);
  const end = transcript.end;
  const debrief = end?.debrief;
  const out: string[] = [];
  out.push(`# Call review: ${md(header.dialogue.title)}`, '');
  const facts = [
    `**Learner:** ${md(header.learner ?? 'unnamed')}`,
    `**Mode:** ${header.mode}`,
    `**Started:** ${md(header.startedAt)}`,
    `**Variant:** ${header.seed}`,
  ];
  out.push(facts.join(' · '), '');
  if (debrief) {
    const outcome = debrief.outcome ? `${md(debrief.outcome.name)} (${debrief.outcome.kind})` : end?.finished === false ? `none: the learner stopped after ${debrief.turns} turns` : 'none';
    out.push(`**Outcome:** ${outcome} · **Score:** ${debrief.score.total}/100 · **Flags:** ${debrief.flags.length}`, '');
  } else {
    out.push('**Unfinished:** the transcript has no end line, so the session was interrupted.', '');
  }

  steps.forEach((step, index) => {
    out.push(`## Turn ${step.turn}`, '');
    if (index === 0 && step.line !== undefined) out.push(`**${debtor}:**`, mdQuote(step.line), '');
    for (const tried of takenBack.get(step.turn) ?? []) out.push(`_First chose “${md(tried.choice.text)}”, then took it back._`, '');
    out.push(`**You:** ${md(step.choice.text)}`, '');
    if (step.flags.length === 0) {
      if (step.feedback) out.push(`**Coach:** ${md(step.feedback)}`, '');
    } else {
      for (const flag of step.flags) out.push(...renderFlag(flag, options.jurisdictions), '');
      if (step.feedback) out.push(`**Coach:** ${md(step.feedback)}`, '');
    }
    const changes = Object.entries(step.meterChanges).map(([name, delta]) => `${md(name)} ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`);
    if (changes.length) out.push(`_Meters: ${changes.join(', ')}_`, '');
    // A scene made only of control sequences is empty once cleaned: no empty emphasis for it.
    const scene = step.next.scene ? md(step.next.scene) : '';
    if (scene.trim()) out.push(`_${scene}_`, '');
    if (step.next.line !== undefined) out.push(`**${step.next.speaker ? md(step.next.speaker) : debtor}:**`, mdQuote(step.next.line), '');
  });

  if (debrief) {
    out.push('## Debrief', '');
    out.push('Core tasks:', '');
    for (const task of debrief.tasks) out.push(`- [${task.met ? 'x' : ' '}] ${md(task.name)}${task.turn ? ` (turn ${task.turn})` : ''}`);
    out.push('');
    if (debrief.flags.length === 0) out.push('No reply was flagged: every turn stayed within the rules.', '');
    else {
      out.push('What to work on:', '');
      for (const flag of debrief.flags) {
        out.push(`- Turn ${flag.turn}: **${md(flag.name)}** (${flag.severity}; ${md(formatReferences(flag.references, options.jurisdictions))}). Instead: ${md(flag.better)}`);
      }
      out.push('');
    }
    const s = debrief.score;
    out.push(`Score: **${s.total}/100** (outcome ${s.outcome} + tasks ${s.tasks} − flags ${s.penalties}): ${scoreVerdict(s, 'en')}.`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderFlag(flag: FlagHit, jurisdictions?: readonly string[]): string[] {
  return [
    `> ⚑ **${SEVERITY_WORD[flag.severity]}: ${md(flag.name)}** (${mdCode(flag.id)})`,
    ...(flag.because ? [`> _In this situation:_ ${md(flag.because)}`] : []),
    `> **Why it matters:** ${md(flag.explanation)}`,
    `> **What it costs:** ${md(flag.cost)}`,
    `> **Rule:** ${md(formatReferences(flag.references, jurisdictions))}`,
    `> **Better:** ${md(flag.better)}`,
  ];
}

/** The steps that stand after undos, and per turn the choices taken back there. */
function effectiveSteps(transcript: ReadTranscript): { steps: Step[]; takenBack: Map<number, Step[]> } {
  const steps: Step[] = [];
  const takenBack = new Map<number, Step[]>();
  for (const event of transcript.events) {
    if (event.kind === 'step') steps.push(event.step);
    else {
      const undone = steps.pop();
      if (undone) takenBack.set(undone.turn, [...(takenBack.get(undone.turn) ?? []), undone]);
    }
  }
  return { steps, takenBack };
}

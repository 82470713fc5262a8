import type { Session } from '../engine/session.js';
import type { Debrief, FlagHit, Step } from '../engine/types.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { formatMoney } from './format-money.js';
import { formatReferences } from './format-reference.js';
import type { Style } from './style.js';

/** Plain-text rendering of a scripted session: what `parley run` prints. Every file-borne text is sanitised. */
export function renderHeader(session: Session, style: Style): string {
  const { meta } = session.dialogue;
  const debt = meta.debtor.debt;
  return [
    style.bold(sanitizeLine(meta.title)),
    style.dim(
      `${sanitizeLine(meta.debtor.name)} · ${meta.setting.channel} · ${formatMoney(debt.amount, debt.currency)}, ${debt.days_past_due} days past due · seed ${session.seed} · ${session.mode} · ${session.jurisdiction.id} rules`,
    ),
    '',
  ].join('\n');
}

export function renderOpening(session: Session, style: Style): string {
  const turn = session.turn;
  const lines: string[] = [];
  if (turn.scene) lines.push(style.dim(`(${sanitize(turn.scene)})`));
  if (turn.line !== undefined) lines.push(`${speakerOf(session, turn.speaker)}: ${quote(turn.line)}`);
  return lines.join('\n');
}

export function renderStep(session: Session, step: Step, style: Style): string {
  const indent = '    ';
  const lines = [`${style.cyan(`[${step.turn}]`)} ${style.bold('You')} (${step.choice.id}): ${sanitize(step.choice.text)}`];
  for (const flag of step.flags) lines.push(...renderFlag(flag, style, [session.jurisdiction.id]).map((l) => indent + l));
  const changes = Object.entries(step.meterChanges).map(([name, delta]) => `${meterLabel(session, name)} ${delta > 0 ? '+' : ''}${delta}`);
  if (changes.length) lines.push(indent + style.dim(changes.join(' · ')));
  if (step.feedback && session.mode === 'practice') lines.push(`${indent}${style.green('coach:')} ${sanitize(step.feedback)}`);
  if (step.reaction) lines.push(`${indent}${style.dim(`(${sanitize(step.reaction)})`)}`);
  if (step.next.scene) lines.push(style.dim(`(${sanitize(step.next.scene)})`));
  if (step.next.line !== undefined) lines.push(`${speakerOf(session, step.next.speaker)}: ${quote(step.next.line)}`);
  return lines.join('\n');
}

export function renderFlag(flag: FlagHit, style: Style, jurisdictions?: readonly string[]): string[] {
  const color = flag.severity === 'caution' ? style.yellow : style.red;
  return [
    color(`⚑ ${flag.severity.toUpperCase()}: ${flag.name} [${flag.id}]`),
    ...(flag.because ? [`  ${style.dim('situation:')} ${flag.because}`] : []),
    `  ${style.dim('why:')} ${flag.explanation}`,
    `  ${style.dim('cost:')} ${flag.cost}`,
    `  ${style.dim('rule:')} ${formatReferences(flag.references, jurisdictions)}`,
    ...(flag.note ? [`  ${style.dim('note:')} ${flag.note}`] : []),
    `  ${style.dim('better:')} ${sanitize(flag.better)}`,
  ];
}

export function renderDebrief(debrief: Debrief, style: Style): string {
  const lines = ['', style.bold('Debrief')];
  lines.push(`  Rules: ${debrief.jurisdiction.id} — ${debrief.jurisdiction.rules}`);
  lines.push(
    debrief.outcome
      ? `  Outcome: ${debrief.outcome.name} (${debrief.outcome.kind})`
      : `  Outcome: none yet — the dialogue was left unfinished after ${debrief.turns} turns`,
  );
  lines.push('  Core tasks:');
  for (const task of debrief.tasks) {
    lines.push(`    ${task.met ? style.green('[x]') : style.red('[ ]')} ${task.name}${task.turn ? style.dim(` (turn ${task.turn})`) : ''}`);
  }
  if (debrief.flags.length === 0) lines.push(`  Flags: ${style.green('none')}`);
  else {
    lines.push('  Flags:');
    for (const flag of debrief.flags) {
      lines.push(`    turn ${flag.turn}: ${flag.name} [${flag.id}] — ${flag.severity} — ${formatReferences(flag.references, [debrief.jurisdiction.id])}`);
    }
  }
  const reason = debrief.trueReason;
  const found = !reason.tracked ? '' : reason.found ? style.green(` — you found it (turn ${reason.turn})`) : style.yellow(' — you did not find it');
  lines.push(`  True reason: ${sanitize(reason.reason)}${found}`);
  const meters = Object.entries(debrief.meters).map(([name, series]) => `${name} ${series.join('→')}`);
  lines.push(`  Meters: ${meters.join(' · ')}`);
  const s = debrief.score;
  lines.push(style.bold(`  Score: ${s.total}/100`) + style.dim(` (outcome ${s.outcome} + tasks ${s.tasks} − flags ${s.penalties})`));
  return lines.join('\n');
}

function speakerOf(session: Session, speaker: string | undefined): string {
  return sanitizeLine(speaker ?? session.dialogue.meta.debtor.name);
}

function quote(line: string): string {
  return `“${sanitize(line)}”`;
}

function meterLabel(session: Session, name: string): string {
  return sanitizeLine(session.dialogue.meta.meters?.[name]?.label ?? name);
}

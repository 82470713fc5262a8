import type { Session } from '../engine/session.js';
import type { Debrief, FlagHit, Step } from '../engine/types.js';
import type { Language } from '../schema/language.js';
import type { Dialogue } from '../schema/dialogue.js';
import { BUILT_IN_METER_NAMES } from '../catalog/meter-names.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { formatMoney } from './format-money.js';
import { formatReferences } from './format-reference.js';
import { meterName } from './meter-name.js';
import { RUN_LABELS } from './run-labels.js';
import { scoreVerdict } from './score-verdict.js';
import type { Style } from './style.js';

/** Plain-text rendering of a scripted session: what `parley run` prints. Every file-borne text is sanitised. */
export function renderHeader(session: Session, style: Style): string {
  const { meta } = session.dialogue;
  const debt = meta.debtor.debt;
  const l = RUN_LABELS[session.language];
  return [
    style.bold(sanitizeLine(meta.title)),
    style.dim(
      `${sanitizeLine(meta.debtor.name)} · ${l.channel[meta.setting.channel]} · ${formatMoney(debt.amount, debt.currency)}, ${l.daysPastDue(debt.days_past_due)} · ${l.variant(session.seed)} · ${session.mode} · ${l.rulesOf(session.jurisdiction.id)}`,
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
  const l = RUN_LABELS[session.language];
  const lines = step.typed
    ? [
        `${style.cyan(`[${step.turn}]`)} ${style.bold(l.typed)}: ${quoteLine(step.typed.text)}`,
        `${indent}${l.youMeant(sanitize(step.choice.text), step.typed.confidence.toFixed(2))} ${style.dim(`[${step.choice.id}]`)}`,
      ]
    : [`${style.cyan(`[${step.turn}]`)} ${style.bold(l.you)} (${step.choice.id}): ${sanitize(step.choice.text)}`];
  for (const flag of step.flags) lines.push(...renderFlag(flag, style, [session.jurisdiction.id], session.language).map((line) => indent + line));
  const changes = Object.entries(step.meterChanges).map(([name, delta]) => `${meterName(session.dialogue, name, session.language)} ${delta > 0 ? '+' : ''}${delta}`);
  if (changes.length) lines.push(indent + style.dim(changes.join(' · ')));
  if (step.feedback && session.mode === 'practice') lines.push(`${indent}${style.green(l.coach)} ${sanitize(step.feedback)}`);
  if (step.reaction) lines.push(`${indent}${style.dim(`(${sanitize(step.reaction)})`)}`);
  if (step.next.scene) lines.push(style.dim(`(${sanitize(step.next.scene)})`));
  if (step.next.line !== undefined) lines.push(`${speakerOf(session, step.next.speaker)}: ${quote(step.next.line)}`);
  return lines.join('\n');
}

export function renderFlag(flag: FlagHit, style: Style, jurisdictions?: readonly string[], language: Language = 'en'): string[] {
  const color = flag.severity === 'caution' ? style.yellow : style.red;
  const l = RUN_LABELS[language];
  return [
    color(`⚑ ${l.severity[flag.severity]}: ${flag.name} [${flag.id}]`),
    ...(flag.because ? [`  ${style.dim(l.situation)} ${flag.because}`] : []),
    ...(flag.phrase !== undefined ? [`  ${style.dim(l.inYourWords)} ${quoteLine(flag.phrase)}`] : []),
    `  ${style.dim(l.why)} ${flag.explanation}`,
    `  ${style.dim(l.cost)} ${flag.cost}`,
    `  ${style.dim(l.rule)} ${formatReferences(flag.references, jurisdictions, language)}`,
    ...(flag.note ? [`  ${style.dim(l.note)} ${flag.note}`] : []),
    `  ${style.dim(l.better)} ${sanitize(flag.better)}`,
  ];
}

/**
 * The debrief in the language of the session's catalog text (`session.language`);
 * with the dialogue, meters carry the names its author gave them.
 */
export function renderDebrief(debrief: Debrief, style: Style, language: Language = debrief.dialogue.language, dialogue?: Dialogue): string {
  const l = RUN_LABELS[language];
  const lines = ['', style.bold(l.debrief)];
  lines.push(`  ${l.rules}: ${debrief.jurisdiction.id} — ${debrief.jurisdiction.rules}`);
  lines.push(
    debrief.outcome
      ? `  ${l.outcome}: ${debrief.outcome.name} (${debrief.outcome.kind})`
      : `  ${l.outcome}: ${l.unfinished(debrief.turns)}`,
  );
  if (debrief.outcome?.unsustainable) lines.push(style.yellow(`    ${l.wontHold}: ${sanitize(debrief.outcome.unsustainable)}`));
  lines.push(`  ${l.coreTasks}:`);
  for (const task of debrief.tasks) {
    lines.push(`    ${task.met ? style.green('[x]') : style.red('[ ]')} ${task.name}${task.turn ? style.dim(` (${l.turn(task.turn)})`) : ''}`);
  }
  if (debrief.flags.length === 0) lines.push(`  ${l.flags}: ${style.green(l.none)}`);
  else {
    lines.push(`  ${l.flags}:`);
    for (const flag of debrief.flags) {
      const typed = flag.phrase !== undefined ? ` — ${l.inYourWords} ${quoteLine(flag.phrase)}` : '';
      lines.push(`    ${l.turn(flag.turn)}: ${flag.name} [${flag.id}] — ${l.severity[flag.severity].toLowerCase()} — ${formatReferences(flag.references, [debrief.jurisdiction.id], language)}${typed}`);
    }
  }
  const reason = debrief.trueReason;
  const found = !reason.tracked ? '' : reason.found ? style.green(` — ${l.foundIt(reason.turn ?? 0)}`) : style.yellow(` — ${l.notFound}`);
  lines.push(`  ${l.trueReason}: ${sanitize(reason.reason)}${found}`);
  const nameOf = (id: string) => (dialogue ? meterName(dialogue, id, language) : (BUILT_IN_METER_NAMES[language][id] ?? id));
  const meters = Object.entries(debrief.meters).map(([id, series]) => `${nameOf(id)} ${series.join('→')}`);
  lines.push(`  ${l.meters}: ${meters.join(' · ')}`);
  const s = debrief.score;
  lines.push(style.bold(`  ${l.score}: ${s.total}/100`) + style.dim(` (${l.scoreParts(s.outcome, s.tasks, s.penalties)})`) + ` · ${scoreVerdict(s, language)}`);
  return lines.join('\n');
}

function speakerOf(session: Session, speaker: string | undefined): string {
  return sanitizeLine(speaker ?? session.dialogue.meta.debtor.name);
}

function quote(line: string): string {
  return `“${sanitize(line)}”`;
}

/** Typed words are one line said on a call: a tab or line break in them (a replies file, an edited transcript) is a space. */
function quoteLine(line: string): string {
  return `“${sanitizeLine(line)}”`;
}

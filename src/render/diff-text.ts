import type { DialogueChange } from '../analyze/semantic-diff.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './style.js';

/**
 * `parley diff` as text: dialogue-wide changes first, then per state, then
 * reachability, then the warnings a reviewer must not miss. Apart from guard
 * values, only ids and catalog names are printed, never free text from the files.
 */
export function renderDiff(oldLabel: string, newLabel: string, changes: readonly DialogueChange[], style: Style): string {
  const lines = [style.bold(`parley diff ${oldLabel} → ${newLabel}`)];
  if (!changes.length) return [...lines, style.dim('  no change in meaning (states, choices, targets, guards, flags and reachable outcomes are the same)')].join('\n');
  const byKind = <K extends DialogueChange['kind']>(...kinds: K[]) => changes.filter((c): c is Extract<DialogueChange, { kind: K }> => (kinds as string[]).includes(c.kind));

  for (const c of byKind('id-changed')) lines.push(style.yellow(`  ~ dialogue id ${c.from} → ${c.to}: another dialogue (its transcripts and test files name the old id)`));
  for (const c of byKind('initial-moved')) lines.push(style.yellow(`  ~ initial state ${c.from} → ${c.to}`));
  for (const c of byKind('state-added')) lines.push(style.green(`  + state ${c.state}`));
  for (const c of byKind('state-removed')) lines.push(style.red(`  - state ${c.state}`));

  const perState = new Map<string, string[]>();
  const note = (state: string, line: string) => perState.set(state, [...(perState.get(state) ?? []), line]);
  for (const c of changes) {
    const branch = 'branch' in c && c.branch > 0 ? ` (branch ${c.branch + 1})` : '';
    switch (c.kind) {
      case 'choice-added':
        note(c.state, style.green(`+ choice ${c.choice} → ${c.target}`));
        break;
      case 'choice-removed':
        note(c.state, style.red(`- choice ${c.choice}`));
        break;
      case 'target-moved':
        note(c.state, style.yellow(`~ choice ${c.choice}${branch}: target ${c.from} → ${c.to}`));
        break;
      case 'guard-changed':
        // Guards quote fact values from the file: strip anything a terminal would act on.
        note(c.state, style.yellow(sanitizeLine(`~ choice ${c.choice}${branch}: guard ${c.from ?? 'none'} → ${c.to ?? 'none'}`)));
        break;
      case 'flag-added':
        note(c.state, style.green(`~ choice ${c.choice}: flag added ${c.flag}`));
        break;
      case 'flag-dropped':
        note(c.state, style.red(`~ choice ${c.choice}: flag dropped ${c.flag}`));
        break;
      default:
        break;
    }
  }
  for (const [state, notes] of perState) lines.push(`  ~ state ${state}`, ...notes.map((n) => `      ${n}`));
  for (const c of byKind('outcome-reachable')) lines.push(style.green(`  outcome ${c.outcome}: now reachable`));
  for (const c of byKind('outcome-unreachable')) lines.push(style.red(`  outcome ${c.outcome}: no longer reachable`));
  for (const c of byKind('consequence-lost')) {
    lines.push(style.red(`  ⚠ coercive choice ${c.choice} in ${c.state} lost its consequence: ${c.lost.join('; ')}`));
  }
  return lines.join('\n');
}

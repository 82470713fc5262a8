import type { Coverage, CoverageShare } from '../analyze/coverage.js';
import type { Style } from './style.js';

/** What `parley coverage` prints: one pasteable `--choices` line per outcome and flag, then the shares. */
export function renderCoverage(file: string, result: Coverage, style: Style, complete = true): string {
  const lines = [style.bold(`Shortest paths in ${file}`) + style.dim(' (guards applied; paste into parley run)')];
  const width = Math.max(0, ...result.targets.map((t) => t.id.length));
  for (const kind of ['outcome', 'flag'] as const) {
    const targets = result.targets.filter((t) => t.kind === kind);
    if (!targets.length) continue;
    lines.push('', style.bold(kind === 'outcome' ? 'Outcomes' : 'Flags'));
    for (const target of targets) {
      const id = target.id.padEnd(width);
      if (!target.choices) {
        // A search cut short by --max-situations has not shown that a target cannot be reached.
        lines.push(
          complete
            ? `  ${style.red(id)}  ${style.red('unreachable')} ${style.dim('(see parley analyze)')}`
            : `  ${style.yellow(id)}  ${style.yellow('not found before the search stopped')} ${style.dim('(it may still be reachable)')}`,
        );
        continue;
      }
      const count = style.dim(`${String(target.choices.length).padStart(2)} choice${target.choices.length === 1 ? ' ' : 's'}`);
      const label = kind === 'flag' ? style.red(id) : style.green(id);
      const persona = target.persona ? `--persona ${target.persona.ability},${target.persona.willingness},${target.persona.temperament} ` : '';
      lines.push(`  ${label}  ${count}  ${persona}--choices ${target.choices.join(',')}`);
    }
  }
  lines.push('', `Together these paths visit ${share(result.states, 'state')} and ${share(result.choices, 'choice')}.`);
  if (result.states.missed.length) lines.push(style.dim(`  states not visited: ${result.states.missed.join(', ')}`));
  if (result.choices.missed.length) lines.push(style.dim(`  choices not taken: ${result.choices.missed.join(', ')}`));
  return lines.join('\n');
}

function share({ covered, total }: CoverageShare, noun: string): string {
  const percent = total === 0 ? 100 : Math.round((covered / total) * 100);
  return `${covered} of ${total} ${noun}s (${percent}%)`;
}

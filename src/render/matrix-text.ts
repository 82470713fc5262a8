import { COUNT_LIMIT, type ExcuseMatrix } from '../analyze/excuse-matrix.js';
import type { Style } from './style.js';

const GAP_TEXT = {
  no_compliant_payment: 'no compliant path to a payment arrangement (paid today, promise, plan)',
  no_coercive_example: 'no coercive counterexample (no flagged path) to learn from',
} as const;

/** The excuse × outcome table: each cell "compliant/flagged" path counts, then the gaps. */
export function renderMatrix(matrix: ExcuseMatrix, dialogues: number, maxTurns: number, style: Style): string {
  const count = (n: number): string =>
    n > COUNT_LIMIT
      ? `>${count(COUNT_LIMIT)}`
      : n >= 1e12
        ? `${+(n / 1e12).toFixed(1)}T`
        : n >= 1e9
          ? `${+(n / 1e9).toFixed(1)}G`
          : n >= 1e6
            ? `${(n / 1e6).toFixed(1)}M`
            : n >= 1e4
              ? `${Math.round(n / 1e3)}k`
              : String(n);
  const over = matrix.cells.some((c) => c.compliant > COUNT_LIMIT || c.flagged > COUNT_LIMIT);
  const rows = matrix.excuses.map((excuse) => [
    excuse,
    ...matrix.outcomes.map((outcome) => {
      const cell = matrix.cells.find((c) => c.excuse === excuse && c.outcome === outcome)!;
      return cell.compliant || cell.flagged ? `${count(cell.compliant)}/${count(cell.flagged)}` : '·';
    }),
  ]);
  const header = ['excuse type \\ outcome', ...matrix.outcomes];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const gapRows = new Set(matrix.gaps.map((g) => g.excuse));
  const lines = [
    style.bold(`Paths per excuse type and outcome over ${dialogues} dialogue${dialogues === 1 ? '' : 's'}`) +
      style.dim(` (compliant/flagged, up to ${maxTurns} choices)`),
    '',
    style.bold(pad(header)),
    ...rows.map((r) => (gapRows.has(r[0]!) ? style.yellow(pad(r)) : pad(r))),
  ];
  if (over) lines.push('', style.dim(`>${count(COUNT_LIMIT)}: more than ${COUNT_LIMIT.toLocaleString('en-US')} paths (counting stops there)`));
  if (matrix.truncated.length) lines.push('', style.dim(`counts are lower bounds for ${matrix.truncated.join(', ')}: they loop past ${maxTurns} choices`));
  lines.push('');
  if (!matrix.gaps.length) lines.push(style.green('✔ no gaps: every excuse type has a compliant path to payment and a flagged counterexample'));
  else {
    lines.push(style.yellow(`Gaps (${matrix.gaps.length}):`));
    for (const gap of matrix.gaps) lines.push(style.yellow(`  ${gap.excuse}: ${GAP_TEXT[gap.kind]}`));
  }
  return lines.join('\n');
}

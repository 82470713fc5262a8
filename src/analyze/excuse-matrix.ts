import { EXCUSE_TYPES, OUTCOMES } from '../catalog/index.js';
import type { SituationGraph } from './situation-graph.js';

/** Endings that are a payment arrangement: what every excuse type should have a lawful path to. */
export const PAYMENT_OUTCOMES: ReadonlySet<string> = new Set(['paid_today', 'promise_to_pay', 'payment_plan']);

export interface PathCounts {
  compliant: number;
  flagged: number;
}

export interface DialoguePathCounts {
  /** `excuse\u0000outcome` → how many distinct choice sequences, with and without a flag, end there. */
  cells: Map<string, PathCounts>;
  excuses: string[];
  /** true when some paths were still going at the turn bound (loops): counts are then lower bounds. */
  truncated: boolean;
}

/**
 * Path counts grow exponentially with the turn bound in a looping dialogue
 * (past 2^53 a float count is no longer exact; past 1e308 it is Infinity), so
 * counting saturates: any count over COUNT_LIMIT is held as COUNT_LIMIT + 1,
 * which reads "more than COUNT_LIMIT" and stays a finite, exact JSON number.
 */
export const COUNT_LIMIT = 1e15;
export const MORE_THAN_LIMIT = COUNT_LIMIT + 1;
const add = (a: number, b: number) => Math.min(MORE_THAN_LIMIT, a + b);

export const cellKey = (excuse: string, outcome: string) => `${excuse}\u0000${outcome}`;

/**
 * Counts the paths from the start to each ending, up to `maxTurns` choices,
 * split by whether any choice on the way raised a flag, and attributes each
 * path to every excuse type voiced on it (or, in a dialogue whose lines name
 * no excuse, to the excuses its debtor is declared to use). Counting runs
 * turn by turn over the situation graph, so it never lists paths one by one.
 */
export function countPaths(graph: SituationGraph, maxTurns: number): DialoguePathCounts {
  const { dialogue, situations, edges } = graph;
  const voiced = [...new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.excuse ? [s.meta.excuse] : [])))];
  const excuses = voiced.length ? voiced : [...dialogue.meta.debtor.excuses];
  const bitOf = new Map(voiced.map((e, i) => [e, 1 << i]));
  const maskOf = (situation: number) => bitOf.get(dialogue.states[situations.state[situation]!]?.meta?.excuse ?? '') ?? 0;
  const width = 1 << voiced.length;
  const encode = (situation: number, flagged: number, mask: number) => (situation * 2 + flagged) * width + mask;

  const cells = new Map<string, PathCounts>();
  const record = (situation: number, flagged: number, mask: number, count: number) => {
    const outcome = dialogue.states[situations.state[situation]!]?.meta?.outcome;
    if (!outcome) return;
    for (const [i, excuse] of excuses.entries()) {
      if (voiced.length && !(mask & (1 << i))) continue;
      const key = cellKey(excuse, outcome);
      const cell = cells.get(key) ?? { compliant: 0, flagged: 0 };
      if (flagged) cell.flagged = add(cell.flagged, count);
      else cell.compliant = add(cell.compliant, count);
      cells.set(key, cell);
    }
  };

  let layer = new Map<number, number>(situations.count ? [[encode(0, 0, maskOf(0)), 1]] : []);
  for (let turn = 0; turn <= maxTurns && layer.size; turn++) {
    const next = new Map<number, number>();
    for (const [code, count] of layer) {
      const mask = code % width;
      const flagged = Math.floor(code / width) % 2;
      const situation = Math.floor(code / width / 2);
      if (situations.final[situation]) {
        record(situation, flagged, mask, count);
        continue;
      }
      if (turn === maxTurns) continue;
      for (let e = situations.firstEdge[situation]!; e < situations.firstEdge[situation + 1]!; e++) {
        const to = edges.to[e]!;
        const key = encode(to, flagged || (graph.flagLists[edges.flags[e]!]!.length ? 1 : 0), mask | maskOf(to));
        next.set(key, add(next.get(key) ?? 0, count));
      }
    }
    if (turn === maxTurns) {
      return { cells, excuses, truncated: [...layer.keys()].some((code) => !situations.final[Math.floor(code / width / 2)]) };
    }
    layer = next;
  }
  return { cells, excuses, truncated: false };
}

export interface MatrixGap {
  excuse: string;
  kind: 'no_compliant_payment' | 'no_coercive_example';
}

export interface ExcuseMatrix {
  excuses: string[];
  outcomes: string[];
  cells: Array<{ excuse: string; outcome: string } & PathCounts>;
  gaps: MatrixGap[];
  /** Dialogues whose counts were cut by the turn bound. */
  truncated: string[];
}

/** Sums per-dialogue counts into the library's excuse × outcome table, in catalog order, and lists the gaps. */
export function excuseMatrix(dialogues: ReadonlyArray<{ id: string; counts: DialoguePathCounts }>, options: { allExcuses?: boolean } = {}): ExcuseMatrix {
  const total = new Map<string, PathCounts>();
  const seenExcuses = new Set<string>();
  const seenOutcomes = new Set<string>();
  for (const { counts } of dialogues) {
    counts.excuses.forEach((e) => seenExcuses.add(e));
    for (const [key, value] of counts.cells) {
      const [, outcome] = key.split('\u0000') as [string, string];
      seenOutcomes.add(outcome);
      const cell = total.get(key) ?? { compliant: 0, flagged: 0 };
      cell.compliant = add(cell.compliant, value.compliant);
      cell.flagged = add(cell.flagged, value.flagged);
      total.set(key, cell);
    }
  }
  const catalogOrder = (ids: Set<string>, catalog: readonly { id: string }[]) => [
    ...catalog.map((c) => c.id).filter((id) => ids.has(id)),
    ...[...ids].filter((id) => !catalog.some((c) => c.id === id)).sort(),
  ];
  const excuses = options.allExcuses ? EXCUSE_TYPES.map((e) => e.id) : catalogOrder(seenExcuses, EXCUSE_TYPES);
  const outcomes = catalogOrder(seenOutcomes, OUTCOMES);
  const cells = excuses.flatMap((excuse) =>
    outcomes.map((outcome) => ({ excuse, outcome, ...(total.get(cellKey(excuse, outcome)) ?? { compliant: 0, flagged: 0 }) })),
  );
  const gaps: MatrixGap[] = [];
  for (const excuse of excuses) {
    const row = cells.filter((c) => c.excuse === excuse);
    if (!row.some((c) => PAYMENT_OUTCOMES.has(c.outcome) && c.compliant > 0)) gaps.push({ excuse, kind: 'no_compliant_payment' });
    if (!row.some((c) => c.flagged > 0)) gaps.push({ excuse, kind: 'no_coercive_example' });
  }
  return { excuses, outcomes, cells, gaps, truncated: dialogues.filter((d) => d.counts.truncated).map((d) => d.id) };
}

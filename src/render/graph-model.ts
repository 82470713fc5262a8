import { describeGuard } from '../analyze/describe-guard.js';
import { transitionsOf } from '../schema/transitions.js';
import { outcomes } from '../catalog/index.js';
import type { Dialogue } from '../schema/dialogue.js';
import { sanitizeLine } from '../text/sanitize.js';

/** A dialogue as boxes and arrows, before any diagram syntax: what graph-mermaid and graph-dot draw. */
export interface DiagramNode {
  id: string;
  /** First line of the label: the state id, or the outcome for an ending. */
  title: string;
  /** The debtor's line, shortened and stripped of control characters. */
  line?: string;
  outcome?: { id: string; kind: 'success' | 'partial' | 'failure' };
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** The choice id, with the branch's guard when the choice has several. */
  label: string;
  flagged: boolean;
}

export interface Diagram {
  id: string;
  initial: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const LABEL_LENGTH = 40;

export function diagramOf(dialogue: Dialogue): Diagram {
  const nodes: DiagramNode[] = Object.entries(dialogue.states).map(([id, state]) => {
    const meta = state.meta ?? {};
    const first = Array.isArray(meta.line) ? meta.line[0] : meta.line;
    const outcome = meta.outcome;
    return {
      id,
      title: outcome ?? id,
      ...(first !== undefined ? { line: shorten(first, LABEL_LENGTH) } : {}),
      ...(outcome ? { outcome: { id: outcome, kind: outcomes.get(outcome)?.kind ?? 'partial' } } : {}),
    };
  });
  const edges: DiagramEdge[] = Object.entries(dialogue.states).flatMap(([from, state]) => {
    const all = transitionsOf(state);
    return all.map(({ choiceId, branch, transition }) => {
      const several = all.filter((t) => t.choiceId === choiceId).length > 1;
      const condition = transition.guard ? describeGuard(transition.guard) : several && branch > 0 ? 'else' : undefined;
      return {
        from,
        to: transition.target,
        label: condition ? `${choiceId} [${condition}]` : choiceId,
        flagged: (transition.meta?.flags?.length ?? 0) > 0,
      };
    });
  });
  return { id: dialogue.id, initial: dialogue.initial, nodes, edges };
}

/** One line, at most `max` characters, cut at a word where possible. */
export function shorten(text: string, max: number): string {
  const line = sanitizeLine(text).replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

import type { Diagram } from './graph-model.js';

const KIND_COLOR = { success: '#e8f5e9', partial: '#fff8e1', failure: '#ffebee' } as const;

/** A Graphviz digraph (`dot -Tsvg`): every id and label is a quoted, escaped DOT string. */
export function renderDot(diagram: Diagram): string {
  const lines = [
    `digraph ${quoteDot(diagram.id)} {`,
    '  graph [rankdir=TB, fontname="Helvetica"];',
    '  node [shape=box, style="rounded", fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
    '  "(start)" [shape=circle, style=filled, fillcolor="#333333", label="", width=0.2];',
  ];
  for (const node of diagram.nodes) {
    const label = [node.title, ...(node.line !== undefined ? [`“${node.line}”`] : [])].map(escapeDot).join('\\n');
    const attributes = node.outcome
      ? `, shape=box, style="rounded,filled", peripheries=2, fillcolor="${KIND_COLOR[node.outcome.kind]}"`
      : '';
    lines.push(`  ${quoteDot(node.id)} [label="${label}"${attributes}];`);
  }
  lines.push(`  "(start)" -> ${quoteDot(diagram.initial)};`);
  for (const edge of diagram.edges) {
    const colour = edge.flagged ? ', color="#d32f2f", fontcolor="#d32f2f", penwidth=2' : '';
    lines.push(`  ${quoteDot(edge.from)} -> ${quoteDot(edge.to)} [label="${escapeDot(edge.label)}"${colour}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function quoteDot(id: string): string {
  return `"${escapeDot(id)}"`;
}

/** Text inside a DOT double-quoted string: backslashes and quotes escaped, control characters and newlines dropped. */
export function escapeDot(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
}

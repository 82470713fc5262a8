import type { Diagram } from './graph-model.js';

/**
 * A Mermaid flowchart that GitHub renders as is. Node ids are generated
 * (n0, n1, …) so no state name can collide with Mermaid keywords such as
 * `end`; every label is quoted and escaped with Mermaid's entity codes.
 */
export function renderMermaid(diagram: Diagram): string {
  const ids = new Map(diagram.nodes.map((node, i) => [node.id, `n${i}`]));
  const lines = [`%% parley graph: ${escapeMermaid(diagram.id)}`, 'flowchart TD', '  n_start((" ")):::start'];
  for (const node of diagram.nodes) {
    const label = [escapeMermaid(node.title), ...(node.line !== undefined ? [escapeMermaid(`“${node.line}”`)] : [])].join('<br/>');
    const id = ids.get(node.id)!;
    lines.push(node.outcome ? `  ${id}(["${label}"]):::${node.outcome.kind}` : `  ${id}["${label}"]`);
  }
  const flagged: number[] = [];
  lines.push(`  n_start --> ${ids.get(diagram.initial)}`);
  diagram.edges.forEach((edge, i) => {
    if (edge.flagged) flagged.push(i + 1);
    lines.push(`  ${ids.get(edge.from)} -->|"${escapeMermaid(edge.label)}"| ${ids.get(edge.to)}`);
  });
  if (flagged.length) lines.push(`  linkStyle ${flagged.join(',')} stroke:#d32f2f,stroke-width:2px,color:#d32f2f`);
  lines.push(
    '  classDef start fill:#333,stroke:#333',
    '  classDef success fill:#e8f5e9,stroke:#2e7d32',
    '  classDef partial fill:#fff8e1,stroke:#f9a825',
    '  classDef failure fill:#ffebee,stroke:#c62828',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Text inside a quoted Mermaid label: characters Mermaid or its HTML labels
 * would read as syntax become numeric entity codes (`#34;`), and control
 * characters and newlines are already gone (graph-model shortens to one line).
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[#"&<>|`\\]/g, (c) => `#${c.codePointAt(0)};`);
}

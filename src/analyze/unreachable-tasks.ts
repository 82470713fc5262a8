import { coreTasks } from '../catalog/index.js';
import type { Finding } from '../validate/finding.js';
import type { SituationGraph } from './situation-graph.js';

/**
 * Core tasks the dialogue says it teaches (meta.tasks, or all of them by
 * default) that no reachable choice advances. A declared list is a promise, so
 * breaking it is an error; the default only earns a warning.
 */
export function unreachableTasks(graph: SituationGraph): Finding[] {
  const declared = graph.dialogue.meta.tasks;
  const met = new Set<string>();
  const taken = new Uint8Array(graph.branches.length);
  for (let e = 0; e < graph.edges.count; e++) taken[graph.edges.branch[e]!] = 1;
  graph.branches.forEach((b, i) => {
    if (taken[i]) for (const task of b.transition.meta?.tasks ?? []) met.add(task);
  });
  const tasks = declared ?? [...coreTasks.keys()];
  return tasks.flatMap((task, i): Finding[] => {
    if (met.has(task)) return [];
    return [
      declared
        ? { code: 'PAR507', severity: 'error', message: `core task '${task}' is declared but no reachable choice advances it`, path: ['meta', 'tasks', i] }
        : {
            code: 'PAR507',
            severity: 'warning',
            message: `core task '${task}' (taught by default) cannot be met: no reachable choice advances it`,
            path: ['meta'],
            atKey: true,
            hint: `add it to a choice's tasks, or list the tasks this dialogue teaches under meta.tasks`,
          },
    ];
  });
}

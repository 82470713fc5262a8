import type { CompiledDialogue } from '../compile/compile-machine.js';
import type { Finding } from '../load/finding.js';
import { deadChoices } from './dead-choices.js';
import { shortestPaths, type ShortestPaths } from './shortest-paths.js';
import { buildSituationGraph, type SituationGraph, type SituationGraphOptions } from './situation-graph.js';
import { trappedSituations } from './trapped-situations.js';
import { unreachableStates } from './unreachable-states.js';
import { unreachableTasks } from './unreachable-tasks.js';

export interface DialogueAnalysis {
  graph: SituationGraph;
  paths: ShortestPaths;
  findings: Finding[];
}

/**
 * The deep check (`parley analyze`, `parley validate --deep`): explores the
 * machine with its guards and meters and reports what no learner can reach,
 * where a learner gets stuck, and what the author wrote that never shows.
 * When the exploration bound is hit, only what was actually seen is reported.
 */
export function analyzeDialogue(compiled: CompiledDialogue, options: SituationGraphOptions = {}): DialogueAnalysis {
  const graph = buildSituationGraph(compiled, options);
  const paths = shortestPaths(graph);
  const findings: Finding[] = [...trappedSituations(graph, paths)];
  if (graph.complete) findings.push(...unreachableStates(graph), ...deadChoices(graph), ...unreachableTasks(graph));
  else {
    findings.push({
      code: 'PAR500',
      severity: 'warning',
      message: `analysis stopped after ${graph.situations.length} situations; reachability findings are left out because the search is incomplete`,
      path: [],
      hint: 'raise --max-situations, or read fewer meters in guards',
    });
  }
  return { graph, paths, findings };
}

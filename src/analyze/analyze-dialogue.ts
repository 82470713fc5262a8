import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { CompiledDialogue } from '../compile/compile-machine.js';
import type { Finding } from '../validate/finding.js';
import { deadChoices } from './dead-choices.js';
import { personaVariants } from './persona-variants.js';
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
  if (options.persona) return analyzeFor(compiled, options);
  // A session can play any persona, so what is "never reached" must hold for all of them,
  // while a trap matters if any persona can fall into it.
  const [declared, ...others] = personaVariants(compiled.dialogue).map((persona) => analyzeFor(compiled, { ...options, persona }));
  if (others.length === 0) return declared!;
  const keyOf = (f: Finding) => `${f.code} ${JSON.stringify(f.path)}`;
  const found = others.map((a) => new Set(a.findings.map(keyOf)));
  const everywhere = (f: Finding) => found.every((keys) => keys.has(keyOf(f)));
  const findings = declared!.findings.filter((f) => TRAPS.has(f.code) || everywhere(f)).map(underEveryPersona);
  const seen = new Set(findings.map(keyOf));
  for (const analysis of others) {
    for (const f of analysis.findings) {
      if (TRAPS.has(f.code) && !seen.has(keyOf(f))) {
        seen.add(keyOf(f));
        findings.push(f);
      }
    }
  }
  return { ...declared!, findings };
}

const TRAPS = new Set<DiagnosticCode>(['PAR500', 'PAR503', 'PAR504']);

const underEveryPersona = (f: Finding): Finding =>
  TRAPS.has(f.code) ? f : { ...f, message: f.message.replace(/ with the declared persona \([^)]*\)/, ' under every persona its guards tell apart') };

function analyzeFor(compiled: CompiledDialogue, options: SituationGraphOptions): DialogueAnalysis {
  const graph = buildSituationGraph(compiled, options);
  const paths = shortestPaths(graph);
  const findings: Finding[] = [...trappedSituations(graph, paths)];
  if (graph.complete) findings.push(...unreachableStates(graph), ...deadChoices(graph), ...unreachableTasks(graph));
  else {
    findings.push({
      code: 'PAR500',
      severity: 'warning',
      message: `analysis stopped after ${graph.situations.count} situations; reachability findings are left out because the search is incomplete`,
      path: [],
      hint: 'raise --max-situations, or read fewer meters in guards',
    });
  }
  return { graph, paths, findings };
}

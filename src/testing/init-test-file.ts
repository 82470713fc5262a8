import { bestCompliantPath } from '../analyze/best-path.js';
import { explorePaths, type ExploredPath } from '../analyze/explore-paths.js';
import type { CompiledDialogue } from '../compile/compile-machine.js';
import { outcomes } from '../catalog/index.js';

export interface StarterOptions {
  /** Path of the dialogue relative to the test file, written only when the naming convention would not find it. */
  dialogue?: string;
  /** `$schema` path for editors, relative to the test file. */
  schema?: string;
  maxDepth?: number;
  maxPaths?: number;
}

/**
 * A starter test file written from what the dialogue does now: one case per
 * reachable outcome (its cleanest, then shortest path), one flagged path with
 * its exact flags, and a property that every flagged path scores below the best
 * flag-free one. The author reads it, keeps what states the intent, and edits
 * the rest; it passes as written.
 */
export function starterTestFile(compiled: CompiledDialogue, options: StarterOptions = {}): { text: string; cases: number } {
  const maxDepth = options.maxDepth ?? 30;
  const paths = [...explorePaths(compiled, { maxDepth, maxPaths: options.maxPaths ?? 20_000, seed: 0 })].filter((p) => p.ended);
  const byOutcome = new Map<string, ExploredPath>();
  for (const path of paths) {
    const id = path.debrief.outcome?.id ?? 'none';
    const current = byOutcome.get(id);
    if (!current || better(path, current)) byOutcome.set(id, path);
  }
  const order = [...outcomes.keys()];
  const chosen = [...byOutcome.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const out: string[] = [];
  if (options.schema) out.push(`# yaml-language-server: $schema=${options.schema}`);
  out.push(`# Tests for dialogue '${compiled.dialogue.id}', written by \`parley test --init\` from what it does now.`);
  out.push('# Keep the cases that state what the dialogue must do, and edit or delete the rest.');
  out.push('parley_test: 1');
  if (options.dialogue) out.push(`dialogue: ${JSON.stringify(options.dialogue)}`);
  out.push('seed: 0', 'cases:');
  let cases = 0;
  const addCase = (name: string, path: ExploredPath, extra: string[] = []) => {
    const d = path.debrief;
    out.push(`  - name: ${JSON.stringify(name)}`);
    out.push(`    choices: [${path.choices.join(', ')}]`);
    out.push('    expect:');
    out.push(`      outcome: ${d.outcome?.id ?? 'none'}`);
    out.push(`      flags: [${d.flags.map((f) => f.id).join(', ')}]`);
    out.push(`      tasks: [${d.tasks.filter((t) => t.met).map((t) => t.id).join(', ')}]`);
    out.push(`      score: ${d.score.total}`);
    out.push(...extra);
    cases++;
  };
  for (const [id, path] of chosen) {
    const name = outcomes.get(id)?.name.en ?? id;
    const clean = path.debrief.flags.length === 0;
    addCase(`ends in: ${name}${clean ? '' : ' (only reached with flags)'}`, path, clean ? ['      meters: { legal_exposure: 0 }'] : []);
  }
  const included = new Set(chosen.map(([, p]) => p));
  const flagged = paths.filter((p) => p.debrief.flags.length > 0 && !included.has(p)).sort((a, b) => a.choices.length - b.choices.length)[0];
  if (flagged) {
    const first = flagged.debrief.flags[0]!;
    const atTurn = flagged.debrief.flags.filter((f) => f.turn === first.turn).map((f) => f.id);
    addCase(`'${first.choice}' is flagged as ${first.id}`, flagged, ['    at:', `      - turn: ${first.turn}`, `        flags: [${atTurn.join(', ')}]`]);
  }
  const best = bestCompliantPath(compiled);
  if (best && paths.some((p) => p.debrief.flags.length > 0)) {
    out.push(`  - name: "every flagged path scores below the best flag-free path (${best.debrief.score.total})"`);
    out.push('    all_paths:');
    out.push(`      max_depth: ${maxDepth}`);
    out.push('      where: { flagged: true }');
    out.push('    expect:');
    out.push(`      score: { max: ${best.debrief.score.total - 1} }`);
    cases++;
  }
  return { text: `${out.join('\n')}\n`, cases };
}

/** Fewer flags first (the lesson path), then fewer choices. */
function better(a: ExploredPath, b: ExploredPath): boolean {
  if (a.debrief.flags.length !== b.debrief.flags.length) return a.debrief.flags.length < b.debrief.flags.length;
  return a.choices.length < b.choices.length;
}

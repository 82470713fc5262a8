import type { CompiledDialogue } from '../compile/compile-machine.js';
import { Session, type SessionOptions } from '../engine/session.js';
import type { Debrief } from '../engine/types.js';

export interface BestPath {
  choices: Array<{ id: string; text: string; state: string }>;
  debrief: Debrief;
}

/**
 * The shortest path to the best-scoring ending that raises no flag at all:
 * what the debrief shows beside the learner's own path. Breadth-first over
 * distinct situations (state, meters, facts, tasks met), so loops terminate.
 */
export function bestCompliantPath(
  compiled: CompiledDialogue,
  options: Omit<SessionOptions, 'mode'> & { maxStates?: number } = {},
): BestPath | undefined {
  const { maxStates = 50_000, ...sessionOptions } = options;
  const start = new Session(compiled, { ...sessionOptions, mode: 'practice', seed: options.seed ?? 0 });
  const seen = new Set<string>([situationKey(start)]);
  let frontier = [start];
  let best: Session | undefined;
  while (frontier.length && seen.size < maxStates) {
    const next: Session[] = [];
    for (const session of frontier) {
      for (const choice of session.available()) {
        const branch = session.fork();
        const step = branch.choose(choice.id);
        if (step.flags.length > 0) continue;
        if (branch.ended) {
          if (!best || branch.debrief().score.total > best.debrief().score.total) best = branch;
          continue;
        }
        const key = situationKey(branch);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push(branch);
      }
    }
    frontier = next;
  }
  if (!best) return undefined;
  return {
    choices: best.steps.map((s) => ({ id: s.choice.id, text: s.choice.text, state: s.state })),
    debrief: best.debrief(),
  };
}

function situationKey(session: Session): string {
  const { meters, facts } = session.context;
  const tasks = [...new Set(session.steps.flatMap((s) => s.tasks))].sort();
  return JSON.stringify([session.stateId, meters, facts, tasks]);
}

export interface PathChoice {
  id: string;
  text: string;
}

export interface PathComparison {
  /** One row per turn of the longer path. */
  rows: Array<{ turn: number; learner?: PathChoice; compliant?: PathChoice }>;
  /** The first turn where the learner did something other than the compliant path, if any. */
  partedAt?: { turn: number; learner?: PathChoice; compliant: PathChoice };
}

/**
 * Lines the learner's choices up against the flag-free best path. Both start
 * in the same state and choices are deterministic, so at the first turn where
 * they differ the compliant choice was available to the learner too.
 */
export function comparePaths(learner: readonly PathChoice[], compliant: readonly PathChoice[]): PathComparison {
  const length = Math.max(learner.length, compliant.length);
  const rows: PathComparison['rows'] = [];
  let partedAt: PathComparison['partedAt'];
  for (let i = 0; i < length; i++) {
    const mine = learner[i];
    const best = compliant[i];
    rows.push({ turn: i + 1, ...(mine ? { learner: mine } : {}), ...(best ? { compliant: best } : {}) });
    if (!partedAt && best && mine?.id !== best.id) partedAt = { turn: i + 1, ...(mine ? { learner: mine } : {}), compliant: best };
  }
  return { rows, ...(partedAt ? { partedAt } : {}) };
}

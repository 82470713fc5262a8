/**
 * Damerau-free Levenshtein distance; names are short so the O(n·m) table is fine.
 * With `limit`, gives up (returning limit + 1) as soon as the distance must exceed
 * it, so a typo checked against thousands of names stays cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      const value = Math.min(current + 1, row[j - 1]! + 1, previous + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      previous = current;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length]!;
}

// One reusable row: did-you-mean runs once per unknown name against every known one.
let row = new Int32Array(64);

/** The closest known name, if it is close enough to be a likely typo. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  const allowed = Math.max(2, Math.floor(name.length / 3));
  let bestDistance = allowed + 1;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const match = closest(name, known);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}

/**
 * For a name that must be one of a catalog's ids: the likely typo, or, when
 * nothing is close, every valid id, so the author need not go looking.
 */
export function didYouMeanOrKnown(name: string, known: Iterable<string>): string {
  const ids = [...known];
  return didYouMean(name, ids) ?? `known: ${ids.join(', ')}`;
}

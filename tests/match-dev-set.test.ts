import { describe, expect, it } from 'vitest';
import { evaluate, readSet, score } from '../scripts/match-eval.js';

/**
 * A regression guard, not a measure: the dev set is what the matcher was tuned
 * on (tests/free-reply-dev), so these figures are the ones it reached there
 * and must not fall below. The honest measure is the blind set, in docs/FREE-REPLY.md.
 */
const REACHED = { top1: 0.97, rephrased: 0.98 };

describe('free-reply matching on the dev set', () => {
  it('holds the accuracy it was tuned to', () => {
    const { replies, unmatched } = readSet('dev');
    expect(unmatched).toEqual([]);
    expect(replies.length).toBeGreaterThanOrEqual(12 * 15);
    const all = score('all', evaluate(replies));
    expect(all.top1).toBeGreaterThanOrEqual(REACHED.top1);
    expect(all.rephrased).toBeGreaterThanOrEqual(REACHED.rephrased);
  });
});

import { describe, expect, it } from 'vitest';
import { ChoiceUnavailableError, Session, UndoNotAllowedError } from '../src/engine/session.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const GUARDED = MINIMAL_DIALOGUE.replace(
  `      - id: shout`,
  `      - id: offer_plan
        text: "Would a payment plan help?"
        guard: { type: meterAtLeast, params: { meter: trust, value: 7 } }
        target: done
      - id: warm_up
        text: "Thanks for picking up. How are things?"
        target: start
        meters: { trust: 4 }
      - id: shout`,
);

describe('session', () => {
  it('hides a choice whose guard fails and shows it once the meter allows', () => {
    const session = new Session(compileText(GUARDED), { seed: 1 });
    expect(session.available().map((c) => c.id)).toEqual(['ask', 'warm_up', 'shout']);
    expect(() => session.choose('offer_plan')).toThrow(ChoiceUnavailableError);
    session.choose('warm_up');
    expect(session.available().map((c) => c.id)).toEqual(['ask', 'offer_plan', 'warm_up', 'shout']);
    expect(session.available().map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it('clamps meters to their declared range', () => {
    const session = new Session(compileText(GUARDED), { seed: 1 });
    session.choose('warm_up');
    const step = session.choose('warm_up');
    expect(session.context.meters.trust).toBe(10);
    expect(step.meterChanges).toEqual({ trust: 1 });
  });

  it('puts a flagged choice in the step record and the debrief, with references and the better alternative', () => {
    const session = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    const step = session.choose('shout');
    expect(step.flags).toHaveLength(1);
    const [flag] = step.flags;
    expect(flag).toMatchObject({ id: 'abusive_language', severity: 'violation', better: 'Ask calmly for payment.', source: 'choice' });
    expect(flag!.references.some((r) => r.jurisdiction === 'us' && r.cite.includes('1692d'))).toBe(true);
    expect(step.meterChanges.legal_exposure).toBe(3);
    const debrief = session.debrief();
    expect(debrief.flags.map((f) => [f.turn, f.id])).toEqual([[1, 'abusive_language']]);
    expect(debrief.outcome?.id).toBe('paid_today');
  });

  it('scores a compliant path above the same outcome reached through a violation', () => {
    const lawful = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    lawful.choose('ask');
    const abusive = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    abusive.choose('shout');
    expect(lawful.debrief().score.total).toBeGreaterThan(abusive.debrief().score.total);
    expect(lawful.debrief().tasks.find((t) => t.id === 'ask_payment_today')).toMatchObject({ met: true, turn: 1 });
  });

  it('reports the available choices when a choice is not available, and nothing after the end', () => {
    const session = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    try {
      session.choose('nope');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChoiceUnavailableError);
      expect((error as ChoiceUnavailableError).available).toEqual(['ask', 'shout']);
    }
    session.choose('ask');
    expect(session.ended).toBe(true);
    expect(() => session.choose('ask')).toThrow(/has ended/);
  });

  it('reproduces line variants for a seed and varies them across seeds', () => {
    const text = MINIMAL_DIALOGUE.replace(`line: "Hello?"`, `line: ["Hello?", "Yeah?", "Who is this?", "Speaking.", "Hi."]`);
    const compiled = compileText(text);
    const opening = (seed: number) => new Session(compiled, { seed }).turn.line;
    expect(opening(42)).toBe(opening(42));
    const seen = new Set(Array.from({ length: 40 }, (_, seed) => opening(seed)));
    expect(seen.size).toBeGreaterThan(2);
  });

  it('undoes the last choice in practice mode but not in assessment mode', () => {
    const practice = new Session(compileText(GUARDED), { seed: 1, mode: 'practice' });
    practice.choose('warm_up');
    expect(practice.undo()?.choice.id).toBe('warm_up');
    expect(practice.context.meters.trust).toBe(5);
    expect(practice.steps).toHaveLength(0);
    const assessment = new Session(compileText(GUARDED), { seed: 1, mode: 'assessment' });
    assessment.choose('warm_up');
    expect(() => assessment.undo()).toThrow(UndoNotAllowedError);
  });

  it('lets the persona decide between guarded branches of one reply', () => {
    const text = MINIMAL_DIALOGUE.replace(
      `    choices:\n      - id: ask`,
      `    on:
      firm:
        - guard: { type: personaIs, params: { temperament: hostile } }
          target: hung
          meta: { text: "I need a payment today." }
        - target: done
    choices:
      - id: ask`,
    ).concat(`  hung:\n    type: final\n    line: "Click."\n    outcome: hung_up\n`);
    const compiled = compileText(text);
    expect(new Session(compiled, { persona: { temperament: 'hostile' } }).choose('firm').outcome?.id).toBe('hung_up');
    expect(new Session(compiled, { persona: { temperament: 'anxious' } }).choose('firm').outcome?.id).toBe('paid_today');
  });

  it('flags from situation rules reach the step even when the choice carries none', () => {
    const session = new Session(compileText(MINIMAL_DIALOGUE), {
      seed: 1,
      situationRules: [{ id: 'test', check: ({ choiceId }) => (choiceId === 'ask' ? { flag: 'inconvenient_time', because: 'it is 23:00' } : undefined) }],
    });
    const step = session.choose('ask');
    expect(step.flags.map((f) => [f.id, f.source, f.because])).toEqual([['inconvenient_time', 'situation', 'it is 23:00']]);
    expect(step.meterChanges.legal_exposure).toBeGreaterThan(0);
  });
});

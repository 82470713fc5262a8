import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import type { TypedReply } from '../src/engine/types.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const threat: TypedReply = {
  text: "Can you pay today, or I'll tell your boss",
  confidence: 0.81,
  flags: [{ flag: 'threat_to_expose', phrase: "tell … your boss" }],
};

const fresh = (text = MINIMAL_DIALOGUE) => new Session(compileText(text), { seed: 1 });

describe('a typed reply (free reply)', () => {
  it('plays the matched choice and records what was typed on the step', () => {
    const session = fresh();
    const step = session.choose('ask', { text: 'could you pay it today?', confidence: 0.9, flags: [] });
    expect(step.choice.id).toBe('ask');
    expect(step.typed).toEqual({ text: 'could you pay it today?', confidence: 0.9, flags: [] });
    expect(step.flags).toEqual([]);
    expect(step.tasks).toEqual(['ask_payment_today']);
    expect(session.ended).toBe(true);
  });

  it('flags a lawful choice said with a threat, with the lawful move itself as the better reply', () => {
    const step = fresh().choose('ask', threat);
    expect(step.flags).toHaveLength(1);
    expect(step.flags[0]).toMatchObject({
      id: 'threat_to_expose',
      name: 'Threatening to tell others',
      severity: 'violation',
      source: 'typed',
      phrase: 'tell … your boss',
      better: 'Can you pay today?',
    });
    expect(step.flags[0]!.explanation).not.toBe('');
    expect(step.flags[0]!.references.some((r) => r.jurisdiction === 'us')).toBe(true);
  });

  it('takes the core-task credit away and caps the score like any flagged reply, and the debrief lists it', () => {
    const lawful = fresh();
    lawful.choose('ask');
    const threatened = fresh();
    const step = threatened.choose('ask', threat);
    expect(step.tasks).toEqual([]);
    const debrief = threatened.debrief();
    expect(debrief.flags).toEqual([expect.objectContaining({ id: 'threat_to_expose', turn: 1, choice: 'ask', source: 'typed' })]);
    expect(debrief.tasks.find((t) => t.id === 'ask_payment_today')?.met).toBe(false);
    expect(debrief.score.violation).toBe(true);
    expect(debrief.score.passed).toBe(false);
    expect(debrief.score.total).toBeLessThanOrEqual(40);
    expect(lawful.debrief().score.total).toBeGreaterThan(debrief.score.total);
  });

  it("does not add a typed flag the choice already carries, and keeps a flagged choice's own better reply", () => {
    const step = fresh().choose('shout', {
      text: 'pay up you deadbeat or I tell your boss',
      confidence: 0.7,
      flags: [
        { flag: 'abusive_language', phrase: 'deadbeat' },
        { flag: 'threat_to_expose', phrase: 'tell your boss' },
        { flag: 'threat_to_expose', phrase: 'tell your boss' },
      ],
    });
    expect(step.flags.map((f) => [f.id, f.source])).toEqual([
      ['abusive_language', 'choice'],
      ['threat_to_expose', 'typed'],
    ]);
    expect(step.flags[1]!.better).toBe('Ask calmly for payment.');
  });

  it('reads the typed flag under the session rule set: no consumer-only law for a business debt', () => {
    const business = MINIMAL_DIALOGUE.replace('debt_kind: credit_card', 'debt_kind: supplier_invoice');
    const step = fresh(business).choose('ask', threat);
    const laws = step.flags[0]!.references.map((r) => r.law);
    expect(laws.length).toBeGreaterThan(0);
    expect(laws).not.toContain('FDCPA');
    expect(laws).not.toContain('Reg F');
  });

  it('raises no consumer-only duty read in typed words on a business debt, as situation rules raise none', () => {
    const business = MINIMAL_DIALOGUE.replace('debt_kind: credit_card', 'debt_kind: supplier_invoice');
    const typed: TypedReply = { text: "I know you asked me to stop calling, but can you pay today?", confidence: 0.7, flags: [{ flag: 'contact_after_cease', phrase: 'asked … stop calling' }] };
    const step = fresh(business).choose('ask', typed);
    expect(step.flags).toEqual([]);
    expect(step.tasks).toEqual(['ask_payment_today']);
    expect(step.typed?.flags).toEqual(typed.flags);
    // On a consumer debt the same words are flagged.
    expect(fresh().choose('ask', typed).flags.map((f) => f.id)).toEqual(['contact_after_cease']);
  });

  it('is taken back by undo like any step', () => {
    const session = fresh();
    session.choose('ask', threat);
    expect(session.undo()?.typed?.text).toBe(threat.text);
    expect(session.debrief().flags).toEqual([]);
    expect(session.choose('ask').flags).toEqual([]);
  });
});

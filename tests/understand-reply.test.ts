import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import { screenChoices, understandReply } from '../src/match/understand-reply.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const PLAN = MINIMAL_DIALOGUE.replace(
  `      - id: shout`,
  `      - id: plan
        text: "Would a monthly payment plan help you?"
        examples: ["can we set up a plan", "let's split it into monthly payments"]
        target: done
      - id: shout`,
);

function screen(text = PLAN) {
  const session = new Session(compileText(text), { seed: 1 });
  return { session, choices: screenChoices(session.table, session.stateId, session.available()) };
}

// A choice written as guarded branches: the first carries a flag the second does not.
const BRANCHED = MINIMAL_DIALOGUE.replace(
  `    choices:
      - id: ask`,
  `    on:
      press:
        - guard: { type: meterAtLeast, params: { meter: trust, value: 5 } }
          target: done
          meta: { text: "Pay now, and don't make me ask twice.", flags: [abusive_language, false_deadline] }
        - target: done
          meta: { flags: [false_deadline] }
    choices:
      - id: ask`,
);

describe('understandReply', () => {
  it('reads a flag from a choice only when every branch carries it (the branch taken may raise fewer)', () => {
    const { choices } = screen(BRANCHED);
    expect(choices.find((c) => c.id === 'press')).toEqual({ id: 'press', text: "Pay now, and don't make me ask twice.", flags: ['false_deadline'] });
  });

  it('reads the examples and flags of the choices on screen', () => {
    const { choices } = screen();
    expect(choices.map((c) => [c.id, c.examples?.length ?? 0, c.flags])).toEqual([
      ['ask', 0, []],
      ['plan', 2, []],
      ['shout', 0, ['abusive_language']],
    ]);
  });

  it("matches a lawful move said with a threat and hands the engine the threat, which then flags the step", () => {
    const { session, choices } = screen();
    const understood = understandReply("set up a monthly plan or I'll tell your boss", choices, 'en');
    expect(understood.match).toMatchObject({ kind: 'match', choice: 'plan' });
    expect(understood.typed?.flags.map((f) => f.flag)).toEqual(['threat_to_expose']);
    expect(understood.typed?.confidence).toBeGreaterThan(0);
    const step = session.choose('plan', understood.typed);
    expect(step.flags).toMatchObject([{ id: 'threat_to_expose', source: 'typed', better: 'Would a monthly payment plan help you?' }]);
  });

  it('leaves out a flag the matched choice already carries', () => {
    const { choices } = screen();
    const understood = understandReply('Pay up, you deadbeat.', choices, 'en');
    expect(understood.match).toMatchObject({ kind: 'match', choice: 'shout' });
    expect(understood.lint.some((f) => f.flag === 'abusive_language' && !f.beyondChoice)).toBe(true);
    expect(understood.typed?.flags).toEqual([]);
  });

  it('asks to rephrase, with nothing for the engine, when the typed words mean none of the replies', () => {
    const { choices } = screen();
    const understood = understandReply('what a lovely sunny afternoon', choices, 'en');
    expect(understood.match.kind).toBe('rephrase');
    expect(understood.typed).toBeUndefined();
  });
});

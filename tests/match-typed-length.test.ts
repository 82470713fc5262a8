import { describe, expect, it } from 'vitest';
import { MAX_TYPED } from '../src/match/match-reply.js';
import { understandReply, type ScreenChoice } from '../src/match/understand-reply.js';

const SCREEN: ScreenChoice[] = [
  { id: 'plan', text: 'Could we set up a payment plan you can keep?', examples: ['Let us agree a monthly plan.', 'How about a plan you can afford?'], flags: [] },
  { id: 'call_back', text: "No problem, I'll call you back later today.", examples: ['I can ring you back later.', 'When should I call back?'], flags: [] },
];

/** What is matched, linted and recorded is the same stretch of a long reply, whichever path typed it. */
describe('a very long typed reply', () => {
  it('is matched and recorded up to the same length, cut between characters, not inside one', () => {
    const long = `Could we set up a payment plan you can keep? ${'A monthly plan you can afford. '.repeat(100)}`;
    const understood = understandReply(long, SCREEN, 'en');
    expect(understood.match.kind).toBe('match');
    expect([...understood.typed!.text].length).toBe(MAX_TYPED);
    expect(long.startsWith(understood.typed!.text)).toBe(true);
    // Characters outside the BMP are two UTF-16 units: the cut falls between them, never halfway.
    const emoji = `${'A monthly payment plan you can afford. '.repeat(14)}${'😀'.repeat(MAX_TYPED)}`;
    const cut = understandReply(emoji, SCREEN, 'en').typed?.text ?? '';
    expect([...cut].length).toBe(MAX_TYPED);
    expect(cut.endsWith('😀')).toBe(true);
  });
});

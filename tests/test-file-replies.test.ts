import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { tempDir } from './helpers/transcripts.js';

const PLAN = MINIMAL_DIALOGUE.replace(
  `      - id: shout`,
  `      - id: plan
        text: "Would a monthly payment plan help you?"
        examples: ["can we set up a plan", "let's split it into monthly payments"]
        target: done
      - id: shout`,
);

function library(tests: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'minimal.yaml'), PLAN);
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', 'minimal.test.yaml'), tests);
  return dir;
}

describe('dialogue test files: replies (free reply)', () => {
  it('plays typed replies with the same expectations as choices: a lawful move with a threat ends flagged', async () => {
    const dir = library(`cases:
  - name: a plan with a threat is flagged
    replies: ["set up a monthly plan or I'll tell your boss"]
    expect: { outcome: paid_today, flags: [threat_to_expose], passed: false }
    golden: false
`);
    const result = await parley(['test', dir]);
    expect(result.stdout).toContain('✔ a plan with a threat is flagged');
    expect(result.status).toBe(0);
  });

  it('fails the case at a typed line the matcher cannot place, quoting it', async () => {
    const dir = library(`cases:
  - name: small talk
    replies: ["what a lovely sunny afternoon"]
    expect: { outcome: paid_today }
    golden: false
`);
    const result = await parley(['test', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('"what a lovely sunny afternoon" to mean one of the replies in \'start\'');
    expect(result.stdout).toMatch(/cannot tell which \(unclear\); on screen: ask, plan, shout/);
  });

  it('refuses a case that gives both choices and replies', async () => {
    const dir = library(`cases:
  - name: both
    choices: [ask]
    replies: ["can you pay today"]
`);
    const result = await parley(['test', dir]);
    expect(result.status).toBe(3);
    expect(result.stdout).toContain('PAR305');
  });
});

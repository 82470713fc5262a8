import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';

/** `parley run` names a flag's severity in the session's language, in the step and in the debrief. */
describe('severity words in parley run', () => {
  it.each([
    ['tests/fixtures/play/overdue-card.es.yaml', 'INFRACCIÓN', 'infracción'],
    ['tests/fixtures/play/overdue-card.zh.yaml', '违规', '违规'],
    ['tests/fixtures/play/overdue-card.yaml', 'VIOLATION', 'violation'],
  ])('%s', async (file, label, inDebrief) => {
    const { stdout, status } = await parley(['run', file, '-c', '2']);
    expect(status).toBe(0);
    expect(stdout).toContain(`⚑ ${label}: `);
    expect(stdout).toMatch(new RegExp(`\\[abusive_language\\] — ${inDebrief} — `));
    if (label !== 'VIOLATION') expect(stdout).not.toMatch(/VIOLATION|violation —/);
  });
});

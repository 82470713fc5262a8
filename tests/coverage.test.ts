import { describe, expect, it } from 'vitest';
import { coverageAcrossPersonas } from '../src/analyze/coverage.js';
import { Session } from '../src/engine/session.js';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

const files = [...findDialogueFiles(['dialogues']), 'tests/fixtures/graph/quoted-labels.yaml'];

describe.each(files)('coverage of %s', (file) => {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  const { compiled } = loaded;
  const { coverage: result } = coverageAcrossPersonas(compiled);
  const sessionFor = (target: (typeof result.targets)[number]) => new Session(compiled, { seed: 3, ...(target.persona ? { persona: target.persona } : {}) });

  it('has a path for every outcome and every flag the dialogue uses', () => {
    const outcomes = new Set(Object.values(compiled.dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])));
    expect(result.targets.filter((t) => t.kind === 'outcome').map((t) => t.id).sort()).toEqual([...outcomes].sort());
    expect(result.targets.every((t) => t.choices !== null)).toBe(true);
  });

  it('each printed path, replayed through the engine, reaches its target on its last choice', () => {
    for (const target of result.targets) {
      const session = sessionFor(target);
      const steps = target.choices!.map((choice) => session.choose(choice));
      const last = steps.at(-1)!;
      if (target.kind === 'outcome') {
        expect(session.ended, target.id).toBe(true);
        expect(session.debrief().outcome?.id).toBe(target.id);
      } else {
        expect(last.flags.map((f) => f.id), target.id).toContain(target.id);
      }
    }
  });

  it('no path is longer than needed: dropping the last choice misses the target', () => {
    for (const target of result.targets.filter((t) => t.kind === 'flag')) {
      const session = sessionFor(target);
      for (const choice of target.choices!.slice(0, -1)) expect(session.choose(choice).flags.map((f) => f.id)).not.toContain(target.id);
    }
  });
});

describe('parley coverage', () => {
  it('prints a pasteable --choices line per outcome and flag, and the covered shares', async () => {
    const result = await parley(['coverage', 'dialogues/away-on-business.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/complaint_filed +\d+ choices +--choices identify,disclose_and_ask,\S+/);
    expect(result.stdout).toMatch(/Together these paths visit \d+ of \d+ states \(\d+%\) and \d+ of \d+ choices \(\d+%\)/);
    const line = result.stdout.split('\n').find((l) => l.includes('promise_to_pay'))!;
    const choices = line.split('--choices ')[1]!.trim();
    const run = await parley(['run', 'dialogues/away-on-business.yaml', '--choices', choices]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Outcome: Promise to pay');
  });

  it('covers what only another persona reaches, with the --persona to play it with', async () => {
    const result = await parley(['coverage', 'tests/fixtures/coverage/persona-only-outcome.yaml']);
    expect(result.status).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.includes('payment_plan'))!;
    expect(line).toMatch(/payment_plan +2 choices +--persona unable,willing,calm --choices ask,offer_plan/);
    const run = await parley(['run', 'tests/fixtures/coverage/persona-only-outcome.yaml', '--persona', 'unable,willing,calm', '--choices', 'ask,offer_plan']);
    expect(run.stdout).toContain('Outcome: Payment plan agreed');
  });

  it('reports an unreachable outcome and exits 1', async () => {
    const result = await parley(['coverage', 'tests/fixtures/analyze/unreachable-outcome.yaml', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.targets).toContainEqual({ kind: 'outcome', id: 'payment_plan', choices: null });
    expect(result.status).toBe(1);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { generateDialogue } from '../bench/generate-dialogue.js';
import { writeTranscripts } from '../bench/generate-transcripts.js';
import { compileDialogue } from '../src/compile/compile-machine.js';
import { Session } from '../src/engine/session.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { parley } from './helpers/cli.js';

/** The benchmark's inputs must stay valid and comparable; timings live in bench/ only. */
describe('benchmark smoke', () => {
  const generated = generateDialogue(100, 3);

  it('generates a valid dialogue with every state reachable', () => {
    const loaded = loadDialogue(generated.yaml, 'bench-100.yaml');
    expect(loaded.ok ? [] : loaded.diagnostics).toEqual([]);
  });

  it('generates an ink story that inkjs compiles without errors, with the same number of turns', () => {
    const errors: string[] = [];
    const story = new Compiler(generated.ink, new CompilerOptions(null, [], false, (m: string) => errors.push(m))).Compile();
    expect(errors).toEqual([]);
    expect(story.Continue()).toContain('Turn 0');
    expect(generated.ink.match(/^=== t\d+ ===$/gm)).toHaveLength(100);
  });

  it('random playthroughs end in an outcome in both engines', () => {
    const loaded = loadDialogue(generated.yaml, 'bench-100.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const compiled = compileDialogue(loaded.dialogue);
    const story = new Compiler(generated.ink, new CompilerOptions(null, [], false, () => {})).Compile();
    for (let seed = 1; seed <= 20; seed++) {
      let rand = seed;
      const next = () => (rand = (rand * 16807) % 2147483647);
      const session = new Session(compiled, { seed });
      while (!session.ended && session.steps.length < 10_000) {
        const choices = session.available();
        session.choose(choices[next() % choices.length]!.id);
      }
      expect(session.debrief().outcome).toBeDefined();
      story.ResetState();
      let steps = 0;
      for (;;) {
        while (story.canContinue) story.Continue();
        if (story.currentChoices.length === 0) break;
        story.ChooseChoiceIndex(next() % story.currentChoices.length);
        steps++;
      }
      expect(steps).toBeGreaterThan(0);
    }
  });

  it('the measured commands run on the generated inputs: analyze, coverage, report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bench-smoke-'));
    const file = join(dir, 'bench-100.yaml');
    writeFileSync(file, generated.yaml);
    const analyze = await parley(['analyze', file, '--json']);
    expect(analyze.status).toBe(0);
    expect(JSON.parse(analyze.stdout)).toBeTruthy();
    const coverage = JSON.parse((await parley(['coverage', file, '--json'])).stdout);
    expect(JSON.stringify(coverage)).toContain('paid_today');

    const loaded = loadDialogue(generated.yaml, 'bench-100.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const transcripts = join(dir, 'transcripts');
    mkdirSync(transcripts);
    writeTranscripts(transcripts, 60, compileDialogue(loaded.dialogue));
    const report = await parley(['report', transcripts, '--json']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).transcripts).toMatchObject({ files: 60, sessions: 60, skippedFiles: 0, skippedLines: 0 });
  });
});

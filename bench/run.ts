/**
 * `npm run bench`: every figure as a ratio measured in this one run, so the
 * machine's speed cancels out. Writes bench/results.md. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import { analyzeDialogue } from '../src/analyze/analyze-dialogue.js';
import { compileDialogue } from '../src/compile/compile-machine.js';
import { Session } from '../src/engine/session.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { generateDialogue } from './generate-dialogue.js';
import { measureCli, timeIt, timeProcess } from './measure.js';
import { measurePlayFirstFrame } from './first-frame.js';
import { writeTranscripts } from './generate-transcripts.js';
import { evaluate, readSet } from '../scripts/match-eval.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'parley.js');
const work = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const quick = process.argv.includes('--quick');

interface Row {
  figure: string;
  parley: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | undefined;
}
const rows: Row[] = [];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const log = (text: string) => process.stderr.write(`${text}\n`);
const commands = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
const hasCommand = (name: string) => new RegExp(`^\\s+${name}\\b`, 'm').test(commands);

function write(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

// 1. Cold start against the floor no Node program can beat.
log('1/5 cold start');
const floor = timeProcess(process.execPath, ['-e', '0']);
const small = join(root, 'dialogues', 'away-on-business.yaml');
const validate = timeProcess(process.execPath, [cli, 'validate', small]);
rows.push({
  figure: '`parley validate <small file>` cold start',
  parley: fmt(validate),
  baseline: `${fmt(floor)} (\`node -e 0\`)`,
  ratio: `${(validate / floor).toFixed(2)} ×`,
  target: '≤ 2.0 ×',
  met: validate / floor <= 2.0,
});
// The first frame shows the debtor's name; read from the file, so renaming a character does not break the bench.
const smallDialogue = loadDialogue(readFileSync(small, 'utf8'), small);
if (!smallDialogue.ok) throw new Error(`${small} is invalid`);
const firstFrame = await measurePlayFirstFrame(cli, small, root, smallDialogue.dialogue.meta.debtor.name);
rows.push({
  figure: '`parley play` to first frame',
  parley: firstFrame === undefined ? 'n/a' : fmt(firstFrame),
  baseline: `${fmt(floor)} (\`node -e 0\`)`,
  ratio: firstFrame === undefined ? 'n/a' : `${(firstFrame / floor).toFixed(2)} ×`,
  target: '≤ 3.5 ×',
  met: firstFrame === undefined ? undefined : firstFrame / floor <= 3.5,
});

// 2. Load and compile the 1,000-turn dialogue against inkjs compiling the same story.
log('2/5 load and compile');
const thousand = generateDialogue(1000);
// Synthetic dialogues are larger than the defaults allow for untrusted files; a trusted file raises them.
const BIG = { maxNodes: 5_000_000, maxDepth: 64, maxLineLength: 10_000, maxStates: 20_000, maxChoices: 100_000 };
const BIG_FLAGS = ['--max-bytes', '50000000', '--max-nodes', '5000000', '--max-states', '20000', '--max-choices', '100000'];
const loadAndCompile = () => {
  const loaded = loadDialogue(thousand.yaml, 'bench.yaml', BIG);
  if (!loaded.ok) throw new Error('generated dialogue is invalid');
  const compiled = compileDialogue(loaded.dialogue);
  // The XState machine is built on first use and commands rarely need it; the figure counts it anyway.
  if (!compiled.machine) throw new Error('no machine');
  return compiled;
};
const inkCompile = () => new Compiler(thousand.ink, new CompilerOptions(null, [], false, () => {})).Compile();
const parleyCompileMs = timeIt(loadAndCompile, quick ? 3 : 7);
const inkCompileMs = timeIt(inkCompile, quick ? 3 : 7);
rows.push({
  figure: 'load + compile, 1,000-turn dialogue (read, parse, validate, build the stepper and the XState machine)',
  parley: fmt(parleyCompileMs),
  baseline: `${fmt(inkCompileMs)} (inkjs compiler)`,
  ratio: `${(inkCompileMs / parleyCompileMs).toFixed(2)} × faster`,
  target: '≥ 4 × faster',
  met: inkCompileMs / parleyCompileMs >= 4,
});

// 3. 1,000 random complete playthroughs.
log('3/5 playthroughs');
const compiled = loadAndCompile();
const story = inkCompile();
const plays = quick ? 200 : 1000;
const lcg = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const parleyPlays = timeIt(() => {
  const rand = lcg(7);
  for (let k = 0; k < plays; k++) {
    const session = new Session(compiled, { seed: k });
    while (!session.ended) {
      const choices = session.available();
      session.choose(choices[Math.floor(rand() * choices.length)]!.id);
    }
  }
}, 5, 3);
const inkPlays = timeIt(() => {
  const rand = lcg(7);
  for (let k = 0; k < plays; k++) {
    story.ResetState();
    for (;;) {
      while (story.canContinue) story.Continue();
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      story.ChooseChoiceIndex(Math.floor(rand() * choices.length));
    }
  }
}, 5, 3);
rows.push({
  figure: `${plays.toLocaleString('en')} random playthroughs, 1,000-turn dialogue`,
  parley: fmt(parleyPlays),
  baseline: `${fmt(inkPlays)} (inkjs Story)`,
  ratio: `${(inkPlays / parleyPlays).toFixed(2)} × faster`,
  target: '≥ 3 × faster',
  met: inkPlays / parleyPlays >= 3,
});

// 4. Analysis and coverage of the 10,000-turn dialogue.
log('4/5 analyze and coverage');
const tenThousand = write('bench-10000.yaml', generateDialogue(10_000).yaml);
for (const command of ['analyze', 'coverage']) {
  if (!hasCommand(command)) {
    rows.push({ figure: `\`parley ${command}\`, 10,000 turns`, parley: 'not built yet', baseline: '—', ratio: '—', target: '< 1 s, < 300 MB', met: undefined });
    continue;
  }
  const run = measureCli(cli, [command, tenThousand, '--json', ...BIG_FLAGS], root);
  rows.push({
    figure: `\`parley ${command}\`, 10,000 turns`,
    parley: `${fmt(run.ms)}, ${run.peakMb.toFixed(0)} MB peak`,
    baseline: '—',
    ratio: '—',
    target: '< 1 s, < 300 MB',
    met: run.ms < 1000 && run.peakMb < 300,
  });
}

// The same work in-process, once the file is loaded: what the analysis itself costs.
{
  const loaded = loadDialogue(readFileSync(tenThousand, 'utf8'), 'bench-10000.yaml', BIG);
  if (!loaded.ok) throw new Error('generated dialogue is invalid');
  const big = compileDialogue(loaded.dialogue);
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const analysis = analyzeDialogue(big);
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  rows.push({
    figure: '  of which the analysis itself (in-process, file already loaded)',
    parley: `${fmt(ms)}, +${heapMb.toFixed(0)} MB heap, ${analysis.graph.situations.count.toLocaleString('en')} situations`,
    baseline: '—',
    ratio: '—',
    target: '< 1 s, < 300 MB',
    met: ms < 1000 && heapMb < 300,
  });
}

// 5. report over 100,000 transcripts.
log('5/5 report');
if (hasCommand('report')) {
  const count = quick ? 10_000 : 100_000;
  const dir = join(work, 'transcripts');
  mkdirSync(dir);
  writeTranscripts(dir, count, compiled);
  const run = measureCli(cli, ['report', dir, '--json'], root);
  rows.push({
    figure: `\`parley report\`, ${count.toLocaleString('en')} transcripts`,
    parley: `${fmt(run.ms)}, ${run.peakMb.toFixed(0)} MB peak`,
    baseline: '—',
    ratio: '—',
    target: '< 200 MB peak',
    met: run.peakMb < 200,
  });
} else {
  rows.push({ figure: '`parley report`, 100,000 transcripts', parley: 'not built yet', baseline: '—', ratio: '—', target: '< 200 MB peak', met: undefined });
}

// 6. Free reply: matching one typed reply, as the play screen does once the screen's choices are prepared.
log('free reply matching');
{
  const { replies } = readSet('dev');
  let outcomes = evaluate(replies);
  // Later passes are what a session sees: the screen's choices are read once, then every reply is matched against them.
  for (let pass = 1; pass < (quick ? 2 : 5); pass++) outcomes = evaluate(replies);
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  rows.push({
    figure: `free reply: match one typed reply (dev set, ${times.length} replies, after prepareCandidates; accuracy in docs/FREE-REPLY.md)`,
    parley: `${mean.toFixed(2)} ms mean, ${p95.toFixed(2)} ms p95`,
    baseline: '16.7 ms (one frame at 60 Hz)',
    ratio: `${(16.7 / p95).toFixed(0)} × under a frame (p95)`,
    target: '< 5 ms',
    met: p95 < 5,
  });
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const table = [
  '| figure | Parley | baseline | ratio | target | met |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.figure} | ${r.parley} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`),
].join('\n');
process.stdout.write(`${table}\n\nMachine: ${machine}\n`);
if (!quick) {
  const results = [
    '# Benchmark results',
    '',
    `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.`,
    'Each ratio compares two measurements taken in the same run (medians), so it holds across machines better than the absolute times.',
    '',
    table,
    '',
  ].join('\n');
  const notesFile = join(import.meta.dirname, 'NOTES.md');
  const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
  writeFileSync(join(import.meta.dirname, 'results.md'), `${results}${notes}`);
  log('wrote bench/results.md (table from this run, then bench/NOTES.md)');
}

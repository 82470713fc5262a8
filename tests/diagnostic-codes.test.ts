import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDialogue } from '../src/analyze/analyze-dialogue.js';
import { DIAGNOSTICS, type DiagnosticCode } from '../src/diagnostics/codes.js';
import { diagnosticsMarkdown } from '../src/diagnostics/diagnostics-markdown.js';
import { DEFAULT_LIMITS, loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { readTextFile } from '../src/io/read-text-file.js';
import { findResumePoint } from '../src/io/resume-point.js';
import { lintDialogue } from '../src/lint/lint-dialogue.js';
import { freeReplyFindings } from '../src/match/free-reply-findings.js';
import { runTestFile } from '../src/testing/run-tests.js';
import { checkLanguageVersions } from '../src/validate/check-language-versions.js';

const ROOT = join(import.meta.dirname, '..');
const fixture = (path: string) => join(ROOT, 'tests', 'fixtures', path);

/** A source of diagnostics: what Parley reports on a fixture, as a user would meet it. */
type Produce = () => Promise<readonly { code: string; severity: string }[]> | readonly { code: string; severity: string }[];

const dialogue = (path: string, limits: Partial<typeof DEFAULT_LIMITS> = {}): Produce => () => loadDialogueFile(fixture(path), { ...DEFAULT_LIMITS, ...limits }).diagnostics;

const textFile = (path: string, maxBytes?: number): Produce => () => {
  const read = readTextFile(fixture(path), maxBytes);
  return read.ok ? [] : [read.diagnostic];
};

const testFile = (path: string): Produce => async () => (await runTestFile(fixture(path))).invalid?.diagnostics ?? [];

const versions = (folder: string): Produce => () => {
  const loaded = readdirSync(fixture(folder)).map((name) => loadDialogueFile(fixture(join(folder, name))));
  return checkLanguageVersions(loaded.flatMap((r) => (r.ok ? [{ file: r.file, dialogue: r.compiled.dialogue, sourceMap: r.sourceMap }] : [])));
};

const analysis = (path: string, maxSituations?: number): Produce => () => {
  const loaded = loadDialogueFile(fixture(path));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return analyzeDialogue(loaded.compiled, maxSituations === undefined ? {} : { maxSituations }).findings;
};

const freeReply = (path: string): Produce => () => {
  const loaded = loadDialogueFile(fixture(path));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return freeReplyFindings(loaded.compiled.dialogue);
};

const lint = (path: string): Produce => () => {
  const loaded = loadDialogueFile(fixture(path));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return lintDialogue(loaded.compiled.dialogue);
};

/** Resuming reports its problems as text, already rendered. */
const resume = (path: string): Produce => () => {
  const found = findResumePoint(fixture(path), DEFAULT_LIMITS);
  if (found.ok) return [];
  return found.errors.flatMap((line) => {
    const match = / (error|warning) (PAR\d{3}):/.exec(line);
    return match ? [{ severity: match[1]!, code: match[2]! }] : [];
  });
};

/** Every code in the catalog and a fixture that makes Parley report it (the type requires one per code). */
const FIXTURES: Record<DiagnosticCode, Produce> = {
  PAR001: dialogue('invalid/yaml-syntax.yaml'),
  PAR002: dialogue('invalid/duplicate-key.yaml'),
  PAR003: dialogue('invalid/custom-tag.yaml'),
  PAR004: dialogue('hostile/cases/merge-key/inline.yaml'),
  PAR005: dialogue('hostile/cases/deep-nesting/just-over-the-limit.yaml'),
  PAR006: dialogue('invalid/empty.yaml'),
  PAR007: dialogue('hostile/cases/long-line/long-text-line.yaml'),
  PAR008: dialogue('invalid/dead-end.yaml', { maxStates: 2 }),
  PAR010: textFile('hostile/cases/directory/a-folder.yaml'),
  PAR011: textFile('invalid/dead-end.yaml', 100),
  PAR012: textFile('hostile/cases/binary/nul-in-text.yaml'),
  PAR013: textFile('hostile/cases/encoding/utf16-le.yaml'),
  PAR014: dialogue('hostile/terminal/hostile-diagnostics.yaml'),
  PAR050: resume('resume/not-a-transcript.jsonl'),
  PAR100: dialogue('invalid/wrong-type.yaml'),
  PAR101: dialogue('invalid/unknown-key.yaml'),
  PAR102: dialogue('invalid/unknown-guard-type.yaml'),
  PAR103: dialogue('invalid/given-twice.yaml'),
  PAR104: dialogue('invalid/reserved-name.yaml'),
  PAR200: dialogue('invalid/missing-initial.yaml'),
  PAR201: dialogue('invalid/unknown-target.yaml'),
  PAR202: dialogue('invalid/unreachable.yaml'),
  PAR203: dialogue('invalid/dead-end.yaml'),
  PAR204: dialogue('invalid/final-without-outcome.yaml'),
  PAR205: dialogue('invalid/unknown-flag.yaml'),
  PAR206: dialogue('invalid/unknown-excuse.yaml'),
  PAR207: dialogue('invalid/unknown-task.yaml'),
  PAR208: dialogue('invalid/unknown-outcome.yaml'),
  PAR209: dialogue('invalid/unknown-meter.yaml'),
  PAR210: dialogue('invalid/duplicate-choice.yaml'),
  PAR211: dialogue('invalid/many-problems.yaml'),
  PAR212: dialogue('invalid/choice-without-text.yaml'),
  PAR213: dialogue('invalid/final-with-choices.yaml'),
  PAR214: dialogue('invalid/outcome-not-final.yaml'),
  PAR215: dialogue('invalid/no-line.yaml'),
  PAR216: dialogue('invalid/meter-range.yaml'),
  PAR218: dialogue('warnings/excuse-not-declared.yaml'),
  PAR219: dialogue('warnings/fact-never-set.yaml'),
  PAR220: dialogue('invalid/unsustainable-not-final.yaml'),
  PAR240: dialogue('locked/unknown-wording.yaml'),
  PAR241: dialogue('locked/changed-wording.yaml'),
  PAR242: dialogue('locked/missing-lock.yaml'),
  PAR243: versions('versions/missing-lock'),
  PAR244: versions('versions/same-language'),
  PAR245: dialogue('locked/business-debt.yaml'),
  PAR246: dialogue('invalid/currency-elsewhere.yaml'),
  PAR300: testFile('hostile/test-files/empty/zero-bytes.test.yaml'),
  PAR301: testFile('hostile/test-files/name-reference/unknown-choice.test.yaml'),
  PAR302: testFile('hostile/test-files/name-reference/unknown-state.test.yaml'),
  PAR303: testFile('hostile/test-files/name-reference/unknown-meter.test.yaml'),
  PAR304: testFile('hostile/test-files/name-reference/unknown-flag.test.yaml'),
  PAR305: testFile('hostile/test-files/name-reference/choices-and-all-paths.test.yaml'),
  PAR306: testFile('hostile/test-files/case-name/same.test.yaml'),
  PAR307: testFile('hostile/test-files/name-reference/turn-past-the-end.test.yaml'),
  PAR308: testFile('hostile/test-files/dialogue-reference/missing.test.yaml'),
  PAR309: testFile('hostile/test-files/work-limit/two-big-properties.test.yaml'),
  PAR500: analysis('analyze/loop-without-exit.yaml', 1),
  PAR501: analysis('analyze/guard-unreachable-state.yaml'),
  PAR502: analysis('analyze/unreachable-outcome.yaml'),
  PAR503: analysis('analyze/loop-without-exit.yaml'),
  PAR504: analysis('analyze/stuck-state.yaml'),
  PAR505: analysis('analyze/dead-choice.yaml'),
  PAR506: analysis('analyze/dead-choice.yaml'),
  PAR507: analysis('analyze/unreachable-task.yaml'),
  PAR510: freeReply('free-reply/too-alike.yaml'),
  PAR511: freeReply('free-reply/too-alike.yaml'),
  PAR601: lint('lint/choices.yaml'),
  PAR602: lint('lint/choices.yaml'),
  PAR603: lint('lint/further-flag.yaml'),
  PAR604: lint('lint/choices.yaml'),
};

const severitiesOf = (code: DiagnosticCode): string[] => {
  const d: { severity: string; alsoAs?: { severity: string } } = DIAGNOSTICS[code];
  return [d.severity, ...(d.alsoAs ? [d.alsoAs.severity] : [])];
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the diagnostic catalog', () => {
  it('lists every code the source mentions', () => {
    const unlisted: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const [code] of readFileSync(file, 'utf8').matchAll(/PAR\d{3}/g)) {
        if (!Object.hasOwn(DIAGNOSTICS, code)) unlisted.push(`${file.slice(ROOT.length + 1)}: ${code}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('gives every code a title and an explanation', () => {
    for (const [code, d] of Object.entries(DIAGNOSTICS)) {
      expect(d.title.length, code).toBeGreaterThan(3);
      expect(d.explanation.length, code).toBeGreaterThan(20);
    }
  });

  for (const [code, produce] of Object.entries(FIXTURES) as Array<[DiagnosticCode, Produce]>) {
    it(`${code} is produced by its fixture, with a severity the catalog gives it`, async () => {
      const produced = (await produce()).filter((d) => d.code === code);
      expect(produced.length, `no ${code} from its fixture`).toBeGreaterThan(0);
      for (const d of produced) expect(severitiesOf(code)).toContain(d.severity);
    });
  }

  it('the committed docs/diagnostics.md is what the catalog generates (run `npm run diagnostics-doc` if not)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'diagnostics.md'), 'utf8')).toBe(diagnosticsMarkdown());
  });
});

import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileDialogue, type CompiledDialogue } from '../../src/compile/compile-machine.js';
import { ChoiceUnavailableError, Session } from '../../src/engine/session.js';
import { loadDialogueFile } from '../../src/io/load-dialogue-file.js';
import { TranscriptWriter, transcriptHeader } from '../../src/io/transcript-writer.js';
import { type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnosticText } from '../../src/diagnostics/diagnostic-text.js';
import { loadDialogue } from '../../src/validate/load-dialogue.js';
import { renderDebrief, renderHeader, renderOpening, renderStep } from '../../src/render/session-text.js';
import { COLOR } from '../../src/render/style.js';
import { dialogueArb } from '../helpers/arbitrary-dialogue.js';
import { expectTerminalSafe } from '../helpers/terminal-safety.js';
import { readTranscriptText } from '../helpers/transcripts.js';

/**
 * Property-based tests (fast-check). Set PARLEY_FC_SEED to replay a failure
 * with the seed fast-check printed; PARLEY_FC_RUNS to run more cases.
 */
const runs = (n: number) => ({
  numRuns: Number(process.env.PARLEY_FC_RUNS ?? n),
  ...(process.env.PARLEY_FC_SEED ? { seed: Number(process.env.PARLEY_FC_SEED) } : {}),
});

const tmp = mkdtempSync(join(tmpdir(), 'parley-properties-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const counts = { dialogues: 0, walks: 0, mutations: 0, transcripts: 0 };
afterAll(() => {
  console.log(
    `reliability: properties held for ${counts.dialogues} generated dialogues (${counts.walks} random walks), ${counts.mutations} mutated dialogue files and ${counts.transcripts} mutated transcripts`,
  );
});

/** A walk step: choose the k-th available choice (mod their number), or undo. */
const walkArb = fc.array(fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 20 }) }, { weight: 1, arbitrary: fc.constant('undo' as const) }), { maxLength: 40 });

const STEP_LIMIT = 40;

function walk(compiled: CompiledDialogue, moves: ReadonlyArray<number | 'undo'>, seed: number): { session: Session; printed: string } {
  const session = new Session(compiled, { seed, mode: 'practice' });
  let printed = `${renderHeader(session, COLOR)}\n${renderOpening(session, COLOR)}\n`;
  for (const move of moves) {
    if (session.ended) break;
    if (move === 'undo') {
      session.undo();
      continue;
    }
    const available = session.available();
    // Every non-final state keeps an unguarded choice, so a live session always has one.
    expect(available.length).toBeGreaterThan(0);
    const step = session.choose(available[move % available.length]!.id);
    printed += `${renderStep(session, step, COLOR)}\n`;
  }
  printed += renderDebrief(session.debrief(), COLOR);
  return { session, printed };
}

describe('any generated valid dialogue', () => {
  it('serializes to YAML, validates, and every random walk ends in an outcome or the step limit without throwing', () => {
    fc.assert(
      fc.property(dialogueArb, fc.array(walkArb, { minLength: 1, maxLength: 4 }), fc.nat(), (dialogue, walks, seed) => {
        counts.dialogues++;
        const text = stringify(dialogue);
        const loaded = loadDialogue(text, 'generated.yaml');
        if (!loaded.ok) throw new Error(`generated dialogue did not validate:\n${loaded.diagnostics.map(diagnosticText).join('\n')}\n\n${text}`);
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const compiled = compileDialogue(loaded.dialogue);
        for (const moves of walks) {
          counts.walks++;
          const { session, printed } = walk(compiled, moves, seed);
          const debrief = session.debrief();
          if (session.ended) {
            expect(session.turn.outcome).toBeDefined();
            expect(debrief.outcome).toBeDefined();
          } else {
            expect(session.steps.length).toBeLessThanOrEqual(STEP_LIMIT);
          }
          expect(debrief.score.total).toBeGreaterThanOrEqual(0);
          expect(debrief.score.total).toBeLessThanOrEqual(100);
          // Texts carry escape sequences and bidi overrides: what run prints on a colour terminal has only its own colours.
          expectTerminalSafe(printed, { allowColor: true });
        }
      }),
      runs(60),
    );
  });
});

/** Ways a file gets damaged: by hand, by a bad merge, by a broken download. */
const SPECIAL_SNIPPETS = ['&a ', '*a', '!!str ', '!custom ', '<<: ', '? ', '- ', '{', '}', '[', ']', "'", '"', '#', '|', '>', ': ', '\t', '%YAML 1.1\n', '---\n', '__proto__: 1\n', 'constructor', '\uFEFF', '\r', '\u0000'];
type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-scalar'; at: number; value: string }
  | { kind: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'insert-snippet'; at: number; snippet: string }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'truncate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-scalar' as const),
    at: fc.nat(),
    value: fc.constantFrom('42', '-1', '1e309', '.nan', '.inf', 'true', 'null', '~', '[]', '{}', '[a, b]', '{ a: 1 }', '""', '"text"', '0x1F', '2026-01-01', 'constructor', '__proto__'),
  }),
  fc.record({ kind: fc.constant('insert-bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('insert-snippet' as const), at: fc.nat(), snippet: fc.constantFrom(...SPECIAL_SNIPPETS) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(bytes: Buffer, mutation: Mutation): Buffer {
  const lines = bytes.toString('latin1').split('\n');
  const line = mutation.at % lines.length;
  const offset = bytes.length === 0 ? 0 : mutation.at % bytes.length;
  const fromLatin1 = (text: string) => Buffer.from(text, 'latin1');
  switch (mutation.kind) {
    case 'delete-line':
      lines.splice(line, 1);
      return fromLatin1(lines.join('\n'));
    case 'duplicate-line':
      lines.splice(line, 0, lines[line]!);
      return fromLatin1(lines.join('\n'));
    case 'swap-scalar':
      lines[line] = lines[line]!.replace(/:\s+\S.*$/, `: ${mutation.value}`);
      return fromLatin1(lines.join('\n'));
    case 'indent':
      lines[line] = mutation.by >= 0 ? ' '.repeat(mutation.by) + lines[line] : lines[line]!.slice(-mutation.by);
      return fromLatin1(lines.join('\n'));
    case 'insert-bytes':
      return Buffer.concat([bytes.subarray(0, offset), mutation.bytes, bytes.subarray(offset)]);
    case 'insert-snippet':
      return Buffer.concat([bytes.subarray(0, offset), Buffer.from(mutation.snippet, 'utf8'), bytes.subarray(offset)]);
    case 'truncate':
      return bytes.subarray(0, offset);
  }
}

function expectPositioned(diagnostics: readonly Diagnostic[], lineCount: number) {
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^PAR\d{3}$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount + 1);
  }
}

describe('random mutations of the shipped dialogues', () => {
  const files = readdirSync('dialogues').filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s: always a result (valid, or diagnostics with line and col ≥ 1), never an exception', (name) => {
    const original = readFileSync(join('dialogues', name));
    let index = 0;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.array(fc.nat({ max: 20 }), { maxLength: 10 }), (mutations, moves) => {
        counts.mutations++;
        const bytes = mutations.reduce(mutate, original);
        const file = join(tmp, `${index++}-${name}`);
        writeFileSync(file, bytes);
        const loaded = loadDialogueFile(file);
        const lineCount = bytes.toString('latin1').split(/\r\n|\r|\n/).length;
        expectPositioned(loaded.diagnostics, lineCount);
        if (!loaded.ok) {
          expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        // Still valid after the damage: it must also play without throwing.
        walk(loaded.compiled, moves, 1);
      }),
      runs(150),
    );
  });
});

describe('random transcripts', () => {
  let compiled: CompiledDialogue;
  const originals: string[] = [];

  beforeAll(() => {
    const loaded = loadDialogueFile('dialogues/away-on-business.yaml');
    if (!loaded.ok) throw new Error('the shipped dialogue should load');
    compiled = loaded.compiled;
    // A few real transcripts, written by the real writer, as the seeds to damage.
    fc.sample(fc.tuple(walkArb, fc.nat()), { numRuns: 4, seed: 7 }).forEach(([moves, seed], i) => {
      const session = new Session(compiled, { seed, mode: 'practice' });
      const path = join(tmp, `original-${i}.jsonl`);
      const writer = TranscriptWriter.create(path, transcriptHeader(session, 'dialogues/away-on-business.yaml', loaded.hash, 'run'));
      for (const move of moves) {
        if (session.ended) break;
        if (move === 'undo') {
          const undone = session.undo();
          if (undone) writer.undo(undone.turn);
          continue;
        }
        const available = session.available();
        writer.step(session.choose(available[move % available.length]!.id));
      }
      writer.end(session, i % 2 ? 'interrupted by SIGINT' : undefined);
      originals.push(readFileSync(path, 'utf8'));
    });
  });

  type LineMutation =
    | { kind: 'delete' | 'duplicate' | 'truncate-line'; at: number; cut: number }
    | { kind: 'swap'; at: number; with: number }
    | { kind: 'replace-value'; at: number; value: unknown; path: number }
    | { kind: 'insert'; at: number; line: string }
    | { kind: 'cut-file'; at: number };

  const lineMutationArb: fc.Arbitrary<LineMutation> = fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate-line' as const), at: fc.nat(), cut: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }), path: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constantFrom('{"kind":"step"}', '{"kind":"end"}', '{"kind":"header"}', '{"__proto__":{"polluted":1}}')) }),
    fc.record({ kind: fc.constant('cut-file' as const), at: fc.nat() }),
  );

  /** Replaces one value somewhere inside a JSON line (chosen by `path`) with `value`. */
  function replaceValue(line: string, value: unknown, pick: number): string {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return line;
    }
    const holders: Array<[Record<string, unknown>, string]> = [];
    const collect = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        holders.push([node as Record<string, unknown>, key]);
        collect((node as Record<string, unknown>)[key]);
      }
    };
    collect(parsed);
    if (holders.length === 0) return JSON.stringify(value);
    const [holder, key] = holders[pick % holders.length]!;
    holder[key] = value;
    return JSON.stringify(parsed);
  }

  function mutateTranscript(text: string, m: LineMutation): string {
    const lines = text.split('\n');
    const at = m.at % lines.length;
    switch (m.kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, lines[at]!);
        break;
      case 'truncate-line':
        lines[at] = lines[at]!.slice(0, m.cut % (lines[at]!.length + 1));
        break;
      case 'swap': {
        const other = m.with % lines.length;
        [lines[at], lines[other]] = [lines[other]!, lines[at]!];
        break;
      }
      case 'replace-value':
        lines[at] = replaceValue(lines[at]!, m.value, m.path);
        break;
      case 'insert':
        lines.splice(at, 0, m.line.replace(/\n/g, ' '));
        break;
      case 'cut-file':
        return text.slice(0, m.at % (text.length + 1));
    }
    return lines.join('\n');
  }

  it('are read without throwing, every skipped line is named, and a replay matches or reports a mismatch', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(lineMutationArb, { minLength: 1, maxLength: 5 }), (pick, mutations) => {
        counts.transcripts++;
        const text = mutations.reduce(mutateTranscript, originals[pick % originals.length]!);
        const read = readTranscriptText(text);
        const lineCount = text.split('\n').length;
        for (const line of read.skipped) expect(read.integrity.some((p) => p.line === line)).toBe(true);
        for (const problem of read.integrity) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        for (const choice of read.choices) expect(typeof choice).toBe('string');

        // Replay: every choice goes through the engine again; a damaged one is a mismatch, never a crash.
        const session = new Session(compiled, { seed: read.header?.seed ?? 0, mode: read.header?.mode ?? 'practice' });
        for (const choice of read.choices) {
          try {
            session.choose(choice);
          } catch (error) {
            expect(error).toBeInstanceOf(ChoiceUnavailableError);
            break;
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      runs(400),
    );
  });
});

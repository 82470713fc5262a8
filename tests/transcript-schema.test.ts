import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { TranscriptWriter, transcriptHeader } from '../src/io/transcript-writer.js';
import { ROOT, parley } from './helpers/cli.js';
import { loadShipped, tempDir } from './helpers/transcripts.js';

/** The shipped schema file, as a tool that reads transcripts without Parley would use it. */
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'transcript-line.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const problems = (line: unknown) => (validate(line) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const jsonlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .map((entry) => join(entry.parentPath, entry.name));

const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((text) => JSON.parse(text) as Record<string, unknown>);

/** A random walk through a dialogue, written by the real writer, with an undo on the way in practice mode. */
function walk(file: string, seed: number, dir: string): string {
  const { compiled, hash } = loadShipped(file);
  const session = new Session(compiled, { seed });
  const writer = TranscriptWriter.createIn(dir, transcriptHeader(session, file, hash, 'run', `walker ${seed}`));
  let random = seed;
  const next = (n: number) => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % n;
  };
  for (let turn = 0; !session.ended && turn < 40; turn++) {
    const choices = session.turn.choices;
    writer.step(session.choose(choices[next(choices.length)]!.id));
    if (turn === 1 && session.undo()) writer.undo(2);
  }
  writer.end(session, session.ended ? undefined : 'quit');
  return writer.path;
}

describe('schema/transcript-line.schema.json', () => {
  it('accepts every line of every golden transcript', () => {
    const goldens = jsonlFiles(join(ROOT, 'dialogues'));
    expect(goldens.length).toBeGreaterThan(0);
    for (const file of goldens) for (const [i, line] of linesOf(file).entries()) expect(problems(line), `${file}:${i + 1}`).toEqual([]);
  });

  it('accepts every line of fresh sessions on every shipped dialogue (steps, undo, end; finished and quit)', async () => {
    const dir = tempDir();
    const files = findDialogueFiles(['dialogues']).flatMap((file) => [1, 2, 3].map((seed) => walk(file, seed, dir)));
    const run = await parley(['run', 'dialogues/away-on-business.yaml', '--choices', 'identify,disclose_and_ask', '--learner', 'ana', '--transcript', join(dir, 'cli.jsonl')]);
    expect(run.status, run.stderr).toBe(0);
    const kinds = new Set<string>();
    let revealed = 0;
    for (const file of [...files, join(dir, 'cli.jsonl')]) {
      for (const [i, line] of linesOf(file).entries()) {
        kinds.add(String(line.kind));
        if ((line.step as { revealsReason?: boolean } | undefined)?.revealsReason) revealed++;
        expect(problems(line), `${file}:${i + 1}`).toEqual([]);
      }
    }
    expect([...kinds].sort()).toEqual(['end', 'header', 'step', 'undo']);
    expect(revealed).toBeGreaterThan(0);
  });

  it('allows keys a newer Parley adds, at any level, and still rejects a line that breaks the format', () => {
    const dir = tempDir();
    const [header, step] = linesOf(walk('dialogues/away-on-business.yaml', 5, dir));
    const added = structuredClone(step!) as { addedLater: number; step: { addedLater: number; choice: { addedLater: number } } };
    added.addedLater = 1;
    added.step.addedLater = 1;
    added.step.choice.addedLater = 1;
    expect(problems({ ...header, addedLater: 'x', dialogue: { ...(header!.dialogue as object), addedLater: true } })).toEqual([]);
    expect(problems(added)).toEqual([]);

    expect(problems({ ...header, seed: 'seven' })).not.toEqual([]);
    expect(problems({ ...step, kind: 'stepp' })).not.toEqual([]);
    const { prev: _prev, ...unchained } = step!;
    expect(problems(unchained)).not.toEqual([]);
  });

  it('names every key in docs/TRANSCRIPTS.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'TRANSCRIPTS.md'), 'utf8');
    const keys = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && typeof value === 'object' && value) for (const name of Object.keys(value)) keys.add(name);
        collect(value);
      }
    };
    collect(schema);
    expect([...keys].filter((key) => !doc.includes(`\`${key}\``)).sort()).toEqual([]);
  });
});

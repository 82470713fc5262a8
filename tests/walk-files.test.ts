import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { findTestFiles } from '../src/io/find-test-files.js';
import { findTranscripts } from '../src/io/find-transcripts.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-walk-'));
  for (const file of [
    'b.yaml',
    'a.yml',
    'B.yaml',
    'a.test.yaml',
    'notes.txt',
    'run-2.jsonl',
    'Run-1.jsonl',
    'sub/c.yaml',
    'sub/deeper/d.jsonl',
    'tests/a.test.yaml',
    'tests/__golden__/g.test.yaml',
    '.hidden/e.yaml',
    '.hidden/e.jsonl',
    'node_modules/x/f.yaml',
    'node_modules/x/f.jsonl',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const names = (paths: Iterable<string>) => [...paths].map((path) => relative(root, path));

describe('finding files under a folder', () => {
  it('dialogues: YAML files as people sort them, without test files, tests/ folders, hidden folders or node_modules', () => {
    expect(names(findDialogueFiles([root]))).toEqual(['a.yml', 'b.yaml', 'B.yaml', 'sub/c.yaml']);
  });

  it('test files: every *.test.yaml, tests/ included, golden folders left out', () => {
    expect(names(findTestFiles([root]).testFiles)).toEqual(['a.test.yaml', 'tests/a.test.yaml']);
  });

  it('transcripts: *.jsonl in code-unit order, depth first', async () => {
    const found: string[] = [];
    for await (const path of findTranscripts([root], () => {})) found.push(path);
    expect(names(found)).toEqual(['Run-1.jsonl', 'run-2.jsonl', 'sub/deeper/d.jsonl']);
  });
});

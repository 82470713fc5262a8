import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines, type TextLine } from '../src/io/read-lines.js';
import { ReportAggregator } from '../src/report/aggregate-report.js';
import type { SessionSummary } from '../src/report/session-summary.js';
import { dialogueTestJsonSchema } from '../src/testing/test-file-schema.js';
import { transcriptJsonSchema } from '../src/transcript/transcript-json-schema.js';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/transcripts.js';

const collect = (file: string, max?: number): TextLine[] => [...readLines(file, max)];

describe('reading lines', () => {
  it('splits across chunk boundaries, drops CR, and marks a last line without a newline', () => {
    const file = join(tempDir(), 'lines.jsonl');
    const long = 'x'.repeat(70_000);
    writeFileSync(file, `a\r\n${long}\n\nlast`);
    const lines = collect(file);
    expect(lines.map((l) => [l.number, l.text.length, l.terminated])).toEqual([
      [1, 1, true],
      [2, 70_000, true],
      [3, 0, true],
      [4, 4, false],
    ]);
  });

  it('reports an over-long line and bytes that are not UTF-8 instead of holding them', () => {
    const file = join(tempDir(), 'bad.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(`${'y'.repeat(100)}\n`), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('ok\n')]));
    const lines = collect(file, 50);
    expect(lines.map((l) => l.problem ?? l.text)).toEqual(['longer than 50 bytes', 'not UTF-8 text', 'ok']);
  });
});

describe('improvement over time', () => {
  const session = (learner: string, day: number, score: number): SessionSummary => ({
    file: `${learner}-${day}.jsonl`,
    header: {
      kind: 'header',
      format: 'parley-transcript',
      version: 1,
      dialogue: { id: 'd', title: 'D', language: 'en', file: 'd.yaml', hash: '0'.repeat(64) },
      learner,
      mode: 'practice',
      seed: 1,
      language: 'en',
      source: 'play',
      startedAt: `2025-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
    },
    steps: [],
    end: { kind: 'end', at: '', finished: true, debrief: { outcome: { id: 'paid_today', name: 'Paid today', kind: 'success' }, score: { total: score }, passed: score >= 70, tasks: [], flags: [] } },
    status: 'finished',
    flags: [],
  });

  it("compares the first three and last three finished sessions by start time, whatever order they are read in", () => {
    const aggregator = new ReportAggregator();
    const days = [[5, 60], [1, 10], [8, 90], [3, 30], [7, 80], [2, 20], [6, 70], [4, 40]] as const;
    for (const [day, score] of days) aggregator.add(session('ana', day, score));
    expect(aggregator.report().learners[0]!.improvement).toEqual({ first: 20, last: 80, change: 60, window: 3 });
    const one = new ReportAggregator();
    one.add(session('ben', 1, 50));
    expect(one.report().learners[0]!.improvement).toBeNull();
  });
});

describe('JSON Schemas', () => {
  it('the committed test-file and transcript schemas are what the zod schemas generate (run `npm run schema` if not)', () => {
    const committed = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
    expect(committed('dialogue-test.schema.json')).toEqual(JSON.parse(JSON.stringify(dialogueTestJsonSchema())));
    expect(committed('transcript-line.schema.json')).toEqual(JSON.parse(JSON.stringify(transcriptJsonSchema())));
  });
});

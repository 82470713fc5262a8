import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coercionFlags } from '../src/catalog/index.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';

const dir = join(import.meta.dirname, 'fixtures', 'invalid');

/** Every broken fixture and exactly what validation must say about it: code, line:col, hint. */
const EXPECTED: Record<string, Array<[code: string, at: string, hint?: string]>> = {
  'yaml-syntax.yaml': [['PAR001', '4:10']],
  'duplicate-key.yaml': [['PAR002', '2:1']],
  'custom-tag.yaml': [['PAR003', '1:5']],
  'empty.yaml': [['PAR006', '1:1']],
  'not-a-mapping.yaml': [['PAR006', '1:1']],
  'wrong-type.yaml': [['PAR100', '16:65']],
  'unknown-key.yaml': [['PAR101', '15:5', "did you mean 'tags'?"]],
  'unknown-guard-type.yaml': [['PAR102', '19:24', "did you mean 'meterAtLeast'?"]],
  'reserved-name.yaml': [['PAR104', '17:3']],
  'missing-initial.yaml': [['PAR200', '2:10']],
  'unknown-target.yaml': [
    ['PAR201', '18:17', "did you mean 'done'?"],
    ['PAR202', '19:3'],
  ],
  'unreachable.yaml': [['PAR202', '17:3']],
  'dead-end.yaml': [['PAR203', '18:3']],
  'final-without-outcome.yaml': [['PAR204', '17:3']],
  'unknown-flag.yaml': [['PAR205', '19:17', "did you mean 'abusive_language'?"]],
  'unknown-excuse.yaml': [['PAR206', '15:13', "did you mean 'forgot'?"]],
  'unknown-task.yaml': [['PAR207', '16:56', "did you mean 'ask_payment_today'?"]],
  'unknown-outcome.yaml': [['PAR208', '20:14', "did you mean 'paid_today'?"]],
  'unknown-meter.yaml': [['PAR209', '16:58', "did you mean 'trust'?"]],
  'duplicate-choice.yaml': [['PAR210', '20:15']],
  'no-line.yaml': [['PAR215', '13:3']],
  'given-twice.yaml': [['PAR103', '14:5']],
  'choice-without-text.yaml': [['PAR212', '16:7']],
  'final-with-choices.yaml': [['PAR213', '17:3']],
  'outcome-not-final.yaml': [['PAR214', '15:14', "add 'type: final'"]],
  'meter-range.yaml': [['PAR216', '13:57']],
  'unsustainable-not-final.yaml': [['PAR220', '15:20']],
  'currency-elsewhere.yaml': [['PAR246', '11:36', 'set meta.jurisdictions to [mx] if the call happens there, or use USD']],
  // All problems of a file come out of one run.
  'many-problems.yaml': [
    ['PAR201', '16:42'],
    ['PAR211', '16:58'],
    // No flag is close to 'no_such_flag': the hint names them all.
    ['PAR205', '16:59', `known: ${[...coercionFlags.keys()].join(', ')}`],
    ['PAR202', '18:3'],
    ['PAR204', '22:3'],
  ],
};

describe('validation fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file} reports ${expected.map(([code]) => code).join(', ')}`, () => {
      const result = loadDialogue(readFileSync(join(dir, file), 'utf8'), file);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, `${d.line}:${d.col}`])).toEqual(expected.map(([code, at]) => [code, at]));
      expected.forEach(([, , hint], i) => {
        if (hint) expect(result.diagnostics[i]?.hint).toBe(hint);
      });
      for (const d of result.diagnostics) expect(d.file).toBe(file);
    });
  }
});

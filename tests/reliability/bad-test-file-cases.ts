import { join } from 'node:path';

/** Where the committed hostile test files live (made by tests/fixtures/hostile/make-test-file-fixtures.ts). */
export const TEST_FILES_DIR = join('tests', 'fixtures', 'hostile', 'test-files');

/** A diagnostic `parley test` must print: code, line:col, and the file it is in when that is not the test file. */
export type Refusal = readonly [code: string, at: string, file?: string];

/**
 * What `parley test <file>` must do with a fixture: refuse it with exactly
 * these diagnostics (exit 3), run it and fail a case, showing this text
 * (exit 1), or run it and pass every case (exit 0).
 */
export type Expected = { refused: readonly Refusal[] } | { fails: string } | 'passes';

export interface BadTestFileKind {
  kind: string;
  /** The row title in docs/RELIABILITY.md. */
  title: string;
  /** Fixture name (TEST_FILES_DIR/<kind>/<name>.test.yaml) → what it must give. */
  cases: Record<string, Expected>;
}

const refused = (code: string, at: string, file?: string): Expected => ({ refused: [file ? [code, at, file] : [code, at]] });

/**
 * Every committed hostile test file and exactly what `parley test` must say
 * about it. Positions are file:line:col of the thing to fix in the test file;
 * limits report where the limit was crossed.
 */
export const BAD_TEST_FILE_KINDS: readonly BadTestFileKind[] = [
  {
    kind: 'syntax',
    title: 'Test files: YAML syntax errors',
    cases: {
      // The parser reads the over-indented line as more of the name above it, and says so there.
      'bad-indent': refused('PAR001', '3:11'),
      'mapping-in-scalar': refused('PAR001', '3:11'),
      'stray-bracket': refused('PAR001', '4:19'),
      'tab-indent': refused('PAR001', '4:1'),
      'two-documents': refused('PAR001', '14:1'),
      'unclosed-flow': refused('PAR001', '4:14'),
      // Reported where the file ends, not at the opening quote (src/load's parser; see docs/RELIABILITY.md).
      'unclosed-quote': refused('PAR001', '3:11'),
    },
  },
  {
    kind: 'wrong-type',
    title: 'Test files: wrong types',
    cases: {
      'cases-mapping': refused('PAR100', '2:8'),
      'choices-string': refused('PAR100', '4:14'),
      'dialogue-list': refused('PAR100', '1:11'),
      'expect-list': refused('PAR100', '5:13'),
      'finished-yes': refused('PAR100', '13:25'),
      'golden-string': refused('PAR100', '6:13'),
      'max-paths-string': refused('PAR100', '12:43'),
      'meters-list': refused('PAR100', '5:55'),
      'name-number': refused('PAR100', '3:11'),
      'seed-negative': refused('PAR100', '2:7'),
      'turn-zero': refused('PAR100', '7:18'),
    },
  },
  {
    kind: 'unknown-key',
    title: 'Test files: unknown keys (with did-you-mean)',
    cases: {
      'all-paths': refused('PAR101', '12:18'),
      at: refused('PAR101', '7:12'),
      case: refused('PAR101', '4:5'),
      expect: refused('PAR101', '5:15'),
      root: refused('PAR101', '2:1'),
    },
  },
  {
    kind: 'empty',
    title: 'Test files: empty, not a mapping, no cases',
    cases: {
      'empty-cases': refused('PAR100', '2:8'),
      list: refused('PAR300', '1:1'),
      'no-cases': refused('PAR100', '1:1'),
      null: refused('PAR300', '1:1'),
      'only-bom': refused('PAR300', '1:1'),
      'only-comment': refused('PAR300', '1:1'),
      'only-document-marker': refused('PAR300', '1:1'),
      scalar: refused('PAR300', '1:1'),
      whitespace: refused('PAR300', '1:1'),
      'zero-bytes': refused('PAR300', '1:1'),
    },
  },
  {
    kind: 'encoding',
    title: 'Test files: not UTF-8 (Latin-1, cut sequences, UTF-16)',
    cases: {
      'cut-multibyte': refused('PAR013', '3:14'),
      latin1: refused('PAR013', '3:21'),
      'utf16-be': refused('PAR013', '1:1'),
      'utf16-le': refused('PAR013', '1:1'),
    },
  },
  {
    kind: 'binary',
    title: 'Test files: binary files and garbage',
    cases: {
      garbage: { refused: [['PAR001', '1:11'], ['PAR003', '1:11']] },
      gzip: refused('PAR012', '1:4'),
      'nul-in-text': refused('PAR012', '3:17'),
      png: refused('PAR012', '3:1'),
    },
  },
  {
    kind: 'alias-bomb',
    title: 'Test files: alias bombs',
    cases: {
      'billion-laughs': refused('PAR005', '2:35'),
      'in-a-case': refused('PAR005', '4:18'),
      'self-reference': refused('PAR005', '1:7'),
      'wide-laughs': refused('PAR005', '2:140'),
    },
  },
  {
    kind: 'deep-nesting',
    title: 'Test files: deep nesting (flow and block, up to 5,000 levels)',
    cases: {
      'block-mappings': refused('PAR005', '66:66'),
      'compact-sequences': refused('PAR005', '2:131'),
      'flow-sequences': refused('PAR005', '4:78'),
      'just-over-the-limit': refused('PAR005', '4:78'),
    },
  },
  {
    kind: 'long-line',
    title: 'Test files: very long lines',
    cases: {
      'long-choices': refused('PAR007', '4:10001'),
      'long-name': refused('PAR007', '3:10001'),
      'minified-json': refused('PAR007', '1:10001'),
    },
  },
  {
    kind: 'reserved-name',
    title: 'Test files: `__proto__`, `constructor`, `toString`… as keys, choices, states and meters',
    cases: {
      'case-key-proto': refused('PAR104', '4:5'),
      'choice-constructor': refused('PAR104', '4:15'),
      'choice-proto': refused('PAR104', '4:15'),
      'meter-constructor': refused('PAR104', '5:57'),
      'meter-proto': refused('PAR104', '5:57'),
      'picks-valueOf': refused('PAR104', '12:49'),
      'root-key-proto': refused('PAR104', '1:1'),
      'start-hasOwnProperty': refused('PAR104', '12:40'),
      'state-toString': refused('PAR104', '5:54'),
    },
  },
  {
    kind: 'custom-tag',
    title: 'Test files: custom YAML tags',
    cases: {
      binary: refused('PAR003', '3:20'),
      'js-function': refused('PAR003', '3:11'),
      'local-tag': refused('PAR003', '3:11'),
      'python-apply': refused('PAR003', '4:14'),
      'tag-directive': refused('PAR003', '5:11'),
      timestamp: refused('PAR003', '3:23'),
    },
  },
  {
    kind: 'merge-key',
    title: 'Test files: YAML merge keys (`<<`)',
    cases: {
      'alias-of-a-case': refused('PAR004', '12:5'),
      'into-a-case': refused('PAR004', '7:5'),
      list: refused('PAR004', '13:31'),
    },
  },
  {
    kind: 'odd-alias',
    title: 'Test files: anchors and aliases in odd places',
    cases: {
      'as-key': refused('PAR004', '5:5'),
      'complex-key': refused('PAR004', '5:7'),
      undefined: refused('PAR001', '4:14'),
      'used-before-anchor': refused('PAR001', '4:14'),
    },
  },
  {
    kind: 'dialogue-reference',
    title: 'Test files: a `dialogue:` that is missing, a folder, outside the library or absurd',
    cases: {
      'a-test-file': refused('PAR308', '1:11'),
      absolute: refused('PAR308', '1:11'),
      backslashes: refused('PAR308', '1:11'),
      'climbs-back-in': 'passes',
      'device-path': refused('PAR308', '1:11'),
      empty: refused('PAR100', '1:11'),
      folder: refused('PAR308', '1:11'),
      home: refused('PAR308', '1:11'),
      // The dialogue's own problem, at its own line: that is what to fix.
      'invalid-dialogue': refused('PAR201', '19:17', 'broken.yaml'),
      'library-itself': refused('PAR308', '1:11'),
      missing: refused('PAR308', '1:11'),
      'missing-typo': refused('PAR308', '1:11'),
      'no-key-no-match': refused('PAR308', '1:1'),
      'not-yaml': refused('PAR308', '1:11'),
      'nul-byte': refused('PAR308', '1:11'),
      number: refused('PAR100', '1:11'),
      outside: refused('PAR308', '1:11'),
      'sibling-library': refused('PAR308', '1:11'),
      'unc-path': refused('PAR308', '1:11'),
      url: refused('PAR308', '1:11'),
      'very-long': refused('PAR308', '1:11'),
      'windows-drive': refused('PAR308', '1:11'),
    },
  },
  {
    kind: 'name-reference',
    title: 'Test files: choices, states, meters, flags, outcomes and turns that do not exist',
    cases: {
      'choice-after-the-end': { fails: "expected: 'ask' available in 'done'" },
      'choices-and-all-paths': refused('PAR305', '11:5'),
      'neither-choices-nor-all-paths': refused('PAR305', '11:5'),
      'turn-past-the-end': refused('PAR307', '7:18'),
      'unknown-choice': refused('PAR301', '8:15'),
      'unknown-flag': refused('PAR304', '9:31'),
      'unknown-meter': refused('PAR303', '5:57'),
      'unknown-outcome': refused('PAR304', '5:24'),
      'unknown-picked-choice': refused('PAR301', '12:49'),
      'unknown-start-choice': refused('PAR301', '12:40'),
      'unknown-state': refused('PAR302', '5:54'),
      'unknown-task': refused('PAR304', '5:55'),
    },
  },
  {
    kind: 'case-name',
    title: 'Test files: case names that clash (also once made file names), empty or too long',
    cases: {
      'empty-name': refused('PAR100', '3:11'),
      same: refused('PAR306', '7:11'),
      'same-after-accents': refused('PAR306', '7:11'),
      'same-once-a-file-name': refused('PAR306', '7:11'),
      'three-the-same': { refused: [['PAR306', '7:11'], ['PAR306', '11:11']] },
      'too-long': refused('PAR100', '3:11'),
    },
  },
  {
    kind: 'terminal',
    title: 'Test files: control sequences in case names, expectations, keys, values and paths',
    cases: {
      'case-name': { fails: 'asking calmly desrever' },
      'case-name-raw': { fails: 'asking calmly' },
      'choice-id': refused('PAR100', '4:15'),
      'clashing-names': refused('PAR306', '7:11'),
      'dialogue-path': refused('PAR308', '1:11'),
      'expected-line': { fails: 'expected: “Okay”' },
      'line-contains': { fails: 'expected: a line containing “hidden”' },
      'meter-name': refused('PAR104', '5:57'),
      'seed-value': refused('PAR100', '2:7'),
      'unknown-key': refused('PAR101', '4:5'),
    },
  },
  {
    kind: 'work-limit',
    title: 'Test files: property cases that would follow more than 1,000,000 paths together',
    cases: {
      'many-properties': refused('PAR309', '154:5'),
      'two-big-properties': refused('PAR309', '15:45'),
    },
  },
  {
    kind: 'line-endings',
    title: 'Test files: CRLF, BOM and CR-only lines give the same positions as LF',
    cases: {
      'unknown-choice-bom': refused('PAR301', '8:15'),
      'unknown-choice-bom-crlf': refused('PAR301', '8:15'),
      'unknown-choice-cr-only': refused('PAR301', '8:15'),
      'unknown-choice-crlf': refused('PAR301', '8:15'),
      'unknown-choice-lf': refused('PAR301', '8:15'),
    },
  },
  {
    kind: 'accepted',
    title: 'Test files that must work: CRLF, BOM, CR-only lines, reused anchors, names like `__proto__`, Unicode names, hex seeds, folded names, one property at the path limit',
    cases: {
      'anchors-reused': 'passes',
      bom: 'passes',
      'bom-crlf': 'passes',
      'cr-only': 'passes',
      crlf: 'passes',
      'hex-seed': 'passes',
      'long-block-name': 'passes',
      'names-near-reserved': 'passes',
      'one-big-property': 'passes',
      plain: 'passes',
      'unicode-names': 'passes',
    },
  },
];

/** Kinds made at test time (too big for git, or not plain files): their row titles and case counts. */
export const GENERATED_TEST_FILE_KINDS = {
  huge: { title: 'Test files: huge (over the byte limit)', cases: 2 },
  'not-a-file': { title: 'Test files: a FIFO, a folder or a missing path given as the test file', cases: 3 },
  'dialogue-not-a-file': { title: 'Test files: a `dialogue:` that is a FIFO, a link out of the library or a huge file', cases: 3 },
} as const;

import { join } from 'node:path';

/** Where the committed hostile fixtures live (made by tests/fixtures/hostile/make-fixtures.ts). */
export const CASES_DIR = join('tests', 'fixtures', 'hostile', 'cases');

export type Expected = ReadonlyArray<readonly [code: string, at: string]>;

/** One kind of bad input: the fixtures in CASES_DIR/<kind>/ and what each must report. */
export interface BadInputKind {
  kind: string;
  /** The row title in docs/RELIABILITY.md. */
  title: string;
  /** Fixture name → every diagnostic it must give, in order; [] means it must load and run. */
  cases: Record<string, Expected>;
}

const one = (code: string, at: string): Expected => [[code, at]];

/**
 * Every committed hostile fixture and exactly what validation must say about it.
 * Positions are file:line:col of the thing to fix; limits report where the
 * limit was crossed.
 */
export const BAD_INPUT_KINDS: readonly BadInputKind[] = [
  {
    kind: 'syntax',
    title: 'YAML syntax errors',
    cases: {
      'bad-indent': one('PAR001', '15:5'),
      'mapping-in-scalar': one('PAR001', '4:10'),
      'stray-bracket': one('PAR001', '5:15'),
      'tab-indent': one('PAR001', '14:1'),
      'two-documents': one('PAR001', '31:1'),
      'unclosed-flow': one('PAR001', '6:12'),
      'unclosed-quote': one('PAR001', '4:10'),
    },
  },
  {
    kind: 'wrong-type',
    title: 'Wrong types',
    cases: {
      'amount-string': one('PAR100', '11:21'),
      'choices-mapping': one('PAR100', '16:14'),
      'excuses-string': one('PAR100', '10:14'),
      'id-boolean': one('PAR100', '1:5'),
      'line-number': one('PAR100', '14:11'),
      'meta-scalar': one('PAR100', '3:7'),
      'states-list': one('PAR100', '13:3'),
      'target-number': one('PAR100', '19:17'),
    },
  },
  {
    kind: 'unknown-key',
    title: 'Unknown keys (with did-you-mean)',
    cases: {
      choice: one('PAR101', '18:9'),
      'guard-params': one('PAR101', '21:62'),
      meta: one('PAR101', '5:3'),
      root: one('PAR101', '3:1'),
    },
  },
  {
    kind: 'empty',
    title: 'Empty files and files that are not a mapping',
    cases: {
      list: one('PAR006', '1:1'),
      null: one('PAR006', '1:1'),
      'only-bom': one('PAR006', '1:1'),
      'only-comment': one('PAR006', '1:1'),
      'only-document-marker': one('PAR006', '1:1'),
      scalar: one('PAR006', '1:1'),
      whitespace: one('PAR006', '1:1'),
      'zero-bytes': one('PAR006', '1:1'),
    },
  },
  {
    kind: 'encoding',
    title: 'Not UTF-8 (Latin-1, overlong, cut or surrogate sequences, UTF-16)',
    cases: {
      'cut-multibyte': one('PAR013', '2:11'),
      latin1: one('PAR013', '4:13'),
      'lone-surrogate': one('PAR013', '2:9'),
      'overlong-slash': one('PAR013', '4:11'),
      'utf16-be': one('PAR013', '1:1'),
      'utf16-le': one('PAR013', '1:1'),
    },
  },
  {
    kind: 'binary',
    title: 'Binary files',
    cases: {
      elf: one('PAR012', '1:8'),
      gzip: one('PAR012', '1:4'),
      'nul-in-text': one('PAR012', '4:14'),
      png: one('PAR012', '3:1'),
    },
  },
  {
    kind: 'alias-bomb',
    title: 'Alias bombs ("billion laughs")',
    cases: {
      'billion-laughs': one('PAR005', '2:35'),
      'in-a-dialogue': one('PAR005', '14:15'),
      'map-laughs': one('PAR005', '1:17'),
      'self-reference': one('PAR005', '1:7'),
      'wide-laughs': one('PAR005', '2:140'),
    },
  },
  {
    kind: 'deep-nesting',
    title: 'Deep nesting (flow and block, up to 5,000 levels)',
    cases: {
      'block-mappings': one('PAR005', '66:66'),
      'compact-sequences': one('PAR005', '1:129'),
      'flow-mappings': one('PAR005', '2:62'),
      'flow-sequences': one('PAR005', '1:68'),
      'just-over-the-limit': one('PAR005', '1:68'),
    },
  },
  {
    kind: 'long-line',
    title: 'Very long lines',
    cases: {
      'long-key': one('PAR007', '4:10001'),
      'long-text-line': one('PAR007', '14:10001'),
      'minified-json': one('PAR007', '1:10001'),
    },
  },
  {
    kind: 'reserved-name',
    title: '`__proto__`, `constructor`, `prototype`, `toString`… as state, choice, meter and fact names and as keys',
    cases: {
      'choice-id-constructor': one('PAR104', '17:13'),
      'choice-id-proto': one('PAR104', '17:13'),
      'choice-id-quoted-proto': one('PAR104', '17:13'),
      'declared-meter-constructor': one('PAR104', '6:5'),
      'declared-meter-proto': one('PAR104', '6:5'),
      'dialogue-id-toString': one('PAR104', '1:5'),
      'fact-constructor': one('PAR104', '5:5'),
      'fact-proto': one('PAR104', '5:5'),
      'guard-fact-proto': one('PAR104', '21:48'),
      'initial-proto': one('PAR104', '2:10'),
      'meta-key-proto': one('PAR104', '5:3'),
      'meter-proto': one('PAR104', '21:19'),
      'meter-valueOf': one('PAR104', '21:19'),
      'on-key-proto': one('PAR104', '17:7'),
      'on-key-prototype': one('PAR104', '17:7'),
      'params-key-proto': one('PAR104', '21:71'),
      'persona-key-constructor': one('PAR101', '9:16'),
      'root-key-proto': one('PAR104', '1:1'),
      'set-fact-toString': one('PAR104', '21:52'),
      // The state's name and both choices that lead to it: three places to fix.
      'state-constructor': [['PAR104', '19:17'], ['PAR104', '24:17'], ['PAR104', '27:3']],
      'state-hasOwnProperty': [['PAR104', '19:17'], ['PAR104', '24:17'], ['PAR104', '27:3']],
      'state-proto': one('PAR104', '27:3'),
      'state-prototype': [['PAR104', '19:17'], ['PAR104', '24:17'], ['PAR104', '27:3']],
      'state-toString': [['PAR104', '19:17'], ['PAR104', '24:17'], ['PAR104', '27:3']],
      'tag-proto': one('PAR104', '15:12'),
      'target-constructor': one('PAR104', '19:17'),
    },
  },
  {
    kind: 'custom-tag',
    title: 'Custom YAML tags (`!!js/function`, `!!python/…`, `%TAG`, `!!binary`, …)',
    cases: {
      binary: one('PAR003', '4:19'),
      'js-function': one('PAR003', '4:10'),
      'local-tag': one('PAR003', '4:10'),
      'python-apply': one('PAR003', '4:10'),
      'ruby-object': one('PAR003', '4:10'),
      set: one('PAR003', '10:20'),
      'tag-directive': one('PAR003', '6:10'),
      timestamp: one('PAR003', '4:22'),
      verbatim: one('PAR003', '4:10'),
    },
  },
  {
    kind: 'merge-key',
    title: 'YAML merge keys (`<<`)',
    cases: {
      alias: one('PAR004', '5:3'),
      'in-a-choice': one('PAR004', '22:9'),
      inline: one('PAR004', '4:3'),
      list: one('PAR004', '5:3'),
    },
  },
  {
    kind: 'odd-alias',
    title: 'Anchors and aliases in odd places (undefined, forward, as keys)',
    cases: {
      'as-key': one('PAR004', '5:3'),
      'complex-key': one('PAR004', '5:5'),
      undefined: one('PAR001', '4:10'),
      'used-before-anchor': one('PAR001', '4:10'),
    },
  },
  {
    kind: 'number',
    title: 'Numbers: `.nan`, `.inf`, `1e309`, `1e20`, fractions and strings where numbers are expected',
    cases: {
      '1e20-days': one('PAR100', '11:56'),
      '1e309-amount': one('PAR100', '11:21'),
      '1e309-meter-change': one('PAR100', '21:26'),
      'fraction-days': one('PAR100', '11:56'),
      'inf-days': one('PAR100', '11:56'),
      'inf-meter-range': one('PAR100', '6:19'),
      'inf-visits': one('PAR100', '21:69'),
      'minus-inf-amount': one('PAR100', '11:21'),
      'nan-days': one('PAR100', '11:56'),
      'nan-guard': one('PAR100', '21:69'),
      'string-number': one('PAR100', '21:26'),
    },
  },
  {
    kind: 'accepted',
    title: 'Must work: CRLF, BOM, CR-only lines, reused and redefined anchors, long block strings, hex/octal numbers, names close to reserved ones, Unicode',
    cases: {
      'alias-for-choices': [],
      'anchor-redefined': [],
      'anchors-reused': [],
      bom: [],
      'bom-crlf': [],
      'cr-only': [],
      crlf: [],
      'hex-and-octal': [],
      'long-block-string': [],
      'names-near-reserved': [],
      'unicode-text': [],
    },
  },
];

/**
 * Kinds made at test time (too big for git, or not files at all): name → the
 * diagnostic, and for run only when validate treats the path differently.
 */
export const GENERATED_KINDS = {
  'not-a-file': { title: 'Not a file: a folder, a missing path, a FIFO, a device', cases: 4 },
  huge: { title: 'Huge files (over the byte limit)', cases: 2 },
  size: { title: 'Too many states or choices', cases: 2 },
} as const;

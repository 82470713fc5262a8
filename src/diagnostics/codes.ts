/** How bad a problem is: an error stops the file being used, a warning is printed, a hint is advice (lint only). */
export type Severity = 'error' | 'warning' | 'hint';

/** Which step of Parley finds the problem; the diagnostics doc is grouped by it. */
export type DiagnosticStage = 'file' | 'yaml' | 'schema' | 'dialogue' | 'jurisdiction' | 'resume' | 'test-file' | 'analysis' | 'lint';

/**
 * What one diagnostic code means, for everyone who meets it: the severity it
 * is reported with, a short title and an explanation of the rule behind it.
 * Modelled on Yarn Spinner's DiagnosticDescriptor: the code is the key, the
 * message at each place only adds the names and numbers of that case.
 */
export interface DiagnosticDescriptor {
  severity: Severity;
  /** A code reported with a second severity in one named case. */
  alsoAs?: { severity: Severity; when: string };
  stage: DiagnosticStage;
  title: string;
  explanation: string;
}

/**
 * Every diagnostic Parley reports. A code used anywhere must be listed here (the
 * type makes an unknown code a compile error); docs/diagnostics.md is written
 * from this table (`npm run schema`), and tests/diagnostic-codes.test.ts holds
 * each entry to a fixture that produces it.
 */
export const DIAGNOSTICS = {
  PAR001: {
    severity: 'error',
    stage: 'yaml',
    title: 'YAML syntax error',
    explanation: 'The file is not valid YAML: an unclosed quote or bracket, a bad indent, a tab, or an alias naming no anchor defined before it.',
  },
  PAR002: {
    severity: 'error',
    stage: 'yaml',
    title: 'duplicate key',
    explanation: 'A mapping sets the same key twice. YAML parsers disagree on which value wins, so Parley refuses both; the message names the line of the first.',
  },
  PAR003: {
    severity: 'error',
    stage: 'yaml',
    title: 'custom YAML tag',
    explanation: 'Tags such as `!!python/object` or `!include` ask a parser to build objects or read other files. Dialogues are data only, so no tag is allowed.',
  },
  PAR004: {
    severity: 'error',
    stage: 'yaml',
    title: 'unsupported mapping key',
    explanation: 'Merge keys (`<<`), aliases used as keys and complex (`? `) keys hide what a mapping holds. Write the keys out.',
  },
  PAR005: {
    severity: 'error',
    stage: 'yaml',
    title: 'document too large or too deep',
    explanation: 'The document has more nodes (alias expansions counted) or deeper nesting than the limits allow; this stops "billion laughs" files. Raise `--max-nodes` or `--max-depth` for a file you trust.',
  },
  PAR006: {
    severity: 'error',
    stage: 'yaml',
    title: 'empty file or not a mapping',
    explanation: 'A dialogue file is one mapping with `id`, `initial`, `meta` and `states`; this one is empty, or holds a list or a single value.',
  },
  PAR007: {
    severity: 'error',
    stage: 'yaml',
    title: 'line too long',
    explanation: 'A line is longer than the line-length limit (10,000 characters by default). Break long text over lines (YAML strings can span lines) or raise `--max-line` for a file you trust.',
  },
  PAR008: {
    severity: 'error',
    stage: 'yaml',
    title: 'too many states or choices',
    explanation: 'The dialogue has more states or choices than the limits allow. Raise `--max-states` or `--max-choices` for a file you trust.',
  },
  PAR010: {
    severity: 'error',
    stage: 'file',
    title: 'file cannot be read',
    explanation: 'The path does not exist, cannot be opened, or is a folder, a device or a pipe rather than a regular file.',
  },
  PAR011: {
    severity: 'error',
    stage: 'file',
    title: 'file too big',
    explanation: 'The file is over the size limit (2 MiB by default) and is not read at all. Raise `--max-bytes` for a file you trust.',
  },
  PAR012: {
    severity: 'error',
    stage: 'file',
    title: 'binary file',
    explanation: 'The file contains a NUL byte, so it is not text; the position is where the first one is.',
  },
  PAR013: {
    severity: 'error',
    stage: 'file',
    title: 'not UTF-8 text',
    explanation: 'Parley reads UTF-8 only. The file is UTF-16 or UTF-32 (some editors call it "Unicode"), or has bytes that are not valid UTF-8; save it as UTF-8.',
  },
  PAR014: {
    severity: 'warning',
    stage: 'yaml',
    title: 'questionable $schema line',
    explanation: "The `$schema` line that gives editors completion points outside the dialogue's folder or to a URL other than Parley's schema. Parley never opens it; an editor might.",
  },
  PAR050: {
    severity: 'error',
    stage: 'resume',
    title: 'transcript cannot be resumed',
    explanation: 'An unfinished conversation cannot be picked up from its transcript: the header is missing or damaged, its dialogue cannot be found, or a recorded choice no longer fits the dialogue.',
  },
  PAR100: {
    severity: 'error',
    stage: 'schema',
    title: 'wrong type or value',
    explanation: 'A value has the wrong type, is out of range, is not one of the allowed values, or a required key is missing. The message says what was expected.',
  },
  PAR101: {
    severity: 'error',
    stage: 'schema',
    title: 'unknown key',
    explanation: 'A key the format does not have, most often a typo; the hint names the closest known key.',
  },
  PAR102: {
    severity: 'error',
    stage: 'schema',
    title: 'unknown guard or action type',
    explanation: 'A guard or action names a type Parley does not have. The message lists the known types.',
  },
  PAR103: {
    severity: 'error',
    stage: 'schema',
    title: 'given twice',
    explanation: 'A state gives the same field (`line`, `excuse`, `outcome` ...) both in the short form on the state and under its `meta`. Keep one.',
  },
  PAR104: {
    severity: 'error',
    stage: 'schema',
    title: 'reserved name',
    explanation: 'A state, choice, meter or fact is named `__proto__` or another name JavaScript reserves for objects. Choose another name.',
  },
  PAR200: {
    severity: 'error',
    stage: 'dialogue',
    title: 'initial state does not exist',
    explanation: '`initial` names a state the dialogue does not define.',
  },
  PAR201: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown state',
    explanation: 'A choice leads to, or a guard counts visits to, a state the dialogue does not define.',
  },
  PAR202: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unreachable state',
    explanation: 'No chain of choices leads from the initial state to this one, even ignoring guards.',
  },
  PAR203: {
    severity: 'error',
    stage: 'dialogue',
    title: 'dead end',
    explanation: 'A state is not final and has no choices, so a conversation reaching it can never end.',
  },
  PAR204: {
    severity: 'error',
    stage: 'dialogue',
    title: 'final state without an outcome',
    explanation: 'Every ending needs an `outcome` from the catalog; the debrief and the score depend on it.',
  },
  PAR205: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown coercion flag',
    explanation: 'A choice is flagged with an id that is not in the coercion-flag catalog. The hint names the closest id, or lists them all.',
  },
  PAR206: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown excuse type',
    explanation: 'The debtor or a line names an excuse type that is not in the catalog. The hint names the closest id, or lists them all.',
  },
  PAR207: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown core task',
    explanation: 'The dialogue or a choice names a core task that is not in the catalog. The hint names the closest id, or lists them all.',
  },
  PAR208: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown outcome',
    explanation: 'A final state names an outcome that is not in the catalog. The hint names the closest id, or lists them all.',
  },
  PAR209: {
    severity: 'error',
    stage: 'dialogue',
    title: 'unknown meter',
    explanation: 'A guard or action names a meter that is neither built in (trust, cooperation, legal_exposure) nor declared under `meta.meters`.',
  },
  PAR210: {
    severity: 'error',
    stage: 'dialogue',
    title: 'duplicate choice id',
    explanation: 'Two choices of one state share an id (in `choices`, or once in `choices` and once under `on`), so one could never be picked.',
  },
  PAR211: {
    severity: 'warning',
    stage: 'dialogue',
    title: "flagged choice without a 'better' alternative",
    explanation: "A choice carries a coercion flag but no `better` line, so the debrief shows the catalog's generic alternative. Write one that fits the moment.",
  },
  PAR212: {
    severity: 'error',
    stage: 'dialogue',
    title: 'choice without text',
    explanation: 'The learner picks choices by their text; a choice without `text` could not be shown.',
  },
  PAR213: {
    severity: 'error',
    stage: 'dialogue',
    title: 'final state with choices',
    explanation: 'A final state ends the conversation, so it cannot offer choices.',
  },
  PAR214: {
    severity: 'error',
    stage: 'dialogue',
    title: 'outcome on a state that is not final',
    explanation: "Only endings have outcomes; add `type: final` or remove the outcome.",
  },
  PAR215: {
    severity: 'error',
    stage: 'dialogue',
    title: 'state without a line',
    explanation: 'Every state that is not final needs a `line` for the debtor to say.',
  },
  PAR216: {
    severity: 'error',
    stage: 'dialogue',
    title: 'meter range is wrong',
    explanation: "A meter's `min` is above its `max`, or it starts outside its range.",
  },
  PAR218: {
    severity: 'warning',
    stage: 'dialogue',
    title: "excuse not among the debtor's",
    explanation: "A line voices an excuse type missing from `meta.debtor.excuses`, so the debrief and the excuse matrix do not count it. Add it there.",
  },
  PAR219: {
    severity: 'warning',
    stage: 'dialogue',
    title: 'fact read but never set',
    explanation: 'A guard reads a fact that no `setFact` action and no `context.facts` entry sets, so the guard always sees it unset.',
  },
  PAR220: {
    severity: 'error',
    stage: 'dialogue',
    title: "'unsustainable' on a state that is not an ending",
    explanation: "Only an ending's outcome can fail to hold; `unsustainable` belongs on a final state.",
  },
  PAR240: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'locked to unknown wording',
    explanation: 'A reply is `locked:` to a wording id no jurisdiction requires. The hint names the closest id, or lists them all.',
  },
  PAR241: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'locked reply does not say its wording',
    explanation: 'A locked reply must say the legally required wording word for word in the dialogue\'s language; only case, spacing and punctuation may differ.',
  },
  PAR242: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'required wording missing',
    explanation: 'The dialogue is set under (or checked with `--jurisdiction` against) rules that require a wording, such as the US debt-collector disclosure, and no reply is locked to it.',
  },
  PAR243: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'language version misses a locked line',
    explanation: 'Another language version of the same dialogue, set under the same rules, locks a wording this version has no reply locked to.',
  },
  PAR244: {
    severity: 'warning',
    stage: 'jurisdiction',
    title: 'language defined twice',
    explanation: 'Two files define the same dialogue id in the same language, so `--lang` cannot tell them apart.',
  },
  PAR245: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'wording from other rules',
    explanation: 'A reply is locked to wording that another jurisdiction, or the other kind of debt, requires (the US consumer disclosure in a Chinese call or on a business debt).',
  },
  PAR246: {
    severity: 'error',
    stage: 'jurisdiction',
    title: 'currency of another jurisdiction',
    explanation: 'The debt is in another currency than the jurisdiction the dialogue is set in (the first of `meta.jurisdictions`, else the US), which would teach the wrong law.',
  },
  PAR300: {
    severity: 'error',
    stage: 'test-file',
    title: 'test file empty or not a mapping',
    explanation: 'A test file is one mapping with a `cases` list; this one is empty, or holds a list or a single value.',
  },
  PAR301: {
    severity: 'error',
    stage: 'test-file',
    title: 'unknown choice in a test',
    explanation: 'A case picks a choice id the dialogue does not have (in `choices`, `all_paths.start` or `where.picks`).',
  },
  PAR302: {
    severity: 'error',
    stage: 'test-file',
    title: 'unknown state in a test',
    explanation: 'A case expects the conversation to be in a state the dialogue does not have.',
  },
  PAR303: {
    severity: 'error',
    stage: 'test-file',
    title: 'unknown meter in a test',
    explanation: 'A case checks a meter the dialogue neither has built in nor declares.',
  },
  PAR304: {
    severity: 'error',
    stage: 'test-file',
    title: 'unknown flag, task or outcome in a test',
    explanation: 'A case names a coercion flag, core task or outcome that is not in the catalog.',
  },
  PAR305: {
    severity: 'error',
    stage: 'test-file',
    title: 'case mixes scripted and property checks',
    explanation: 'A case is either scripted (`choices`, or `replies` typed as a learner would) or a property over all paths (`all_paths`); turn checks (`at`) and expected states or lines belong to scripted runs only.',
  },
  PAR306: {
    severity: 'error',
    stage: 'test-file',
    title: 'case names clash',
    explanation: 'Two case names are the same once made file names (case, punctuation and accents aside), so their golden transcripts would overwrite each other.',
  },
  PAR307: {
    severity: 'error',
    stage: 'test-file',
    title: 'turn past the last choice',
    explanation: 'An `at` check names a turn after the last choice the case makes.',
  },
  PAR308: {
    severity: 'error',
    stage: 'test-file',
    title: 'dialogue reference cannot be used',
    explanation: 'The `dialogue:` a test file names is missing, a folder, outside its library, not a regular file, or not written as a relative path with `/`. It is never opened.',
  },
  PAR309: {
    severity: 'error',
    stage: 'test-file',
    title: 'too many paths for one test file',
    explanation: "The property cases of one file may follow at most 1,000,000 paths together; lower `max_paths` or split the file.",
  },
  PAR500: {
    severity: 'warning',
    stage: 'analysis',
    title: 'exploration bound hit',
    explanation: 'The deep check stopped at `--max-situations`; reachability findings are left out rather than guessed. Raise the bound or read fewer meters in guards.',
  },
  PAR501: {
    severity: 'error',
    stage: 'analysis',
    title: 'state unreachable once guards apply',
    explanation: 'No sequence of choices reaches the state when guards and meters are taken into account.',
  },
  PAR502: {
    severity: 'error',
    stage: 'analysis',
    title: 'outcome unreachable once guards apply',
    explanation: 'No sequence of choices reaches this ending when guards and meters are taken into account.',
  },
  PAR503: {
    severity: 'error',
    stage: 'analysis',
    title: 'loop without a way out',
    explanation: 'Once the learner enters this loop, the choices only go round it and no outcome can be reached. The message gives the choices that lead in.',
  },
  PAR504: {
    severity: 'error',
    stage: 'analysis',
    title: 'stuck state',
    explanation: "After some choices, every choice's guard in this state fails, so the conversation cannot end.",
  },
  PAR505: {
    severity: 'warning',
    stage: 'analysis',
    title: 'choice never available',
    explanation: 'The guard of this choice fails in every situation that reaches its state: its text is never shown.',
  },
  PAR506: {
    severity: 'warning',
    stage: 'analysis',
    title: 'branch never taken',
    explanation: 'A guarded branch of a choice is never taken: its guard never passes, or an earlier branch always wins.',
  },
  PAR507: {
    severity: 'error',
    alsoAs: { severity: 'warning', when: 'the tasks are the default four rather than declared in meta.tasks' },
    stage: 'analysis',
    title: 'core task never advanced',
    explanation: 'The dialogue teaches a core task that no reachable choice advances, so no learner can meet it.',
  },
  PAR510: {
    severity: 'warning',
    stage: 'analysis',
    title: 'choices too alike for free reply',
    explanation:
      "Typed by a learner, one of a choice's own texts or examples (each held out in turn and read against the rest) is taken for another choice of the same state, or is too close to call between the two. In free reply the learner would be asked to rephrase, or read as the wrong move. Make the moves differ in their words, or give the choice examples that say what only it means. Checked only in dialogues that have examples.",
  },
  PAR511: {
    severity: 'warning',
    stage: 'analysis',
    title: 'choice without examples',
    explanation:
      "Other choices of this dialogue have `examples:` (paraphrases a learner might type, for free reply) and this one has none, so free reply knows it only by its text. A dialogue with no examples at all is matched on its choice texts and not warned about choice by choice.",
  },
  PAR601: {
    severity: 'warning',
    stage: 'lint',
    title: 'coercive wording without a flag',
    explanation: 'The text of a choice reads as coercive but the choice has no coercion flag. Add the flag, or `lint: { allow: [flag] }` if the wording is intended.',
  },
  PAR602: {
    severity: 'hint',
    stage: 'lint',
    title: 'flagged choice reads as harmless',
    explanation: 'A choice is flagged, but nothing in its text reads as coercive; often the wording is subtler than the lexicon, sometimes the flag is wrong.',
  },
  PAR603: {
    severity: 'hint',
    stage: 'lint',
    title: 'wording suggests a further flag',
    explanation: 'A flagged choice also reads as another kind of coercion it is not flagged with.',
  },
  PAR604: {
    severity: 'warning',
    stage: 'lint',
    title: 'lint.allow names an unknown flag',
    explanation: '`lint: { allow: [...] }` names an id that is not in the coercion-flag catalog.',
  },
} as const satisfies Record<`PAR${number}`, DiagnosticDescriptor>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

type SeveritiesOf<C extends DiagnosticCode> =
  | (typeof DIAGNOSTICS)[C]['severity']
  | ((typeof DIAGNOSTICS)[C] extends { alsoAs: { severity: infer S } } ? S : never);

/** The codes that may be reported with severity S. */
export type CodeWith<S extends Severity> = { [C in DiagnosticCode]: S extends SeveritiesOf<C> ? C : never }[DiagnosticCode];

/** A code with a severity it may have: `{ code: 'PAR211', severity: 'error' }` does not compile. */
export type Coded<S extends Severity = Severity> = S extends Severity ? { code: CodeWith<S>; severity: S } : never;

export const describeCode = (code: DiagnosticCode): DiagnosticDescriptor => DIAGNOSTICS[code];

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(DIAGNOSTICS, code);

/** Just the code and severity of a coded problem, kept paired (reading the two fields apart loses which goes with which). */
export const codedPart = <S extends Severity>(problem: Coded<S>): Coded<S> => ({ code: problem.code, severity: problem.severity }) as Coded<S>;

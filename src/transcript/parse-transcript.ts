import { z } from 'zod';
import { SeveritySchema } from '../schema/catalog.js';
import { LanguageSchema } from '../schema/language.js';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_VERSION, type TranscriptEnd, type TranscriptHeader, type TranscriptStep, type TranscriptUndo } from './transcript-format.js';

/**
 * Shapes of the transcript lines, checked as far as readers (replay, reports,
 * resume) rely on them. Objects are loose: a newer writer may add fields.
 */
const HeaderLineSchema = z.looseObject({
  kind: z.literal('header'),
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.literal(TRANSCRIPT_VERSION),
  dialogue: z.looseObject({ id: z.string(), title: z.string(), language: LanguageSchema, file: z.string(), hash: z.string() }),
  learner: z.string().optional(),
  mode: z.enum(['practice', 'assessment']),
  seed: z.number().int().nonnegative(),
  language: LanguageSchema,
  source: z.enum(['play', 'run', 'test']),
  startedAt: z.string(),
});

const OutcomeViewSchema = z.looseObject({ id: z.string(), name: z.string(), kind: z.enum(['success', 'partial', 'failure']) });

const StepLineSchema = z.looseObject({
  kind: z.literal('step'),
  at: z.string(),
  step: z.looseObject({
    turn: z.number().int().positive(),
    state: z.string(),
    choice: z.looseObject({ id: z.string(), text: z.string() }),
    flags: z.array(z.looseObject({ id: z.string(), severity: SeveritySchema })),
    meterChanges: z.record(z.string(), z.number()),
    meters: z.record(z.string(), z.number()),
    tasks: z.array(z.string()),
    next: z.looseObject({ state: z.string() }),
    outcome: OutcomeViewSchema.optional(),
  }),
});

const UndoLineSchema = z.looseObject({ kind: z.literal('undo'), at: z.string(), turn: z.number().int().positive() });

const EndLineSchema = z.looseObject({
  kind: z.literal('end'),
  at: z.string(),
  finished: z.boolean(),
  reason: z.string().optional(),
  debrief: z.looseObject({
    finished: z.boolean(),
    turns: z.number().int().nonnegative(),
    outcome: OutcomeViewSchema.optional(),
    score: z.looseObject({ total: z.number() }),
  }),
});

export interface TranscriptProblem {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface ReadTranscript {
  header?: TranscriptHeader;
  /** Steps as written, undone ones included. */
  steps: TranscriptStep[];
  undos: TranscriptUndo[];
  /** The choices that stand once undos are applied, in order: what a replay or a resume re-enters. */
  choices: string[];
  end?: TranscriptEnd;
  /** No end line: the session was cut short (a crash, or a SIGKILL). */
  unfinished: boolean;
  /** Lines that were skipped, and why; a reader reports them and carries on. */
  problems: TranscriptProblem[];
}

/**
 * Reads a transcript's text line by line. It never throws: a line that is not
 * JSON, not a known kind, or misplaced is skipped and counted as a problem, so
 * one corrupt line does not lose the rest of a learner's session.
 */
export function parseTranscript(text: string): ReadTranscript {
  const result: ReadTranscript = { steps: [], undos: [], choices: [], unfinished: true, problems: [] };
  const problem = (line: number, message: string) => result.problems.push({ line, message });
  const lines = text.split('\n');
  const last = lines.length - 1;
  // A file that ends with a newline has an empty last "line"; a file cut mid-line does not.
  const truncated = lines[last] !== '';
  if (!truncated) lines.pop();

  lines.forEach((raw, index) => {
    const number = index + 1;
    const source = raw.replace(/\r$/, '');
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      problem(number, index === last && truncated ? 'the last line is incomplete (the session was cut off while writing it)' : 'not valid JSON');
      return;
    }
    const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { kind?: unknown }).kind : undefined;
    if (result.end && kind !== undefined) {
      problem(number, `a '${String(kind)}' line after the end line`);
      return;
    }
    switch (kind) {
      case 'header': {
        if (result.header || result.steps.length || result.undos.length) return problem(number, 'a second header');
        const header = HeaderLineSchema.safeParse(value);
        if (!header.success) return problem(number, `header: ${describe(header.error)}`);
        result.header = header.data as TranscriptHeader;
        return;
      }
      case 'step': {
        const step = StepLineSchema.safeParse(value);
        if (!step.success) return problem(number, `step: ${describe(step.error)}`);
        result.steps.push(step.data as unknown as TranscriptStep);
        result.choices.push(step.data.step.choice.id);
        return;
      }
      case 'undo': {
        const undo = UndoLineSchema.safeParse(value);
        if (!undo.success) return problem(number, `undo: ${describe(undo.error)}`);
        if (result.choices.length !== undo.data.turn) return problem(number, `undo of turn ${undo.data.turn}, but the last standing turn is ${result.choices.length}`);
        result.undos.push(undo.data as TranscriptUndo);
        result.choices.pop();
        return;
      }
      case 'end': {
        const end = EndLineSchema.safeParse(value);
        if (!end.success) return problem(number, `end: ${describe(end.error)}`);
        result.end = end.data as unknown as TranscriptEnd;
        result.unfinished = false;
        return;
      }
      default:
        return problem(number, kind === undefined ? "not a transcript line (no 'kind')" : `unknown line kind ${JSON.stringify(String(kind)).slice(0, 40)}`);
    }
  });
  if (!result.header && lines.some((l) => l.trim() !== '')) problem(1, 'no header line: this does not look like a Parley transcript');
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `'${issue.path.map(String).join('.')}' ` : '';
  return `${where}${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
}

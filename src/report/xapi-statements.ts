import { createHash } from 'node:crypto';
import type { SessionSummary } from './session-summary.js';
import type { ReportFlag } from './report-lines.js';
import { withSlash } from './xapi-iri.js';

/**
 * Sessions as xAPI 1.0.3 statements, the form learning record stores accept
 * (POST /statements takes an array of them). Per session: `attempted` when it
 * started, `answered` for each choice that stood (undone ones are left out),
 * and `completed` (reached an ending) or `terminated` (the learner quit) with
 * the outcome and score. Interrupted sessions get no closing statement.
 *
 * Ids derive from the session (its whole header) and the activity base: the
 * same transcripts and base always give the same ids and content, so a re-send
 * is accepted as the statements already stored, and another base gives other
 * statements rather than a conflict. No `version`: xAPI 1.0.3 leaves it to the
 * record store. Test transcripts are not learner activity and give none.
 */
export const XAPI_VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export interface XapiOptions {
  /** IRI prefix for Parley's activities and extensions (checked with checkIri). */
  base: string;
  /** The LMS home page for learner names recorded without one (`report --learner-home`). */
  learnerHome?: string;
}

export type XapiStatement = Record<string, unknown> & { id: string; verb: { id: string } };

/** Sessions that are a learner's activity: dialogue tests (golden transcripts) are not. */
export const isLearnerActivity = (session: SessionSummary): boolean => session.header.source !== 'test';

/** The session's xAPI registration: one attempt, the same every time the transcript is exported. */
export const registrationOf = (header: SessionSummary['header']): string => uuidFrom(JSON.stringify(['parley-session', header]));

export function sessionStatements(session: SessionSummary, options: XapiOptions): XapiStatement[] {
  if (!isLearnerActivity(session)) return [];
  const { header, steps, end } = session;
  const base = withSlash(options.base);
  const ext = (name: string) => `${base}xapi/extensions/${name}`;
  const registration = registrationOf(header);
  const actor = actorOf(header, registration, base, options.learnerHome);
  const lang = header.dialogue.language;
  const dialogueActivity = {
    objectType: 'Activity',
    id: `${base}dialogues/${encodeURIComponent(header.dialogue.id)}`,
    definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [lang]: header.dialogue.title } },
  };
  const context = (extra: Record<string, unknown> = {}) => ({
    registration,
    platform: 'Parley',
    language: header.language,
    extensions: { [ext('dialogue-hash')]: header.dialogue.hash, [ext('seed')]: header.seed, [ext('mode')]: header.mode, ...extra },
  });
  const verb = (id: string, display: string) => ({ id, display: { 'en-US': display } });
  const statements: XapiStatement[] = [];
  const push = (statement: Record<string, unknown> & { verb: { id: string } }) =>
    statements.push({ id: uuidFrom(JSON.stringify([base, registration, statements.length])), ...statement });

  push({ actor, verb: verb(XAPI_VERBS.attempted, 'attempted'), object: dialogueActivity, context: context(), timestamp: header.startedAt });
  for (const { at, step } of steps) {
    push({
      actor,
      verb: verb(XAPI_VERBS.answered, 'answered'),
      object: {
        objectType: 'Activity',
        id: `${dialogueActivity.id}/states/${encodeURIComponent(step.state)}/choices/${encodeURIComponent(step.choice.id)}`,
        // A typed reply is a fill-in answer: the response is what the learner wrote, and the choice it was read as goes alongside.
        definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: step.typed ? 'fill-in' : 'choice', name: { [lang]: step.choice.text } },
      },
      result: {
        response: step.typed ? step.typed.text : step.choice.id,
        extensions: {
          [ext('flags')]: step.flags.map(flagData),
          [ext('tasks')]: step.tasks,
          ...(step.typed ? { [ext('choice')]: step.choice.id, [ext('match-confidence')]: step.typed.confidence } : {}),
        },
      },
      context: { ...context({ [ext('turn')]: step.turn }), contextActivities: { parent: [{ objectType: 'Activity', id: dialogueActivity.id }] } },
      timestamp: at,
    });
  }
  if (end) {
    const debrief = end.debrief;
    const total = debrief.score.total;
    push({
      actor,
      verb: end.finished ? verb(XAPI_VERBS.completed, 'completed') : verb(XAPI_VERBS.terminated, 'terminated'),
      object: dialogueActivity,
      result: {
        completion: end.finished,
        // Success is what the learner was told: the call passed (no violation, no coercive tactic, the pass mark reached).
        success: end.finished && debrief.passed,
        score: { raw: total, min: 0, max: 100, scaled: Math.max(0, Math.min(1, total / 100)) },
        ...durationOf(header.startedAt, end.at),
        extensions: {
          [ext('outcome')]: debrief.outcome?.id ?? null,
          [ext('flags')]: debrief.flags.map((f) => ({ ...flagData(f), turn: f.turn })),
          [ext('tasks-met')]: debrief.tasks.filter((t) => t.met).map((t) => t.id),
        },
      },
      context: context(),
      timestamp: end.at,
    });
  }
  return statements;
}

/**
 * The learner as the LMS knows them: an email address is an mbox; a name is an
 * account at the LMS home page recorded with it (or given to the report), else
 * at the activity base. A session with no learner is its own anonymous agent,
 * never one person shared by every unnamed session.
 */
export function actorOf(header: SessionSummary['header'], registration: string, base: string, learnerHome?: string): Record<string, unknown> {
  const { learner } = header;
  if (learner === undefined) return { objectType: 'Agent', account: { homePage: `${base}anonymous`, name: registration } };
  if (learner.startsWith('mailto:')) return { objectType: 'Agent', mbox: learner };
  return { objectType: 'Agent', name: learner, account: { homePage: header.learnerHome ?? learnerHome ?? base, name: learner } };
}

function flagData(flag: ReportFlag) {
  return {
    id: flag.id,
    name: flag.name,
    severity: flag.severity,
    ...(flag.source === 'typed' ? { source: 'typed' } : {}),
    references: flag.references.map((r) => ({ jurisdiction: r.jurisdiction, law: r.law, cite: r.cite })),
  };
}

function durationOf(start: string, end: string): { duration?: string } {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? { duration: `PT${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}S` } : {};
}

/** A name-based UUID (version 8, SHA-256), so the same session always gets the same ids. */
export function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

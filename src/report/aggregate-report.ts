import type { LegalReference, Severity } from '../schema/catalog.js';
import type { SessionSummary } from './session-summary.js';

/** How many of a learner's earliest and latest scored sessions "improvement" compares. */
export const IMPROVEMENT_WINDOW = 3;
const TOP_FLAGS = 5;

export interface FlagCount {
  id: string;
  name: string;
  severity: Severity;
  count: number;
  /** Sessions that raised it at least once. */
  sessions: number;
  /** Of `count`, the times it was read in the words a learner typed (free reply) rather than raised by the reply chosen. */
  typed: number;
  references: LegalReference[];
}

export interface GroupReport {
  /** Learner name, or dialogue id. */
  key: string;
  /** Dialogue title (for dialogues). */
  title?: string;
  sessions: number;
  finished: number;
  quit: number;
  interrupted: number;
  /** Outcome id → sessions; sessions without an ending are under "unfinished". */
  outcomes: Record<string, number>;
  /** Over finished sessions; null when there are none. */
  averageScore: number | null;
  /** Share of the core tasks met, over finished sessions (0–1). */
  tasksMet: number | null;
  /** Per core task: share of finished sessions that met it. */
  tasks: Record<string, number>;
  flags: FlagCount[];
  /** Dialogues a learner played, or learners who played a dialogue. */
  distinct: number;
  firstSession: string | null;
  lastSession: string | null;
  /** First vs last finished sessions' average score; null with fewer than two. */
  improvement: { first: number; last: number; change: number; window: number } | null;
}

export interface Report {
  transcripts: { files: number; sessions: number; finished: number; quit: number; interrupted: number; skippedFiles: number; skippedLines: number };
  learners: GroupReport[];
  dialogues: GroupReport[];
  flags: FlagCount[];
}

interface Timed {
  at: string;
  score: number;
}

/** Running totals for one learner or one dialogue: constant size per group, whatever the number of sessions. */
class Group {
  sessions = 0;
  finished = 0;
  quit = 0;
  interrupted = 0;
  scoreSum = 0;
  tasksMetSum = 0;
  tasksTotalSum = 0;
  readonly outcomes = new Map<string, number>();
  readonly tasks = new Map<string, number>();
  readonly flags = new Map<string, FlagTally>();
  readonly distinct = new Set<string>();
  readonly earliest: Timed[] = [];
  readonly latest: Timed[] = [];
  first: string | null = null;
  last: string | null = null;
  title: string | undefined;

  constructor(readonly key: string) {}

  add(session: SessionSummary, other: string): void {
    this.sessions++;
    this.distinct.add(other);
    const started = session.header.startedAt;
    if (this.first === null || started < this.first) this.first = started;
    if (this.last === null || started > this.last) this.last = started;
    this[session.status]++;
    const outcome = session.status === 'finished' ? (session.end?.debrief.outcome?.id ?? 'none') : 'unfinished';
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    tally(this.flags, session);
    if (session.status !== 'finished' || !session.end) return;
    const debrief = session.end.debrief;
    this.scoreSum += debrief.score.total;
    this.tasksTotalSum += debrief.tasks.length;
    for (const task of debrief.tasks) {
      if (!task.met) continue;
      this.tasksMetSum++;
      this.tasks.set(task.id, (this.tasks.get(task.id) ?? 0) + 1);
    }
    const timed = { at: started, score: debrief.score.total };
    keep(this.earliest, timed, (a, b) => a.at < b.at);
    keep(this.latest, timed, (a, b) => a.at > b.at);
  }

  report(flagInfo: ReadonlyMap<string, FlagInfo>): GroupReport {
    const finished = this.finished;
    const n = Math.min(IMPROVEMENT_WINDOW, Math.floor(finished / 2));
    const average = (items: Timed[]) => round(items.reduce((sum, t) => sum + t.score, 0) / items.length);
    // earliest is sorted oldest first, latest newest first; with n ≤ finished/2 the two never share a session.
    const improvement =
      n >= 1
        ? (() => {
            const first = average(this.earliest.slice(0, n));
            const last = average(this.latest.slice(0, n));
            return { first, last, change: round(last - first), window: n };
          })()
        : null;
    return {
      key: this.key,
      ...(this.title !== undefined ? { title: this.title } : {}),
      sessions: this.sessions,
      finished,
      quit: this.quit,
      interrupted: this.interrupted,
      outcomes: Object.fromEntries([...this.outcomes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      averageScore: finished ? round(this.scoreSum / finished) : null,
      tasksMet: this.tasksTotalSum ? round(this.tasksMetSum / this.tasksTotalSum, 3) : null,
      tasks: Object.fromEntries([...this.tasks].map(([id, met]) => [id, round(met / finished, 3)])),
      flags: topFlags(this.flags, flagInfo, TOP_FLAGS),
      distinct: this.distinct.size,
      firstSession: this.first,
      lastSession: this.last,
      improvement,
    };
  }
}

/**
 * Aggregates sessions one at a time into per-learner and per-dialogue totals.
 * Memory grows with the number of learners and dialogues, never with the
 * number of sessions, so any number of transcripts can be summarised.
 */
export class ReportAggregator {
  readonly #learners = new Map<string, Group>();
  readonly #dialogues = new Map<string, Group>();
  readonly #flags = new Map<string, FlagTally>();
  readonly #flagInfo = new Map<string, FlagInfo>();
  readonly #totals = { files: 0, sessions: 0, finished: 0, quit: 0, interrupted: 0, skippedFiles: 0, skippedLines: 0 };

  fileRead(): void {
    this.#totals.files++;
  }

  fileSkipped(): void {
    this.#totals.skippedFiles++;
  }

  lineSkipped(): void {
    this.#totals.skippedLines++;
  }

  add(session: SessionSummary): void {
    const learner = session.header.learner ?? '(unnamed)';
    const dialogue = session.header.dialogue.id;
    this.#totals.sessions++;
    this.#totals[session.status]++;
    group(this.#learners, learner).add(session, dialogue);
    const d = group(this.#dialogues, dialogue);
    d.title ??= session.header.dialogue.title;
    d.add(session, learner);
    for (const flag of session.flags) {
      const info = this.#flagInfo.get(flag.id);
      if (!info) this.#flagInfo.set(flag.id, { id: flag.id, name: flag.name, severity: flag.severity, references: [...flag.references] });
      else addReferences(info.references, flag.references);
    }
    tally(this.#flags, session);
  }

  report(): Report {
    const byKey = (a: GroupReport, b: GroupReport) => a.key.localeCompare(b.key);
    return {
      transcripts: { ...this.#totals },
      learners: [...this.#learners.values()].map((g) => g.report(this.#flagInfo)).sort(byKey),
      dialogues: [...this.#dialogues.values()].map((g) => g.report(this.#flagInfo)).sort(byKey),
      flags: topFlags(this.#flags, this.#flagInfo, Infinity),
    };
  }
}

/**
 * A flag's references over every session that raised it: each session carries
 * only its own jurisdiction's, so a report mixing US and UK sessions must
 * gather both rather than keep whichever came first.
 */
function addReferences(into: LegalReference[], references: readonly LegalReference[]): void {
  for (const reference of references) {
    if (!into.some((r) => r.jurisdiction === reference.jurisdiction && r.law === reference.law && r.cite === reference.cite)) into.push(reference);
  }
}

type FlagInfo = Omit<FlagCount, 'count' | 'sessions' | 'typed'>;
type FlagTally = { count: number; sessions: number; typed: number };

/** Counts a session's flags: every time raised, once per session, and how many times from typed words. */
function tally(into: Map<string, FlagTally>, session: SessionSummary): void {
  const seen = new Set<string>();
  for (const flag of session.flags) {
    const entry = into.get(flag.id) ?? { count: 0, sessions: 0, typed: 0 };
    entry.count++;
    if (flag.source === 'typed') entry.typed++;
    if (!seen.has(flag.id)) entry.sessions++;
    seen.add(flag.id);
    into.set(flag.id, entry);
  }
}

function group(map: Map<string, Group>, key: string): Group {
  let found = map.get(key);
  if (!found) map.set(key, (found = new Group(key)));
  return found;
}

/** Keeps the IMPROVEMENT_WINDOW items that come first by `before`, in that order. */
function keep(list: Timed[], item: Timed, before: (a: Timed, b: Timed) => boolean): void {
  const index = list.findIndex((other) => before(item, other));
  if (index === -1) {
    if (list.length < IMPROVEMENT_WINDOW) list.push(item);
    return;
  }
  list.splice(index, 0, item);
  if (list.length > IMPROVEMENT_WINDOW) list.pop();
}

function topFlags(
  counts: ReadonlyMap<string, FlagTally>,
  info: ReadonlyMap<string, FlagInfo>,
  limit: number,
): FlagCount[] {
  return [...counts]
    .map(([id, c]) => ({ ...(info.get(id) ?? { id, name: id, severity: 'caution' as const, references: [] }), count: c.count, sessions: c.sessions, typed: c.typed }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

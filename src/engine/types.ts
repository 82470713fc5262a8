import type { LegalReference, ProfileId, Severity } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';

export type Mode = 'practice' | 'assessment';

export interface ChoiceView {
  id: string;
  /** 1-based, in the order the author wrote them: what number keys select. */
  number: number;
  text: string;
}

export interface MeterReading {
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
}

/** What the learner sees before choosing. */
export interface Turn {
  state: string;
  line?: string;
  speaker?: string;
  scene?: string;
  excuse?: { id: string; name: string };
  choices: ChoiceView[];
  meters: MeterReading[];
  final: boolean;
  outcome?: OutcomeView;
}

export interface OutcomeView {
  id: string;
  name: string;
  /** An unsustainable success counts as partial. */
  kind: 'success' | 'partial' | 'failure';
  /** Why this outcome will not hold for this debtor, where the dialogue says so. */
  unsustainable?: string;
}

/** A reply the learner typed, as the interface understood it (free-reply mode). */
export interface TypedReply {
  /** What was typed (kept as typed; printed only through the terminal sanitiser). */
  text: string;
  /** The matcher's confidence in the choice it matched, 0 to 1. */
  confidence: number;
  /** Coercion flags the lint read in the typed words, beyond the matched choice's own flags: catalog flag ids and the words that raised them. */
  flags: readonly { flag: string; phrase: string }[];
}

export interface FlagHit {
  id: string;
  name: string;
  severity: Severity;
  explanation: string;
  cost: string;
  /** The choice's own better alternative, else the catalog's. */
  better: string;
  references: LegalReference[];
  /** 'choice' when the author flagged the reply; 'situation' when a context rule did; 'typed' when the lint read it in the words the learner typed. */
  source: 'choice' | 'situation' | 'typed';
  /** For typed flags: the words that raised it. */
  phrase?: string;
  /** For situation flags: why the context made this reply a problem. */
  because?: string;
  /** Where the jurisdiction profile treats this flag differently from the catalog, why. */
  note?: string;
}

/** Everything one choice caused. */
export interface Step {
  turn: number;
  state: string;
  line?: string;
  excuse?: string;
  choice: { id: string; text: string };
  /** Free reply: what the learner typed for this choice, how sure the matcher was, and the flags the lint read in it. */
  typed?: TypedReply;
  flags: FlagHit[];
  meterChanges: Record<string, number>;
  meters: Record<string, number>;
  /** Core tasks this reply earned credit for: none when it raised a flag. */
  tasks: string[];
  feedback?: string;
  reaction?: string;
  /** This reply uncovered the debtor's true reason for not paying. */
  revealsReason?: true;
  next: { state: string; line?: string; speaker?: string; scene?: string; excuse?: string };
  outcome?: OutcomeView;
}

export interface TaskResult {
  id: string;
  name: string;
  met: boolean;
  /** The turn it was first met on. */
  turn?: number;
}

export interface Score {
  total: number;
  outcome: number;
  tasks: number;
  penalties: number;
  /** The score a call needs to pass. */
  passMark: number;
  passed: boolean;
  /** A violation was raised: the call fails and the score is capped at 40. */
  violation: boolean;
  /** A coercive tactic was used: the call fails and the score is capped at 60. */
  coercive: boolean;
}

/** The debtor's hidden reason for default, shown once the session is over. */
export interface TrueReason {
  reason: string;
  /** false when the dialogue marks no reply as uncovering it, so finding it cannot be told. */
  tracked: boolean;
  found: boolean;
  /** The turn it was uncovered on. */
  turn?: number;
}

export interface Debrief {
  dialogue: { id: string; title: string; language: Language };
  /** The rule set the session was played under. */
  jurisdiction: { id: ProfileId; name: string; rules: string };
  finished: boolean;
  outcome?: OutcomeView;
  turns: number;
  tasks: TaskResult[];
  flags: Array<FlagHit & { turn: number; choice: string }>;
  /** Meter values before the first choice and after each one. */
  meters: Record<string, number[]>;
  trueReason: TrueReason;
  score: Score;
}

import { coercionFlags, coreTasks, excuseTypes, outcomes } from '../catalog/index.js';
import type { DialogueContext, DialogueInput } from '../compile/context.js';
import type { CompiledDialogue } from '../compile/compile-machine.js';
import type { TransitionTable } from '../compile/transition-table.js';
import type { MachineSnapshot } from '../compile/compile-stepper.js';
import { enabledBranch } from '../compile/enabled-branch.js';
import type { JurisdictionProfile, ProfileId } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';
import type { Contact, Persona, State } from '../schema/dialogue.js';
import { resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import { flagUnderProfile } from './jurisdiction.js';
import { pick, randomSeed } from './random.js';
import { scoreSession } from './score.js';
import type { SituationRule } from './situation.js';
import { situationFlags } from './situation-flags.js';
import { DEFAULT_SITUATION_RULES } from './situation-rules.js';
import { typedFlagHits } from './typed-flags.js';
import type { ChoiceView, Debrief, FlagHit, MeterReading, Mode, OutcomeView, Step, TrueReason, Turn, TypedReply } from './types.js';

export interface SessionOptions {
  seed?: number;
  mode?: Mode;
  /** Language of catalog text (flag explanations, task names); defaults to the dialogue's. */
  language?: Language;
  /** Partial override of the dialogue's hidden persona (meta.debtor.persona). */
  persona?: Partial<Persona>;
  /** Replaces the catalog's situation rules (src/catalog/situation-rules.ts), which apply by default. */
  situationRules?: readonly SituationRule[];
  /** The rule set to play under; default: the dialogue's first declared jurisdiction with a profile, else us. */
  jurisdiction?: ProfileId;
  /** Overrides of meta.contact (local time, call attempts). */
  contact?: Contact;
}

export class ChoiceUnavailableError extends Error {
  constructor(
    readonly choice: string,
    readonly state: string,
    readonly available: readonly string[],
  ) {
    super(
      available.length
        ? `choice '${choice}' is not available in state '${state}'; available: ${available.join(', ')}`
        : `choice '${choice}' is not available: the dialogue has ended in state '${state}'`,
    );
    this.name = 'ChoiceUnavailableError';
  }
}

export class UndoNotAllowedError extends Error {
  constructor() {
    super('undo is only available in practice mode');
    this.name = 'UndoNotAllowedError';
  }
}

interface Frame {
  snapshot: MachineSnapshot;
  random: number;
  line?: string;
}

/**
 * One learner's run through a dialogue. Pure in-memory state machine stepping;
 * knows nothing of terminals or files. Deterministic for a given seed.
 */
export class Session {
  readonly seed: number;
  readonly mode: Mode;
  readonly language: Language;
  readonly jurisdiction: JurisdictionProfile;
  readonly contact: Contact;
  /** The persona traits this session was told to play instead of the dialogue's own, if any. */
  readonly personaOverride: Partial<Persona> | undefined;
  readonly #compiled: CompiledDialogue;
  readonly #rules: readonly SituationRule[];
  readonly #frames: Frame[] = [];
  readonly #steps: Step[] = [];

  readonly #options: SessionOptions;

  constructor(compiled: CompiledDialogue, options: SessionOptions = {}, from?: Session) {
    this.#compiled = compiled;
    this.#options = options;
    this.seed = from?.seed ?? options.seed ?? randomSeed();
    this.mode = options.mode ?? 'practice';
    this.language = options.language ?? compiled.dialogue.meta.language;
    this.#rules = options.situationRules ?? DEFAULT_SITUATION_RULES;
    this.jurisdiction = resolveProfile(compiled.dialogue, options.jurisdiction);
    this.contact = { ...compiled.dialogue.meta.contact, ...options.contact };
    this.personaOverride = options.persona;
    if (from) {
      this.#frames.push(...from.#frames);
      this.#steps.push(...from.#steps);
      return;
    }
    const input: DialogueInput = options.persona ? { persona: options.persona } : {};
    const snapshot = compiled.stepper.initial(input);
    this.#frames.push(this.#enter(snapshot, this.seed));
  }

  /** An independent copy at the same point: snapshots are immutable, so this is cheap. Used to explore paths. */
  fork(): Session {
    return new Session(this.#compiled, this.#options, this);
  }

  get dialogue() {
    return this.#compiled.dialogue;
  }

  /** The compiled step table this session reads: what a reader of the choices (the free-reply matcher) reads too. */
  get table(): TransitionTable {
    return this.#compiled.table;
  }

  get steps(): readonly Step[] {
    return this.#steps;
  }

  get context(): DialogueContext {
    return this.#frame.snapshot.context;
  }

  get stateId(): string {
    return String(this.#frame.snapshot.value);
  }

  get ended(): boolean {
    return this.#frame.snapshot.status === 'done';
  }

  /** The debtor's current turn and what the learner can answer. */
  get turn(): Turn {
    const frame = this.#frame;
    const state = this.#state(this.stateId);
    const meta = state.meta ?? {};
    const outcome = this.#outcome(meta.outcome, meta.unsustainable);
    return {
      state: this.stateId,
      ...(frame.line !== undefined ? { line: frame.line } : {}),
      ...(meta.speaker ? { speaker: meta.speaker } : {}),
      ...(meta.scene ? { scene: meta.scene } : {}),
      ...(meta.excuse ? { excuse: { id: meta.excuse, name: this.#text(excuseTypes.get(meta.excuse)?.name) ?? meta.excuse } } : {}),
      choices: this.available(),
      meters: this.meters(),
      final: state.type === 'final',
      ...(outcome ? { outcome } : {}),
    };
  }

  meters(): MeterReading[] {
    return Object.entries(this.dialogue.meta.meters ?? {}).map(([name, meter]) => ({
      name,
      label: meter.label ?? name,
      value: this.context.meters[name] ?? meter.start,
      min: meter.min,
      max: meter.max,
    }));
  }

  /** Choices whose guards pass now, in the author's order. */
  available(): ChoiceView[] {
    if (this.ended) return [];
    const { table } = this.#compiled;
    const at = table.stateIndex.get(this.stateId);
    const views: ChoiceView[] = [];
    if (at === undefined) return views;
    for (const choice of table.states[at]!.choices) {
      if (enabledBranch(table, choice, this.context)) views.push({ id: choice.id, number: views.length + 1, text: choice.text });
    }
    return views;
  }

  /**
   * Plays a choice. In free-reply mode the interface passes what the learner
   * typed: it is recorded on the step, and coercion the lint read in the typed
   * words flags the step even when the matched choice is lawful.
   */
  choose(choiceId: string, typed?: TypedReply): Step {
    const stateId = this.stateId;
    const state = this.#state(stateId);
    const before = this.context;
    // The branch is picked once; situation rules then judge the reply it takes.
    const taken = this.#compiled.stepper.step(this.#frame.snapshot, choiceId, (branch) => {
      const { situational, severities } = situationFlags(this.#rules, {
        dialogue: this.dialogue,
        stateId,
        state,
        choiceId,
        transition: branch.transition,
        context: before,
        turn: this.#steps.length + 1,
        jurisdiction: this.jurisdiction,
        contact: this.contact,
        language: this.language,
      });
      return { type: choiceId, situationalFlags: situational.map((s) => s.flag), severities, situational };
    });
    if (!taken) throw new ChoiceUnavailableError(choiceId, stateId, this.available().map((c) => c.id));
    const { branch, snapshot } = taken;
    const { situational } = taken.event;
    const frame = this.#enter(snapshot, this.#frame.random);
    const line = this.#frame.line;
    this.#frames.push(frame);

    const after = snapshot.context;
    const meterChanges: Record<string, number> = {};
    for (const [name, value] of Object.entries(after.meters)) {
      const delta = value - (before.meters[name] ?? 0);
      if (delta !== 0) meterChanges[name] = delta;
    }
    const nextState = this.#state(String(snapshot.value));
    const nextMeta = nextState.meta ?? {};
    const meta = { ...branch.transition.meta, text: branch.text };
    const flags: FlagHit[] = [
      ...(meta.flags ?? []).map((id) => this.#flag(id, 'choice', meta.better)),
      ...situational.map((s) => ({ ...this.#flag(s.flag, 'situation', meta.better), because: s.because })),
    ];
    if (typed) {
      // A lawful choice said with a threat: the better reply is the learner's own move without the threat.
      const better = flags.length === 0 ? meta.text : meta.better;
      // Like situation rules, the lint raises no duty the rule set does not have (a consumer-only one on a business debt).
      const owed = typed.flags.filter(({ flag }) => flagUnderProfile(flag, this.jurisdiction).applies);
      flags.push(...typedFlagHits({ ...typed, flags: owed }, flags, (id) => this.#flag(id, 'typed', better)));
    }
    const outcome = this.#outcome(nextMeta.outcome, nextMeta.unsustainable);
    const step: Step = {
      turn: this.#steps.length + 1,
      state: stateId,
      ...(line !== undefined ? { line } : {}),
      ...(state.meta?.excuse ? { excuse: state.meta.excuse } : {}),
      choice: { id: choiceId, text: meta.text },
      ...(typed ? { typed: { text: typed.text, confidence: typed.confidence, flags: typed.flags.map((f) => ({ flag: f.flag, phrase: f.phrase })) } } : {}),
      flags,
      meterChanges,
      meters: { ...after.meters },
      // A reply that breaks a rule earns no credit, however much of the task it does.
      tasks: flags.length ? [] : [...(meta.tasks ?? [])],
      ...(meta.feedback ? { feedback: meta.feedback } : {}),
      ...(meta.reaction ? { reaction: meta.reaction } : {}),
      ...(meta.reveals_reason ? { revealsReason: true as const } : {}),
      next: {
        state: String(snapshot.value),
        ...(frame.line !== undefined ? { line: frame.line } : {}),
        ...(nextMeta.speaker ? { speaker: nextMeta.speaker } : {}),
        ...(nextMeta.scene ? { scene: nextMeta.scene } : {}),
        ...(nextMeta.excuse ? { excuse: nextMeta.excuse } : {}),
      },
      ...(snapshot.status === 'done' && outcome ? { outcome } : {}),
    };
    this.#steps.push(step);
    return step;
  }

  /** Takes the last choice back (practice mode). Returns the step undone. */
  undo(): Step | undefined {
    if (this.mode !== 'practice') throw new UndoNotAllowedError();
    if (this.#steps.length === 0) return undefined;
    this.#frames.pop();
    return this.#steps.pop();
  }

  debrief(): Debrief {
    const dialogue = this.dialogue;
    const taskIds = dialogue.meta.tasks ?? [...coreTasks.keys()];
    const firstTurn = new Map<string, number>();
    for (const step of this.#steps) for (const task of step.tasks) if (!firstTurn.has(task)) firstTurn.set(task, step.turn);
    const tasks = taskIds.map((id) => ({
      id,
      name: this.#text(coreTasks.get(id)?.name) ?? id,
      met: firstTurn.has(id),
      ...(firstTurn.has(id) ? { turn: firstTurn.get(id)! } : {}),
    }));
    const flags = this.#steps.flatMap((step) => step.flags.map((flag) => ({ ...flag, turn: step.turn, choice: step.choice.id })));
    const meters: Record<string, number[]> = {};
    for (const name of Object.keys(dialogue.meta.meters ?? {})) {
      meters[name] = this.#frames.map((frame) => frame.snapshot.context.meters[name] ?? 0);
    }
    const end = this.ended ? this.#state(this.stateId).meta : undefined;
    const outcome = end ? this.#outcome(end.outcome, end.unsustainable) : undefined;
    return {
      dialogue: { id: dialogue.id, title: dialogue.meta.title, language: dialogue.meta.language },
      jurisdiction: { id: this.jurisdiction.id, name: this.#text(this.jurisdiction.name)!, rules: this.#text(this.jurisdiction.rules)! },
      finished: this.ended,
      ...(outcome ? { outcome } : {}),
      turns: this.#steps.length,
      tasks,
      flags,
      meters,
      trueReason: this.#trueReason(),
      score: scoreSession({
        ...(outcome ? { outcome } : {}),
        tasksMet: tasks.filter((t) => t.met).length,
        tasksTotal: tasks.length,
        severities: flags.map((f) => f.severity),
      }),
    };
  }

  #trueReason(): TrueReason {
    const tracked = this.#compiled.table.branches.some((b) => b.transition.meta?.reveals_reason);
    const found = this.#steps.find((step) => step.revealsReason);
    return { reason: this.context.persona.true_reason, tracked, found: found !== undefined, ...(found ? { turn: found.turn } : {}) };
  }

  get #frame(): Frame {
    return this.#frames[this.#frames.length - 1]!;
  }

  #state(id: string): State {
    return this.dialogue.states[id] ?? {};
  }

  #enter(snapshot: MachineSnapshot, random: number): Frame {
    const line = this.#state(String(snapshot.value)).meta?.line;
    if (line === undefined) return { snapshot, random };
    if (typeof line === 'string') return { snapshot, random, line };
    const [chosen, next] = pick(line, random);
    return { snapshot, random: next, line: chosen };
  }

  #outcome(id: string | undefined, unsustainable: string | undefined): OutcomeView | undefined {
    if (id === undefined) return undefined;
    const outcome = outcomes.get(id);
    const kind = outcome?.kind ?? 'partial';
    return {
      id,
      name: this.#text(outcome?.name) ?? id,
      kind: unsustainable !== undefined && kind === 'success' ? 'partial' : kind,
      ...(unsustainable !== undefined ? { unsustainable } : {}),
    };
  }

  #flag(id: string, source: FlagHit['source'], better: string | undefined): FlagHit {
    const flag = coercionFlags.get(id);
    if (!flag) {
      return { id, name: id, severity: 'caution', explanation: '', cost: '', better: better ?? '', references: [], source };
    }
    const local = flagUnderProfile(id, this.jurisdiction);
    return {
      id,
      name: this.#text(flag.name)!,
      severity: local.severity,
      explanation: this.#text(flag.explanation)!,
      cost: this.#text(flag.cost)!,
      better: better ?? this.#text(flag.better)!,
      references: local.references,
      source,
      ...(local.note ? { note: this.#text(local.note)! } : {}),
    };
  }

  #text(text: Record<Language, string> | undefined): string | undefined {
    return text?.[this.language];
  }
}

export const startSession = (compiled: CompiledDialogue, options: SessionOptions = {}) => new Session(compiled, options);

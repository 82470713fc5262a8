import { coercionFlags, coreTasks, excuseTypes, outcomes } from '../catalog/index.js';
import type { CodeWith } from '../diagnostics/codes.js';
import type { Action } from '../schema/action.js';
import type { Dialogue, Transition } from '../schema/dialogue.js';
import type { Guard, LeafGuard } from '../schema/guard.js';
import { didYouMean, didYouMeanOrKnown } from './did-you-mean.js';
import type { Finding } from './finding.js';
import type { Path } from '../load/source-map.js';
import { transitionsOf } from '../schema/transitions.js';

/**
 * Checks a normalised dialogue beyond its shape: the graph (initial state,
 * targets, reachability, ways out, outcomes) and every name it borrows from the
 * catalogs or declares itself. Reports everything in one pass.
 */
export function checkDialogue(dialogue: Dialogue): Finding[] {
  const findings: Finding[] = [];
  const error = (code: CodeWith<'error'>, message: string, path: Path, extra: { atKey?: boolean; hint?: string } = {}) =>
    findings.push({ code, severity: 'error', message, path, ...extra });
  const warn = (code: CodeWith<'warning'>, message: string, path: Path, extra: { atKey?: boolean; hint?: string } = {}) =>
    findings.push({ code, severity: 'warning', message, path, ...extra });
  const hinted = (name: string, known: Iterable<string>) => {
    const hint = didYouMean(name, known);
    return hint ? { hint } : {};
  };
  // A catalog's ids are few and fixed: with no likely typo, name them all.
  const listed = (name: string, known: Iterable<string>) => ({ hint: didYouMeanOrKnown(name, known) });

  const stateIds = Object.keys(dialogue.states);
  const meters = dialogue.meta.meters ?? {};
  const meterNames = Object.keys(meters);

  if (!Object.hasOwn(dialogue.states, dialogue.initial)) {
    error('PAR200', `initial state '${dialogue.initial}' does not exist`, ['initial'], hinted(dialogue.initial, stateIds));
  }

  for (const [name, meter] of Object.entries(meters)) {
    if (meter.min > meter.max) error('PAR216', `meter '${name}' has min ${meter.min} above max ${meter.max}`, ['meta', 'meters', name]);
    else if (meter.start < meter.min || meter.start > meter.max) {
      error('PAR216', `meter '${name}' starts at ${meter.start}, outside its range ${meter.min}..${meter.max}`, ['meta', 'meters', name, 'start']);
    }
  }

  dialogue.meta.debtor.excuses.forEach((excuse, i) => {
    if (!excuseTypes.has(excuse)) error('PAR206', `unknown excuse type '${excuse}'`, ['meta', 'debtor', 'excuses', i], listed(excuse, excuseTypes.keys()));
  });
  (dialogue.meta.tasks ?? []).forEach((task, i) => {
    if (!coreTasks.has(task)) error('PAR207', `unknown core task '${task}'`, ['meta', 'tasks', i], listed(task, coreTasks.keys()));
  });

  const factsSet = new Set(Object.keys(dialogue.context?.facts ?? {}));
  const factsRead: Array<{ fact: string; path: Path }> = [];

  const checkMeter = (meter: string, path: Path) => {
    if (!Object.hasOwn(meters, meter)) error('PAR209', `unknown meter '${meter}'`, path, hinted(meter, meterNames));
  };
  const checkActions = (actions: readonly Action[] | undefined, path: Path) =>
    actions?.forEach((action, i) => {
      const at = [...path, i, 'params'];
      if (action.type === 'setFact') factsSet.add(action.params.fact);
      else checkMeter(action.params.meter, [...at, 'meter']);
    });
  const checkLeaf = (guard: LeafGuard, path: Path) => {
    const at = [...path, 'params'];
    switch (guard.type) {
      case 'meterAtLeast':
      case 'meterAtMost':
        return checkMeter(guard.params.meter, [...at, 'meter']);
      case 'factIs':
        return factsRead.push({ fact: guard.params.fact, path: [...at, 'fact'] });
      case 'visitsAtLeast':
      case 'visitsAtMost':
        if (!Object.hasOwn(dialogue.states, guard.params.state)) {
          error('PAR201', `guard counts visits to unknown state '${guard.params.state}'`, [...at, 'state'], hinted(guard.params.state, stateIds));
        }
        return;
      case 'personaIs':
        return;
    }
  };
  const checkGuard = (guard: Guard | undefined, path: Path) => {
    if (!guard) return;
    if (guard.type === 'all' || guard.type === 'any') guard.params.guards.forEach((g, i) => checkLeaf(g, [...path, 'params', 'guards', i]));
    else if (guard.type === 'not') checkLeaf(guard.params.guard, [...path, 'params', 'guard']);
    else checkLeaf(guard, path);
  };

  const debtorExcuses = new Set(dialogue.meta.debtor.excuses);
  for (const [stateId, state] of Object.entries(dialogue.states)) {
    const base = ['states', stateId];
    const meta = state.meta ?? {};
    const choices = Object.entries(state.on ?? {});
    const final = state.type === 'final';

    if (!final && meta.line === undefined) error('PAR215', `state '${stateId}' has no line for the debtor`, base, { atKey: true });
    if (meta.excuse !== undefined) {
      if (!excuseTypes.has(meta.excuse)) error('PAR206', `unknown excuse type '${meta.excuse}'`, [...base, 'meta', 'excuse'], listed(meta.excuse, excuseTypes.keys()));
      else if (!debtorExcuses.has(meta.excuse)) {
        warn('PAR218', `line voices '${meta.excuse}', which is not among the debtor's excuses`, [...base, 'meta', 'excuse'], { hint: 'add it to meta.debtor.excuses' });
      }
    }
    if (final) {
      if (meta.outcome === undefined) error('PAR204', `final state '${stateId}' has no outcome`, base, { atKey: true, hint: `add 'outcome: ${[...outcomes.keys()][0]}' or another outcome id` });
      if (choices.length) error('PAR213', `final state '${stateId}' cannot have choices`, [...base, 'on'], { atKey: true });
    } else {
      if (meta.outcome !== undefined) error('PAR214', `outcome on state '${stateId}', which is not final`, [...base, 'meta', 'outcome'], { hint: "add 'type: final'" });
      if (!choices.length) error('PAR203', `state '${stateId}' is a dead end: it is not final and has no choices`, base, { atKey: true });
      if (meta.unsustainable !== undefined) {
        error('PAR220', `'unsustainable' on state '${stateId}', which is not an ending`, [...base, 'meta', 'unsustainable'], {
          hint: "only an ending's outcome can fail to hold: add 'type: final' and an outcome, or remove it",
        });
      }
    }
    if (meta.outcome !== undefined && !outcomes.has(meta.outcome)) {
      error('PAR208', `unknown outcome '${meta.outcome}'`, [...base, 'meta', 'outcome'], listed(meta.outcome, outcomes.keys()));
    }
    checkActions(state.entry, [...base, 'entry']);

    for (const [choiceId, value] of choices) {
      const branches: readonly Transition[] = Array.isArray(value) ? value : [value];
      branches.forEach((transition, i) => {
        const at = Array.isArray(value) ? [...base, 'on', choiceId, i] : [...base, 'on', choiceId];
        if (!Object.hasOwn(dialogue.states, transition.target)) {
          error('PAR201', `choice '${choiceId}' leads to unknown state '${transition.target}'`, [...at, 'target'], hinted(transition.target, stateIds));
        }
        if (i === 0 && !transition.meta?.text) error('PAR212', `choice '${choiceId}' has no text for the learner`, at, { atKey: true });
        checkGuard(transition.guard, [...at, 'guard']);
        checkActions(transition.actions, [...at, 'actions']);
        const meta = transition.meta ?? {};
        (meta.flags ?? []).forEach((flag, j) => {
          if (!coercionFlags.has(flag)) error('PAR205', `unknown coercion flag '${flag}'`, [...at, 'meta', 'flags', j], listed(flag, coercionFlags.keys()));
        });
        (meta.tasks ?? []).forEach((task, j) => {
          if (!coreTasks.has(task)) error('PAR207', `unknown core task '${task}'`, [...at, 'meta', 'tasks', j], listed(task, coreTasks.keys()));
        });
        if (meta.flags?.length && !meta.better) {
          warn('PAR211', `flagged choice '${choiceId}' has no 'better' alternative; the catalog's generic one will be shown`, [...at, 'meta', 'flags']);
        }
      });
    }
  }

  for (const { fact, path } of factsRead) {
    if (!factsSet.has(fact)) warn('PAR219', `fact '${fact}' is read by a guard but never set`, path, hinted(fact, factsSet));
  }

  if (Object.hasOwn(dialogue.states, dialogue.initial)) {
    const reached = reachableStates(dialogue);
    for (const stateId of stateIds) {
      if (!reached.has(stateId)) error('PAR202', `state '${stateId}' cannot be reached from '${dialogue.initial}'`, ['states', stateId], { atKey: true });
    }
  }
  return findings;
}

/** States reachable by following targets, ignoring guards (analysis with guards is `parley analyze`). */
export function reachableStates(dialogue: Dialogue): Set<string> {
  const reached = new Set<string>([dialogue.initial]);
  const queue = [dialogue.initial];
  while (queue.length) {
    const state = dialogue.states[queue.pop()!];
    for (const { transition } of transitionsOf(state)) {
      if (!reached.has(transition.target) && Object.hasOwn(dialogue.states, transition.target)) {
        reached.add(transition.target);
        queue.push(transition.target);
      }
    }
  }
  return reached;
}

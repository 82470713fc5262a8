import fc from 'fast-check';
import { COERCION_FLAGS, CORE_TASKS, EXCUSE_TYPES, OUTCOMES } from '../../src/catalog/index.js';

/**
 * fast-check arbitraries for whole, valid dialogues: random states (short or
 * machine form), lines and variants, choices with random targets, guards on
 * meters, facts, visits and persona, meter and fact actions, flags, tasks and
 * outcomes from the catalogs. Every state is reachable (a spine of unguarded
 * first choices runs from the initial state to an ending) and every non-final
 * state keeps an unguarded first choice, so a walk can always go on.
 *
 * Texts include escape sequences, bidi overrides and YAML-significant
 * characters, so the same dialogues test terminal safety and YAML round trips.
 */

const flagIds = COERCION_FLAGS.map((f) => f.id);
const taskIds = CORE_TASKS.map((t) => t.id);
const outcomeIds = OUTCOMES.map((o) => o.id);
const excuseIds = EXCUSE_TYPES.map((e) => e.id);

/** Valid names that sit close to reserved ones or to YAML's special words. */
const NAME_PREFIXES = ['s', 'state_', 'constructor_', '_proto', 'Has-Own', 'yes', 'null', 'x-1', 'toString2'];

const SPECIALS = ['\u001b]0;title\u0007', '\u001b[2J', '\u009b5A', '\u202e', '\u2066', '\n', '\t', '"', "'", ': ', ' #', '- ', '{', '[', '&a', '*a', '!!str', '%', '@', '`', '|', '>', '\\', 'yes', 'null', '~', '0x10', '1e309'];
const textUnit = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...SPECIALS) }, { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) });
/** Non-empty text, as authors write it (or as a hostile file does). */
export const textArb = fc.string({ unit: textUnit, minLength: 1, maxLength: 24 });

const lineArb = fc.oneof(textArb, fc.array(textArb, { minLength: 1, maxLength: 3 }));

interface Names {
  states: string[];
  finals: string[];
  meters: string[];
  facts: string[];
}

const leafGuardArb = (names: Names) =>
  fc.oneof(
    fc.record({ type: fc.constantFrom('meterAtLeast', 'meterAtMost'), params: fc.record({ meter: fc.constantFrom(...names.meters), value: fc.integer({ min: -2, max: 12 }) }) }),
    ...(names.facts.length
      ? [fc.record({ type: fc.constant('factIs'), params: fc.record({ fact: fc.constantFrom(...names.facts), value: fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b')) }) })]
      : []),
    fc.record({ type: fc.constantFrom('visitsAtLeast', 'visitsAtMost'), params: fc.record({ state: fc.constantFrom(...names.states), count: fc.integer({ min: 0, max: 3 }) }) }),
    fc.record({
      type: fc.constant('personaIs'),
      params: fc.record(
        { ability: fc.constantFrom('able', 'unable'), willingness: fc.constantFrom('willing', 'unwilling'), temperament: fc.constantFrom('calm', 'evasive', 'anxious', 'hostile') },
        { requiredKeys: [] },
      ),
    }),
  );

const guardArb = (names: Names) =>
  fc.oneof(
    { weight: 4, arbitrary: leafGuardArb(names) },
    fc.record({ type: fc.constantFrom('all', 'any'), params: fc.record({ guards: fc.array(leafGuardArb(names), { minLength: 1, maxLength: 3 }) }) }),
    fc.record({ type: fc.constant('not'), params: fc.record({ guard: leafGuardArb(names) }) }),
  );

const actionArb = (names: Names) =>
  fc.oneof(
    fc.record({ type: fc.constant('changeMeter'), params: fc.record({ meter: fc.constantFrom(...names.meters), by: fc.integer({ min: -3, max: 3 }) }) }),
    fc.record({ type: fc.constant('setMeter'), params: fc.record({ meter: fc.constantFrom(...names.meters), value: fc.integer({ min: 0, max: 10 }) }) }),
    ...(names.facts.length
      ? [fc.record({ type: fc.constant('setFact'), params: fc.record({ fact: fc.constantFrom(...names.facts), value: fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b')) }) })]
      : []),
  );

const teachingArb = fc.record(
  {
    flags: fc.subarray(flagIds, { minLength: 1, maxLength: 2 }),
    tasks: fc.subarray(taskIds, { minLength: 1, maxLength: 2 }),
    feedback: textArb,
    reaction: textArb,
  },
  { requiredKeys: [] },
);

interface ChoicePlan {
  id: string;
  target: string;
  guarded: boolean;
}

/** One choice in the short form or as an `on` entry (sometimes as guarded branches). */
const choiceArb = (plan: ChoicePlan, names: Names, form: 'short' | 'machine') =>
  fc
    .record({
      text: textArb,
      guard: plan.guarded ? guardArb(names).map((g) => g as unknown) : fc.constant(undefined),
      actions: fc.array(actionArb(names), { maxLength: 2 }),
      teaching: teachingArb,
      better: textArb,
      branches: fc.boolean(),
    })
    .map(({ text, guard, actions, teaching, better, branches }) => {
      const meta = { text, ...teaching, ...(teaching.flags ? { better } : {}) };
      if (form === 'short') {
        return { id: plan.id, target: plan.target, ...meta, ...(guard ? { guard } : {}), ...(actions.length ? { actions } : {}) };
      }
      const transition = { target: plan.target, ...(guard ? { guard } : {}), ...(actions.length ? { actions } : {}), meta };
      // XState's array form: the first branch whose guard passes is taken; a plain fallback keeps it available.
      if (branches && guard) return [transition, { target: plan.target, meta: { text } }];
      return transition;
    });

/** A whole valid dialogue as plain data, ready for YAML.stringify. */
export const dialogueArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    stateCount: fc.integer({ min: 1, max: 6 }),
    finalCount: fc.integer({ min: 1, max: 3 }),
    extraMeters: fc.integer({ min: 0, max: 2 }),
    factCount: fc.integer({ min: 0, max: 3 }),
    prefix: fc.constantFrom(...NAME_PREFIXES),
  })
  .chain(({ stateCount, finalCount, extraMeters, factCount, prefix }) => {
    const names: Names = {
      states: Array.from({ length: stateCount }, (_, i) => `${prefix}${i}`),
      finals: Array.from({ length: finalCount }, (_, i) => `end_${i}`),
      meters: ['trust', 'cooperation', 'legal_exposure', ...Array.from({ length: extraMeters }, (_, i) => `patience${i}`)],
      facts: Array.from({ length: factCount }, (_, i) => `fact_${i}`),
    };
    const all = [...names.states, ...names.finals];
    // Spine: s0 → s1 → … → end_0, unguarded; extra endings hang off random states.
    const planArb = fc.tuple(
      ...names.states.map((_, i) =>
        fc.array(fc.record({ target: fc.constantFrom(...all), guarded: fc.boolean() }), { maxLength: 3 }).map((extra) => [
          { target: i + 1 < stateCount ? names.states[i + 1]! : names.finals[0]!, guarded: false },
          ...extra,
        ]),
      ),
      fc.array(fc.nat({ max: stateCount - 1 }), { minLength: finalCount - 1, maxLength: finalCount - 1 }),
    );
    return planArb.chain((planned) => {
      const hangers = planned.pop() as number[];
      const plans = planned as Array<Array<{ target: string; guarded: boolean }>>;
      hangers.forEach((stateIndex, j) => plans[stateIndex]!.push({ target: names.finals[j + 1]!, guarded: false }));

      const stateArbs = names.states.map((id, i) =>
        fc.record({ form: fc.constantFrom('short' as const, 'machine' as const), line: lineArb, scene: fc.option(textArb, { nil: undefined }), speaker: fc.option(textArb, { nil: undefined }), excuse: fc.constantFrom(...excuseIds.slice(0, 3)) }).chain(
          ({ form, line, scene, speaker, excuse }) =>
            fc.tuple(...plans[i]!.map((plan, k) => choiceArb({ id: `c${k}`, ...plan }, names, form))).map((choices) => {
              const state: Record<string, unknown> = {};
              if (form === 'short') {
                Object.assign(state, { line, excuse, ...(scene ? { scene } : {}), ...(speaker ? { speaker } : {}), choices });
              } else {
                state.meta = { line, excuse, ...(scene ? { scene } : {}), ...(speaker ? { speaker } : {}) };
                state.on = Object.fromEntries(choices.map((c, k) => [`c${k}`, c]));
              }
              return [id, state] as const;
            }),
        ),
      );
      const finalArbs = names.finals.map((id) =>
        fc.record({ line: fc.option(lineArb, { nil: undefined }), outcome: fc.constantFrom(...outcomeIds) }).map(({ line, outcome }) => [id, { type: 'final', ...(line ? { line } : {}), outcome }] as const),
      );
      return fc
        .record({
          states: fc.tuple(...stateArbs, ...finalArbs),
          title: textArb,
          name: textArb,
          persona: fc.record({
            ability: fc.constantFrom('able', 'unable'),
            willingness: fc.constantFrom('willing', 'unwilling'),
            temperament: fc.constantFrom('calm', 'evasive', 'anxious', 'hostile'),
            true_reason: textArb,
          }),
          language: fc.constantFrom('en', 'es', 'zh'),
          facts: fc.tuple(...names.facts.map(() => fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b')))),
          meterRanges: fc.tuple(
            ...names.meters.slice(3).map(() => fc.tuple(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 5, max: 20 }))),
          ),
        })
        .map(({ states, title, name, persona, language, facts, meterRanges }) => ({
          id: `${prefix}dialogue`,
          initial: names.states[0],
          ...(names.facts.length ? { context: { facts: Object.fromEntries(names.facts.map((f, i) => [f, facts[i]])) } } : {}),
          meta: {
            title,
            language,
            setting: { channel: 'phone', debt_kind: 'credit_card', stage: 'early' },
            debtor: { name, persona, excuses: excuseIds.slice(0, 3), debt: { amount: 250, currency: 'USD', days_past_due: 30 } },
            ...(meterRanges.length
              ? { meters: Object.fromEntries(meterRanges.map(([min, start, max], i) => [`patience${i}`, { label: `Patience ${i}`, min, max, start }])) }
              : {}),
          },
          states: Object.fromEntries(states),
        }));
    });
  });

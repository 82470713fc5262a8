import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transitionsOf } from '../src/schema/transitions.js';
import { resolveProfile } from '../src/catalog/dialogue-jurisdiction.js';
import { findVersion, loadLibrary } from '../src/io/dialogue-library.js';
import { DEFAULT_METERS } from '../src/validate/normalize.js';
import type { ChoiceMeta, Dialogue, StateMeta } from '../src/schema/dialogue.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

/**
 * Language versions of a dialogue share its id. A version set under the same
 * rules as its English original is a translation: the same machine with
 * different words (tests, coverage and reports compare them state by state), so
 * it keeps every id, target, guard, action, flag, task and outcome. A version
 * set in its own country (a Chinese version in China under Chinese rules) is a
 * call there, not a translated US call: it keeps the story (the debtor's
 * excuses and the kind of debt) but may take another shape. Either way none of
 * its lines may still be the English text.
 */

const TRANSLATION_FILE = /\.(es|zh)\.ya?ml$/;
const STATE_TEXT_KEYS = ['line', 'scene', 'speaker'] as const satisfies readonly (keyof StateMeta)[];
const CHOICE_TEXT_KEYS = ['text', 'feedback', 'better', 'reaction'] as const satisfies readonly (keyof ChoiceMeta)[];
const BLANK = '‹text›';

/** The US debt-collector disclosure and its fixed wording in each language (locked: compared exactly). */
const US_DISCLOSURE_EN = /attempt to collect a debt/i;
const US_DISCLOSURE: Record<'es' | 'zh', string> = {
  es: 'Esta es una comunicación de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se utilizará para ese fin.',
  zh: '这是一次债务催收沟通，我们正在尝试收回一笔欠款，所获得的任何信息都将用于此目的。',
};

type TextHolder = Record<string, unknown>;

/** Calls `visit` for every learner-visible text field of a dialogue (names and money excluded). */
function visitTexts(dialogue: Dialogue, visit: (holder: TextHolder, key: string, where: string) => void): void {
  const { meta } = dialogue;
  visit(meta as TextHolder, 'title', 'meta.title');
  visit(meta as TextHolder, 'summary', 'meta.summary');
  visit(meta.setting as TextHolder, 'place', 'meta.setting.place');
  visit(meta.debtor.persona as TextHolder, 'true_reason', 'meta.debtor.persona.true_reason');
  // The loader fills in the built-in meters with their interface labels; only labels an author wrote are dialogue text.
  for (const [meterId, meter] of Object.entries(meta.meters ?? {})) {
    if (meter.label !== DEFAULT_METERS[meterId]?.label) visit(meter as TextHolder, 'label', `meta.meters.${meterId}.label`);
  }
  for (const [stateId, state] of Object.entries(dialogue.states)) {
    for (const key of STATE_TEXT_KEYS) if (state.meta) visit(state.meta as TextHolder, key, `states.${stateId}.${key}`);
    for (const { choiceId, branch, transition } of transitionsOf(state)) {
      for (const key of CHOICE_TEXT_KEYS) {
        if (transition.meta) visit(transition.meta as TextHolder, key, `states.${stateId}.on.${choiceId}[${branch}].${key}`);
      }
    }
  }
}

/** Every visible text with where it sits; line variants count one by one. */
function humanTexts(dialogue: Dialogue): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  visitTexts(dialogue, (holder, key, where) => {
    const value = holder[key];
    if (typeof value === 'string') texts.push({ where, text: value });
    if (Array.isArray(value)) value.forEach((text: string, i) => texts.push({ where: `${where}[${i}]`, text }));
  });
  return texts;
}

/**
 * The dialogue with its words taken out: what must be identical across languages.
 * Text becomes a placeholder (so a missing `better` or a dropped line variant
 * still shows); names, the amount and the currency are local and left out.
 */
function structureOf(dialogue: Dialogue): unknown {
  const copy = structuredClone(dialogue);
  visitTexts(copy, (holder, key) => {
    const value = holder[key];
    if (typeof value === 'string') holder[key] = BLANK;
    if (Array.isArray(value)) holder[key] = value.map(() => BLANK);
  });
  const { meta } = copy;
  const { name: _name, business: _business, debt, ...debtor } = meta.debtor;
  const { language: _language, collector: _collector, ...rest } = meta;
  return { ...copy, meta: { ...rest, debtor: { ...debtor, days_past_due: debt.days_past_due } } };
}

/** Texts of the translation that are word for word an English text of the original. */
function untranslated(english: Dialogue, translation: Dialogue): string[] {
  const englishTexts = new Set(humanTexts(english).map((t) => t.text));
  return humanTexts(translation)
    .filter((t) => englishTexts.has(t.text))
    .map((t) => `${t.where}: ${t.text}`);
}

const library = loadLibrary(['dialogues']);
const translations = library.entries.filter((entry) => TRANSLATION_FILE.test(entry.file));

it('loads every dialogue file, and there are Spanish and Chinese versions to check', () => {
  expect(library.problems).toEqual([]);
  for (const language of ['es', 'zh']) {
    expect(translations.filter((t) => t.language === language).length, language).toBeGreaterThanOrEqual(2);
  }
});

describe.each(translations.map((entry) => [basename(entry.file), entry] as const))('%s', (_name, entry) => {
  const translation = entry.loaded.compiled.dialogue;
  const original = findVersion(library, entry.id, 'en');

  it('is in the language its file name says, and has an English original with the same id', () => {
    expect(entry.language).toBe(TRANSLATION_FILE.exec(entry.file)![1]);
    expect(original, `an English dialogue with id '${entry.id}'`).toBeDefined();
  });
  if (!original) return;
  const english = original.loaded.compiled.dialogue;

  const sameRules = (d: Dialogue) => {
    const profile = resolveProfile(d);
    return `${profile.id}:${profile.debts}`;
  };
  if (sameRules(translation) === sameRules(english)) {
    it('is set under the same rules as the English, so it has the same states, choices, targets, guards, actions, flags, tasks and outcomes', () => {
      expect(structureOf(translation)).toEqual(structureOf(english));
    });

    it('gives the US debt-collector disclosure in its fixed wording wherever the English gives it', () => {
      const fixed = US_DISCLOSURE[entry.language as 'es' | 'zh'];
      const englishTexts = humanTexts(english);
      const translated = new Map(humanTexts(translation).map((t) => [t.where, t.text]));
      const disclosures = englishTexts.filter((t) => US_DISCLOSURE_EN.test(t.text) && t.where.endsWith('.text'));
      for (const { where } of disclosures) expect(translated.get(where), where).toContain(fixed);
    });
  } else {
    it('is set in its own country and keeps the story: the same excuses and the same kind of debt', () => {
      expect(translation.meta.debtor.excuses).toEqual(english.meta.debtor.excuses);
      expect(resolveProfile(translation).debts).toBe(resolveProfile(english).debts);
    });

    it('carries no US disclosure, which only US consumer calls need', () => {
      const fixed = US_DISCLOSURE[entry.language as 'es' | 'zh'];
      expect(humanTexts(translation).filter((t) => t.text.includes(fixed))).toEqual([]);
    });
  }

  it('has no line, choice or coaching text left in English', () => {
    expect(untranslated(english, translation)).toEqual([]);
  });
});

describe('the parity check itself', () => {
  const english = compileText(MINIMAL_DIALOGUE).dialogue;
  const spanish = compileText(
    MINIMAL_DIALOGUE.replace('language: en', 'language: es')
      .replace('"Hello?"', '"¿Bueno?"')
      .replace('"Can you pay today?"', '"¿Puede pagar hoy?"')
      .replace('"Pay up, deadbeat."', '"Pague ya, moroso."')
      .replace('"Ask calmly for payment."', '"Pida el pago con calma."')
      .replace('"Okay."', '"Está bien."')
      .replace('Forgot the due date.', 'Se le olvidó la fecha.')
      .replace('title: Minimal', 'title: Mínimo'),
  ).dialogue;

  it('holds for a faithful translation', () => {
    expect(structureOf(spanish)).toEqual(structureOf(english));
    expect(untranslated(english, spanish)).toEqual([]);
  });

  it('notices a choice that leads somewhere else than in the English', () => {
    const changed = structuredClone(spanish);
    const choice = changed.states.start!.on!.ask!;
    (Array.isArray(choice) ? choice[0]! : choice).target = 'start';
    expect(structureOf(changed)).not.toEqual(structureOf(english));
  });

  it('notices a dropped flag and a missing better alternative', () => {
    for (const drop of ['flags', 'better'] as const) {
      const changed = structuredClone(spanish);
      const choice = changed.states.start!.on!.shout!;
      delete (Array.isArray(choice) ? choice[0]! : choice).meta![drop];
      expect(structureOf(changed), drop).not.toEqual(structureOf(english));
    }
  });

  it('names a line left in English, and ignores the debtor and collector names', () => {
    const changed = structuredClone(spanish);
    changed.states.done!.meta!.line = english.states.done!.meta!.line!;
    changed.meta.debtor.name = 'Someone Else';
    expect(untranslated(english, changed)).toEqual([`states.done.line: ${english.states.done!.meta!.line}`]);
  });
});

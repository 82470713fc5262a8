import { SITUATION_RULES } from '../catalog/situation-rules.js';
import type { JurisdictionProfile, SituationRuleDefinition } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';
import { callLimitBreaches, flagUnderProfile, outsideContactHours } from './jurisdiction.js';
import { isDemand, mentionsDebt } from './reply-kind.js';
import type { SituationInput, SituationRule } from './situation.js';

const PERIOD: Record<'week' | 'day', Record<Language, string>> = {
  week: { en: 'in 7 days', es: 'en 7 días', zh: '7天内' },
  day: { en: 'today', es: 'hoy', zh: '今天' },
};

/** How long ago the last conversation was, as a sentence says it. */
const AGO: Record<Language, (days: number) => string> = {
  en: (days) => (days === 0 ? 'earlier today' : days === 1 ? 'yesterday' : `${days} days ago`),
  es: (days) => (days === 0 ? 'hoy mismo' : days === 1 ? 'ayer' : `hace ${days} días`),
  zh: (days) => (days === 0 ? '今天早些时候' : days === 1 ? '昨天' : `${days}天前`),
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Turns a rule from the catalog (data) into a check the session runs on every reply. */
export function situationRule(definition: SituationRuleDefinition): SituationRule {
  const { when } = definition;
  // Profiles are catalog data and never change, so whether the flag applies under one is worked out once
  // (path analysis asks for every branch of a long dialogue).
  const appliesUnder = new WeakMap<JurisdictionProfile, boolean>();
  return {
    id: definition.id,
    check(input: SituationInput) {
      let applies = appliesUnder.get(input.jurisdiction);
      if (applies === undefined) {
        applies = flagUnderProfile(definition.flag, input.jurisdiction).applies;
        appliesUnder.set(input.jurisdiction, applies);
      }
      if (!applies) return undefined;
      const { facts } = input.context;
      if (when.facts && !when.facts.every((fact) => facts[fact] === true)) return undefined;
      if (when.unlessFacts && when.unlessFacts.some((fact) => facts[fact] === true)) return undefined;
      const tags = input.state.tags ?? [];
      if (when.tags && !when.tags.every((tag) => tags.includes(tag))) return undefined;

      const meta = input.transition.meta;
      if (definition.reply === 'demand' && !isDemand(meta)) return undefined;
      if (definition.reply === 'mentions_debt' && !mentionsDebt(meta)) return undefined;
      if (definition.reply === 'first' && input.turn !== 1) return undefined;

      const values: Record<string, string | number> = {};
      const profile = input.jurisdiction;
      if (when.contact === 'outside_hours') {
        const time = input.contact.local_time;
        if (time === undefined || !outsideContactHours(time, profile)) return undefined;
        Object.assign(values, { time, from: profile.contactHours!.from, to: profile.contactHours!.to });
      } else if (when.contact === 'over_call_limit' || when.contact === 'soon_after_conversation') {
        // The frequency limits count telephone calls; a visit is not one.
        if (input.dialogue.meta.setting.channel !== 'phone') return undefined;
        const breaches = callLimitBreaches(
          {
            attemptsThisWeek: input.contact.attempts_this_week,
            attemptsToday: input.contact.attempts_today,
            daysSinceConversation: input.contact.days_since_conversation,
          },
          profile,
        );
        // Each rule speaks of its own limit, so a call over the count and inside the gap is told both.
        const over = breaches.find((b) => (b.period === 'conversation') === (when.contact === 'soon_after_conversation'));
        if (!over) return undefined;
        if (over.period === 'conversation') Object.assign(values, { ago: AGO[input.language](over.days), limit: over.limit });
        else Object.assign(values, { attempts: over.attempts, limit: over.limit, period: PERIOD[over.period][input.language] });
        if (over.period !== 'conversation' && profile.callLimits?.basis === 'training' && definition.becauseTraining) {
          return { flag: definition.flag, because: fill(definition.becauseTraining[input.language], values) };
        }
      }
      return { flag: definition.flag, because: fill(definition.because[input.language], values) };
    },
  };
}

/** Every rule in the catalog: what a session applies unless told otherwise. */
export const DEFAULT_SITUATION_RULES: readonly SituationRule[] = SITUATION_RULES.map(situationRule);

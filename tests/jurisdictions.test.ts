import { describe, expect, it } from 'vitest';
import { COERCION_FLAGS } from '../src/catalog/index.js';
import { JURISDICTIONS, jurisdictionProfile } from '../src/catalog/jurisdictions.js';
import { LAW_SCOPE } from '../src/catalog/law-scope.js';
import { debtPurpose, resolveProfile } from '../src/catalog/dialogue-jurisdiction.js';
import { flagUnderProfile, outsideContactHours, overCallLimit } from '../src/engine/jurisdiction.js';
import { Session } from '../src/engine/session.js';
import { JurisdictionSchema } from '../src/schema/catalog.js';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const CARD = 'tests/fixtures/jurisdiction/card-call.yaml';
const SUPPLIER = 'tests/fixtures/jurisdiction/supplier-visit.yaml';

describe('jurisdictions', () => {
  it('are valid data with a consumer and a commercial rule set, naming only flags that exist', () => {
    const flags = new Set(COERCION_FLAGS.map((f) => f.id));
    for (const jurisdiction of JURISDICTIONS) {
      expect(JurisdictionSchema.safeParse(jurisdiction).success, jurisdiction.id).toBe(true);
      for (const set of [jurisdiction.consumer, jurisdiction.commercial]) {
        for (const id of Object.keys(set.flags)) expect(flags, `${jurisdiction.id}: ${id}`).toContain(id);
      }
    }
    expect(JURISDICTIONS.map((j) => j.id)).toEqual(['us', 'uk', 'cn', 'mx']);
  });

  it("gives every flag only the rule set's own references, or its general one", () => {
    for (const { id } of JURISDICTIONS) {
      for (const debts of ['consumer', 'commercial'] as const) {
        const profile = jurisdictionProfile(id, debts);
        for (const flag of COERCION_FLAGS) {
          const { references } = flagUnderProfile(flag.id, profile);
          expect(references.length).toBeGreaterThan(0);
          for (const r of references) expect(r.jurisdiction, `${id} ${debts} ${flag.id}`).toBe(id);
        }
      }
    }
  });

  it('never cites a consumer-only instrument for a business debt', () => {
    const consumerOnly = (law: string, debts?: readonly string[]) => (debts ?? LAW_SCOPE[law] ?? []).every((d) => d === 'consumer') && (debts ?? LAW_SCOPE[law]) !== undefined;
    for (const { id } of JURISDICTIONS) {
      const business = jurisdictionProfile(id, 'commercial');
      expect(consumerOnly(business.generalReference.law, business.generalReference.debts), `${id} general`).toBe(false);
      for (const flag of COERCION_FLAGS) {
        for (const r of flagUnderProfile(flag.id, business).references) {
          expect(consumerOnly(r.law, r.debts), `${id} business ${flag.id}: ${r.law} ${r.cite}`).toBe(false);
        }
      }
    }
  });

  it('changes severities where the rules differ, and by the kind of debt', () => {
    const [us, uk, cn] = (['us', 'uk', 'cn'] as const).map((id) => jurisdictionProfile(id, 'consumer'));
    expect(flagUnderProfile('false_deadline', uk!).severity).toBe('violation');
    expect(flagUnderProfile('pressure_to_borrow', cn!).severity).toBe('violation');
    expect(flagUnderProfile('contact_after_cease', cn!)).toMatchObject({ applies: false, severity: 'caution' });
    expect(flagUnderProfile('missing_disclosure', us!).severity).toBe('violation');
    // No mini-Miranda is owed on a business debt: the flag does not apply there.
    expect(flagUnderProfile('missing_disclosure', jurisdictionProfile('us', 'commercial'))).toMatchObject({ applies: false, severity: 'caution' });
    expect(flagUnderProfile('threat_of_harm', jurisdictionProfile('us', 'commercial')).severity).toBe('violation');
  });

  it('only US consumer debts require the US disclosure', () => {
    expect(jurisdictionProfile('us', 'consumer').requiredWording.map((w) => w.id)).toEqual(['us_collector_disclosure']);
    for (const { id } of JURISDICTIONS) expect(jurisdictionProfile(id, 'commercial').requiredWording, id).toEqual([]);
    for (const id of ['uk', 'cn', 'mx'] as const) expect(jurisdictionProfile(id, 'consumer').requiredWording, id).toEqual([]);
  });

  it("plays a dialogue where it is set, for its kind of debt, unless asked otherwise", () => {
    const compiled = compileText(MINIMAL_DIALOGUE);
    expect(resolveProfile(compiled.dialogue)).toMatchObject({ id: 'us', debts: 'consumer' });
    const declared = compileText(MINIMAL_DIALOGUE.replace('  debtor:', '  jurisdictions: [cl, cn, uk]\n  debtor:').replace('currency: USD', 'currency: CNY'));
    expect(resolveProfile(declared.dialogue).id).toBe('cn');
    expect(resolveProfile(declared.dialogue, 'uk').id).toBe('uk');
    const invoice = compileText(MINIMAL_DIALOGUE.replace('debt_kind: credit_card', 'debt_kind: supplier_invoice'));
    expect(debtPurpose(invoice.dialogue)).toBe('commercial');
    const declaredConsumer = compileText(MINIMAL_DIALOGUE.replace('days_past_due: 10 }', 'days_past_due: 10, purpose: consumer }').replace('debt_kind: credit_card', 'debt_kind: supplier_invoice'));
    expect(debtPurpose(declaredConsumer.dialogue)).toBe('consumer');
  });

  it('the session scores and explains a flag under its rule set, and the debrief names it', () => {
    const compiled = compileText(MINIMAL_DIALOGUE);
    const uk = new Session(compiled, { seed: 1, jurisdiction: 'uk' });
    const flag = uk.choose('shout').flags[0]!;
    expect(flag.references.every((r) => r.jurisdiction === 'uk')).toBe(true);
    expect(uk.debrief().jurisdiction).toEqual({ id: 'uk', name: 'United Kingdom', rules: 'FCA Consumer Credit sourcebook (CONC 7)' });
    expect(new Session(compiled, { seed: 1 }).debrief().jurisdiction.id).toBe('us');
  });
});

describe('contact hours and call frequency', () => {
  const us = jurisdictionProfile('us', 'consumer');
  const cn = jurisdictionProfile('cn', 'consumer');

  it('bars only calls after 9 p.m. in the US, and from 22:00 in China', () => {
    expect(outsideContactHours('21:00', us)).toBe(false);
    expect(outsideContactHours('21:01', us)).toBe(true);
    expect(outsideContactHours('07:59', us)).toBe(true);
    expect(outsideContactHours('08:00', us)).toBe(false);
    expect(outsideContactHours('21:59', cn)).toBe(false);
    expect(outsideContactHours('22:00', cn)).toBe(true);
  });

  it('limits no hours or calls on a US business debt', () => {
    const business = jurisdictionProfile('us', 'commercial');
    expect(outsideContactHours('23:30', business)).toBe(false);
    expect(overCallLimit({ attemptsThisWeek: 30, attemptsToday: 12 }, business)).toBeUndefined();
  });

  it('presumes a US call within 7 days after a conversation a violation (the conversation day is day 1)', () => {
    expect(overCallLimit({ daysSinceConversation: 6 }, us)).toEqual({ period: 'conversation', days: 6, limit: 7 });
    expect(overCallLimit({ daysSinceConversation: 7 }, us)).toBeUndefined();
    expect(overCallLimit({ daysSinceConversation: 0 }, jurisdictionProfile('uk', 'consumer'))).toBeUndefined();
  });

  it('flags UK call counts past the training threshold as coercive, not as a bright-line breach', () => {
    const uk = jurisdictionProfile('uk', 'consumer');
    expect(overCallLimit({ attemptsToday: 4 }, uk)).toMatchObject({ period: 'day', attempts: 4 });
    expect(overCallLimit({ attemptsToday: 3, attemptsThisWeek: 7 }, uk)).toBeUndefined();
    expect(flagUnderProfile('call_frequency', uk).severity).toBe('coercive');
  });
});

describe('--jurisdiction and the contact moment on the command line', () => {
  it('parley run shows the rule of the chosen jurisdiction and names it in the debrief', async () => {
    const us = await parley(['run', CARD, '-c', 'tell_boss', '--seed', '1']);
    expect(us.stdout).toMatch(/rule: FDCPA 15 U\.S\.C\. 1692e\(5\)/);
    expect(us.stdout).toContain('Rules: us — FDCPA and Regulation F');
    const uk = await parley(['run', CARD, '-c', 'tell_boss', '--seed', '1', '--jurisdiction', 'uk']);
    expect(uk.stdout).not.toContain('FDCPA');
    expect(uk.stdout).toContain('Rules: uk — FCA Consumer Credit sourcebook (CONC 7)');
    const cn = JSON.parse((await parley(['run', CARD, '-c', 'tell_boss', '--jurisdiction', 'cn', '--json'])).stdout);
    expect(cn.jurisdiction).toBe('cn');
    expect(cn.debrief.jurisdiction.id).toBe('cn');
  });

  it('judges a business debt without consumer law', async () => {
    const run = await parley(['run', SUPPLIER, '-c', 'skip_disclosure', '--seed', '1']);
    expect(run.stdout).toContain('Rules: us — Business debt');
    expect(run.stdout).not.toMatch(/FDCPA 15|Reg F 12 CFR/);
    expect(run.stdout).toContain('— caution —');
  });

  it('parley validate names the rules used, business debts apart', async () => {
    expect((await parley(['validate', CARD])).stdout).toContain('us rules (FDCPA and Regulation F)');
    expect((await parley(['validate', SUPPLIER])).stdout).toContain('us business rules (Business debt:');
    expect((await parley(['validate', 'tests/fixtures/jurisdiction/'])).stdout).toContain('rules: us ×1, us business ×1');
    const json = JSON.parse((await parley(['validate', CARD, '--json', '--jurisdiction', 'uk'])).stdout);
    expect(json.jurisdictions).toEqual([{ file: CARD, jurisdiction: 'uk', debts: 'consumer' }]);
  });

  it('rejects an unknown jurisdiction as a usage error', async () => {
    expect((await parley(['run', CARD, '--jurisdiction', 'fr'])).status).toBe(2);
  });

  it('--time, --attempts and --since-conversation flag the first reply of a contact', async () => {
    const late = await parley(['run', CARD, '-c', 'identify', '--time', '21:30', '--seed', '1']);
    expect(late.stdout).toContain('[inconvenient_time]');
    expect(late.stdout).toContain('situation: It is 21:30 where the debtor is; contact is only allowed from 08:00 to 21:00 their local time.');
    expect((await parley(['run', CARD, '-c', 'identify', '--time', '21:00', '--seed', '1'])).stdout).not.toContain('[inconvenient_time]');
    expect((await parley(['run', CARD, '-c', 'identify', '--attempts', '9', '--seed', '1'])).stdout).toContain('[call_frequency]');
    const soon = await parley(['run', CARD, '-c', 'identify', '--since-conversation', '3', '--seed', '1']);
    expect(soon.stdout).toContain('situation: You spoke with the debtor about this debt 3 days ago; no new call until 7 days after a conversation');
    expect((await parley(['run', CARD, '-c', 'identify', '--since-conversation', '7', '--seed', '1'])).stdout).not.toContain('[call_frequency]');
    expect((await parley(['run', CARD, '-c', 'identify', '--attempts-today', '5', '--jurisdiction', 'uk', '--seed', '1'])).stdout).toContain('[call_frequency]');
    expect((await parley(['run', CARD, '-c', 'identify', '--time', '25:00'])).status).toBe(2);
    expect((await parley(['run', CARD, '-c', 'identify', '--since-conversation', '-1'])).status).toBe(2);
  });
});

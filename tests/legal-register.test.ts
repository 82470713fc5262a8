import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COERCION_FLAGS } from '../src/catalog/coercion-flags.js';
import { JURISDICTIONS, jurisdictionProfile } from '../src/catalog/jurisdictions.js';
import { flagUnderProfile } from '../src/engine/jurisdiction.js';
import { formatReference, formatReferences } from '../src/render/format-reference.js';
import type { LegalReference, RuleSet } from '../src/schema/catalog.js';

/** Every reference the catalog can show a learner, with where it is used. */
function catalogReferences(): { reference: LegalReference; where: string }[] {
  const out: { reference: LegalReference; where: string }[] = [];
  for (const flag of COERCION_FLAGS) for (const reference of flag.references) out.push({ reference, where: `flag ${flag.id}` });
  for (const jurisdiction of JURISDICTIONS) {
    for (const kind of ['consumer', 'commercial'] as const) {
      const set: RuleSet = jurisdiction[kind];
      const at = `${jurisdiction.id} ${kind}`;
      out.push({ reference: set.generalReference, where: `${at}: general reference` });
      for (const reference of set.contactHours?.references ?? []) out.push({ reference, where: `${at}: contact hours` });
      for (const reference of set.callLimits?.references ?? []) out.push({ reference, where: `${at}: call limits` });
      for (const wording of set.requiredWording) for (const reference of wording.references) out.push({ reference, where: `${at}: required wording ${wording.id}` });
    }
  }
  return out;
}

/** The citation as the register lists it: without the explanatory words the catalog adds in brackets or after a colon. */
const registerCite = (cite: string) => cite.split(' (')[0]!.split(': ')[0]!;
const keyOf = (jurisdiction: string, law: string, cite: string) => `${jurisdiction.toUpperCase()} | ${law} | ${cite}`;

interface RegisterRow {
  key: string;
  verified: boolean;
  line: number;
}

function registerRows(): RegisterRow[] {
  const lines = readFileSync(new URL('../docs/LEGAL.md', import.meta.url), 'utf8').split('\n');
  const rows: RegisterRow[] = [];
  lines.forEach((line, index) => {
    if (!line.startsWith('| ') || line.startsWith('| Jurisdiction') || line.startsWith('|---')) return;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.replace(/\\\|/g, '|').trim());
    expect(cells, `docs/LEGAL.md line ${index + 1}`).toHaveLength(10);
    const verified = cells[9]!;
    expect(verified, `docs/LEGAL.md line ${index + 1}: Verified starts with yes or no`).toMatch(/^(yes|no)\b/);
    rows.push({ key: keyOf(cells[0]!, cells[1]!, cells[2]!), verified: verified.startsWith('yes'), line: index + 1 });
  });
  return rows;
}

describe('docs/LEGAL.md', () => {
  const rows = registerRows();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const references = catalogReferences();

  it('has one row per rule', () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.key)).size, 'duplicate rows').toBe(rows.length);
  });

  it('lists every reference the catalog cites (flags, rule sets, required wording, contact hours, call limits)', () => {
    const missing = references
      .map(({ reference, where }) => ({ key: keyOf(reference.jurisdiction, reference.law, registerCite(reference.cite)), where }))
      .filter(({ key }) => !byKey.has(key))
      .map(({ key, where }) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('agrees with the catalog on what is verified', () => {
    const disagreements = references
      .map(({ reference, where }) => ({ reference, where, row: byKey.get(keyOf(reference.jurisdiction, reference.law, registerCite(reference.cite))) }))
      .filter(({ reference, row }) => row && row.verified !== reference.verified)
      .map(({ reference, where, row }) => `${reference.law} ${reference.cite} (${where}): catalog ${reference.verified}, LEGAL.md line ${row!.line} ${row!.verified}`);
    expect(disagreements).toEqual([]);
  });

  it('has no row for a rule the catalog no longer cites', () => {
    const cited = new Set(references.map(({ reference }) => keyOf(reference.jurisdiction, reference.law, registerCite(reference.cite))));
    expect(rows.filter((row) => !cited.has(row.key)).map((row) => `line ${row.line}: ${row.key}`)).toEqual([]);
  });

  it('does not name internal source documents', () => {
    expect(readFileSync(new URL('../docs/LEGAL.md', import.meta.url), 'utf8')).not.toMatch(/\bseeds?\b|compliance\.md/i);
  });
});

describe('what a learner is taught', () => {
  const usConsumer = jurisdictionProfile('us', 'consumer');
  const usBusiness = jurisdictionProfile('us', 'commercial');
  const ukConsumer = jurisdictionProfile('uk', 'consumer');
  const ukBusiness = jurisdictionProfile('uk', 'commercial');
  const cites = (flag: string, profile = usConsumer) => flagUnderProfile(flag, profile).references.map((r) => `${r.law} ${r.cite}`);

  it('no longer cites the decedent-debt policy statement for pressure on a living debtor or for third parties', () => {
    for (const flag of ['third_party_disclosure', 'pressure_to_borrow']) expect(cites(flag).join('\n')).not.toMatch(/FTC|decedent/i);
  });

  it('teaches that the US spouse counts as the consumer', () => {
    expect(cites('third_party_disclosure')).toContainEqual(expect.stringContaining('1006.6(a)(1)'));
    expect(COERCION_FLAGS.find((f) => f.id === 'third_party_disclosure')!.explanation.en).toMatch(/spouse/);
  });

  it('puts the one-contact rule for location calls in 1006.10(c)', () => {
    expect(cites('third_party_disclosure')).toContainEqual(expect.stringContaining('12 CFR 1006.10(c)'));
  });

  it('quotes 1692d(1) as violence or other criminal means', () => {
    const flag = COERCION_FLAGS.find((f) => f.id === 'threat_of_harm')!;
    expect(flag.explanation.en).toMatch(/criminal means/);
    expect(flag.explanation.en).not.toMatch(/unlawful harm/);
  });

  it('treats an oral stop request under the medium opt-out and a written one under 1692c(c)', () => {
    const refs = cites('contact_after_cease');
    expect(refs[0]).toMatch(/1006\.14\(h\)\(1\)/);
    expect(refs.find((r) => r.includes('1692c(c)'))).toMatch(/written/);
  });

  it('scores pressing over an oral dispute in the US as coercive (no rule bars it), and as a violation under CONC 7.14.1R', () => {
    expect(flagUnderProfile('unverified_dispute', usConsumer)).toMatchObject({ severity: 'coercive', applies: true });
    expect(flagUnderProfile('unverified_dispute', usConsumer).note?.en).toMatch(/written dispute/);
    expect(flagUnderProfile('unverified_dispute', ukConsumer).severity).toBe('violation');
    expect(cites('unverified_dispute', ukConsumer)[0]).toMatch(/CONC 7\.14\.1R/);
  });

  it('scores a false deadline stated as fact as a violation for US consumer debts, coercive for business debts', () => {
    expect(flagUnderProfile('false_deadline', usConsumer).severity).toBe('violation');
    expect(flagUnderProfile('false_deadline', usBusiness).severity).toBe('coercive');
  });

  it('shows no FDCPA or Regulation F reference for business debts', () => {
    for (const flag of COERCION_FLAGS) {
      for (const reference of flagUnderProfile(flag.id, usBusiness).references) {
        expect(['FDCPA', 'Reg F', 'CFPB advisory opinion'], `${flag.id}: ${reference.law} ${reference.cite}`).not.toContain(reference.law);
      }
    }
    expect(usBusiness.generalReference.law).not.toBe('FDCPA');
  });

  it('applies CONC to UK consumer debts and AJA 1970 s.40 to business debts only', () => {
    for (const flag of COERCION_FLAGS) {
      for (const r of flagUnderProfile(flag.id, ukConsumer).references) expect(r.law, flag.id).not.toBe('AJA 1970');
      for (const r of flagUnderProfile(flag.id, ukBusiness).references) expect(r.law, flag.id).not.toMatch(/^FCA /);
    }
    expect(cites('threat_to_expose', ukConsumer)[0]).toMatch(/CONC 7\.9\.6R/);
  });

  it('says a late-payment charge can be lawful on a UK business debt, and scores a fee beyond it as coercive', () => {
    const fees = flagUnderProfile('unauthorized_fees', ukBusiness);
    expect(fees.severity).toBe('coercive');
    expect(fees.note?.en).toMatch(/Late Payment of Commercial Debts/);
  });

  it('does not cite the illegal-debt collection offence (Criminal Law art. 293-1) for lawful debts', () => {
    const all = catalogReferences().map(({ reference }) => reference.cite).join('\n');
    expect(all).not.toMatch(/293-1/);
  });

  it('marks every FDCPA, Reg F and CONC reference as covering consumer debts only', () => {
    for (const { reference, where } of catalogReferences()) {
      if (['FDCPA', 'Reg F', 'FCA CONC', 'FCA MCOB'].includes(reference.law)) expect(reference.debts, `${where}: ${reference.cite}`).toEqual(['consumer']);
    }
  });

  it("shows a law's official name in the learner's language where it has one, English otherwise", () => {
    const detention = COERCION_FLAGS.find((f) => f.id === 'refuse_to_leave')!.references.find((r) => r.cite.startsWith('art. 238'))!;
    expect(formatReference(detention, 'zh')).toBe('《中华人民共和国刑法》第二百三十八条');
    expect(formatReference(detention, 'en')).toMatch(/^PRC Criminal Law art\. 238/);
    expect(formatReference(detention, 'es')).toMatch(/^PRC Criminal Law/);
    const mx = flagUnderProfile('threat_of_harm', jurisdictionProfile('mx', 'consumer')).references;
    expect(formatReferences(mx, ['mx'], 'es')).toMatch(/^Disposiciones de carácter general de la CONDUSEF/);
    expect(formatReferences(mx, ['mx'], 'en')).toMatch(/^CONDUSEF/);
    const us = flagUnderProfile('threat_of_harm', usConsumer).references;
    expect(formatReferences(us, ['us'], 'zh')).toBe(formatReferences(us, ['us'], 'en'));
  });
});

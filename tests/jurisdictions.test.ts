import { describe, expect, it } from 'vitest';
import { COERCION_FLAGS } from '../src/catalog/index.js';
import { JURISDICTION_PROFILES } from '../src/catalog/jurisdictions.js';
import { flagUnderProfile, resolveProfile } from '../src/engine/jurisdiction.js';
import { Session } from '../src/engine/session.js';
import { JurisdictionProfileSchema } from '../src/schema/catalog.js';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';

const AWAY = 'dialogues/away-on-business.yaml';

describe('jurisdiction profiles', () => {
  it('are valid data, and only name flags that exist', () => {
    const flags = new Set(COERCION_FLAGS.map((f) => f.id));
    for (const profile of JURISDICTION_PROFILES) {
      expect(JurisdictionProfileSchema.safeParse(profile).success, profile.id).toBe(true);
      for (const id of Object.keys(profile.flags)) expect(flags, `${profile.id}: ${id}`).toContain(id);
    }
    expect(JURISDICTION_PROFILES.map((p) => p.id)).toEqual(['us', 'uk', 'cn']);
  });

  it("gives every flag only the profile's own references, or its general one", () => {
    for (const profile of JURISDICTION_PROFILES) {
      for (const flag of COERCION_FLAGS) {
        const { references } = flagUnderProfile(flag.id, profile);
        expect(references.length).toBeGreaterThan(0);
        for (const r of references) expect(r.jurisdiction, `${profile.id} ${flag.id}`).toBe(profile.id);
      }
    }
  });

  it('changes severities where the rules differ', () => {
    const [us, uk, cn] = JURISDICTION_PROFILES;
    expect(flagUnderProfile('false_deadline', us).severity).toBe('coercive');
    expect(flagUnderProfile('false_deadline', uk).severity).toBe('violation');
    expect(flagUnderProfile('pressure_to_borrow', cn).severity).toBe('violation');
    expect(flagUnderProfile('contact_after_cease', cn)).toMatchObject({ applies: false, severity: 'caution' });
  });

  it("defaults to the dialogue's first declared profile, else us", () => {
    const compiled = compileText(MINIMAL_DIALOGUE);
    expect(resolveProfile(compiled.dialogue).id).toBe('us');
    const declared = compileText(MINIMAL_DIALOGUE.replace('  debtor:', '  jurisdictions: [mx, cn, uk]\n  debtor:'));
    expect(resolveProfile(declared.dialogue).id).toBe('cn');
    expect(resolveProfile(declared.dialogue, 'uk').id).toBe('uk');
  });

  it('the session scores and explains a flag under its profile, and the debrief names the profile', () => {
    const compiled = compileText(MINIMAL_DIALOGUE);
    const uk = new Session(compiled, { seed: 1, jurisdiction: 'uk' });
    const flag = uk.choose('shout').flags[0]!;
    expect(flag.references.map((r) => r.jurisdiction)).toEqual(['uk', 'uk']);
    expect(uk.debrief().jurisdiction).toEqual({ id: 'uk', name: 'United Kingdom', rules: 'FCA Consumer Credit sourcebook (CONC 7)' });
    expect(new Session(compiled, { seed: 1 }).debrief().jurisdiction.id).toBe('us');
  });
});

describe('--jurisdiction', () => {
  it('parley run shows the rule of the chosen jurisdiction and names it in the debrief', () => {
    const us = parley(['run', AWAY, '-c', 'identify,disclose_and_ask,tell_family', '--seed', '1']);
    expect(us.stdout).toMatch(/rule: FDCPA 15 U\.S\.C\. 1692c\(b\)/);
    expect(us.stdout).toContain('Rules: us — FDCPA and Regulation F');
    const uk = parley(['run', AWAY, '-c', 'identify,disclose_and_ask,tell_family', '--seed', '1', '--jurisdiction', 'uk']);
    expect(uk.stdout).toMatch(/rule: FCA CONC 7\.9\.7R/);
    expect(uk.stdout).not.toContain('FDCPA');
    expect(uk.stdout).toContain('Rules: uk — FCA Consumer Credit sourcebook (CONC 7)');
    const cn = JSON.parse(parley(['run', AWAY, '-c', 'identify,disclose_and_ask,tell_family', '--jurisdiction', 'cn', '--json']).stdout);
    expect(cn.jurisdiction).toBe('cn');
    expect(cn.debrief.jurisdiction.id).toBe('cn');
  });

  it('parley validate names the profile used', () => {
    expect(parley(['validate', AWAY]).stdout).toContain('us rules (FDCPA and Regulation F)');
    expect(parley(['validate', AWAY, '--jurisdiction', 'cn']).stdout).toContain('cn rules');
    const json = JSON.parse(parley(['validate', AWAY, '--json', '--jurisdiction', 'uk']).stdout);
    expect(json.jurisdictions).toEqual([{ file: AWAY, jurisdiction: 'uk' }]);
  });

  it('rejects an unknown jurisdiction as a usage error', () => {
    expect(parley(['run', AWAY, '--jurisdiction', 'fr']).status).toBe(2);
  });

  it('--time and --attempts flag the first reply of a contact that carries no flag of its own', () => {
    const late = parley(['run', AWAY, '-c', 'identify', '--time', '21:30', '--seed', '1']);
    expect(late.stdout).toContain('⚑ VIOLATION: Contact at an inconvenient time or place [inconvenient_time]');
    expect(late.stdout).toContain(
      'situation: It is 21:30 where the debtor is; contact is only allowed from 08:00 to 21:00 their local time.',
    );
    const often = parley(['run', AWAY, '-c', 'identify', '--attempts', '9', '--seed', '1']);
    expect(often.stdout).toContain('[call_frequency]');
    expect(parley(['run', AWAY, '-c', 'identify', '--time', '25:00']).status).toBe(2);
  });
});

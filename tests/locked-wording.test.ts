import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsWording, REQUIRED_WORDING } from '../src/validate/check-locked-wording.js';
import { loadLibrary } from '../src/io/dialogue-library.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';

/** The minimal dialogue, with its first reply locked to the US disclosure. */
const MINIMAL_LOCKED = MINIMAL_DIALOGUE.replace(
  '        text: "Can you pay today?"',
  '        text: "This is an attempt to collect a debt and any information obtained will be used for that purpose. Can you pay today?"\n        locked: us_collector_disclosure',
);

const load = (file: string) => loadDialogue(readFileSync(file, 'utf8'), file);
const codes = (file: string) => load(file).diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`);

describe('locked wording', () => {
  it('the US profile requires the debt-collector disclosure, in every language', () => {
    const wording = REQUIRED_WORDING.get('us_collector_disclosure')!;
    expect(wording.profile).toBe('us');
    expect(wording.text.en).toBe('This is an attempt to collect a debt and any information obtained will be used for that purpose.');
    expect(wording.text.es).toMatch(/Es un intento de cobrar una deuda/);
    expect(wording.text.zh).toMatch(/债务催收/);
  });

  it('fails a dialogue declared for us that has no locked disclosure, at the declaration', () => {
    const result = load('tests/fixtures/locked/missing-lock.yaml');
    expect(result.ok).toBe(false);
    expect(codes('tests/fixtures/locked/missing-lock.yaml')).toEqual(['PAR242 12:23']);
    expect(result.diagnostics[0]!.hint).toContain("'locked: us_collector_disclosure'");
  });

  it('fails a locked reply whose wording was changed, at its text', () => {
    const result = load('tests/fixtures/locked/changed-wording.yaml');
    expect(codes('tests/fixtures/locked/changed-wording.yaml')).toEqual(['PAR241 18:15']);
    expect(result.diagnostics[0]!.message).toContain(
      '"This is an attempt to collect a debt and any information obtained will be used for that purpose."',
    );
  });

  it('names the closest wording for an unknown wording id', () => {
    const result = load('tests/fixtures/locked/unknown-wording.yaml');
    expect(codes('tests/fixtures/locked/unknown-wording.yaml')).toEqual(['PAR240 18:17']);
    expect(result.diagnostics[0]!.hint).toBe("did you mean 'us_collector_disclosure'?");
  });

  it('compares words, not case, spacing or punctuation', () => {
    expect(load('tests/fixtures/locked/typography.yaml').ok).toBe(true);
    expect(
      containsWording(
        '“This is an attempt to collect a debt, and any information obtained will be used for that purpose”',
        'us_collector_disclosure',
        'en',
      ),
    ).toBe(true);
    expect(
      containsWording(
        'This is an attempt to collect a debt and any info obtained will be used for that purpose.',
        'us_collector_disclosure',
        'en',
      ),
    ).toBe(false);
    expect(containsWording('这是一次债务催收沟通我们正在尝试收回一笔欠款所获得的任何信息都将用于此目的', 'us_collector_disclosure', 'zh')).toBe(true);
  });

  it('leaves a dialogue alone that is not declared for a jurisdiction requiring wording, unless validate is asked to check it', async () => {
    expect(load('tests/fixtures/locked/not-declared.yaml').ok).toBe(true);
    const result = await parley(['validate', 'tests/fixtures/locked/not-declared.yaml', '--jurisdiction', 'us']);
    expect(result.stdout).toContain('tests/fixtures/locked/not-declared.yaml:1:5: error PAR242:');
    expect(result.status).toBe(1);
    expect((await parley(['validate', 'tests/fixtures/locked/not-declared.yaml', '--jurisdiction', 'uk'])).status).toBe(0);
  });

  it('every shipped US consumer dialogue locks the disclosure, and no other dialogue carries it', () => {
    const library = loadLibrary(['dialogues']);
    expect(library.entries.some((e) => e.jurisdiction === 'us' && e.debts === 'consumer')).toBe(true);
    for (const entry of library.entries) {
      const dialogue = entry.loaded.compiled.dialogue;
      const locked = Object.values(dialogue.states).flatMap((s) => Object.values(s.on ?? {}).flatMap((v) => (Array.isArray(v) ? v : [v])));
      const carries = locked.some((t) => t.meta?.locked === 'us_collector_disclosure');
      expect(carries, entry.file).toBe(entry.jurisdiction === 'us' && entry.debts === 'consumer');
    }
  });

  it('refuses the US disclosure in a business debt or a call set elsewhere', () => {
    const business = MINIMAL_LOCKED.replace('days_past_due: 10 }', 'days_past_due: 10, purpose: commercial }');
    const result = loadDialogue(business, 'business.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const par245 = result.diagnostics.find((d) => d.code === 'PAR245');
      expect(par245?.message).toContain('which us rules require for a consumer debt; this dialogue is a business debt set under us rules');
    }
    const china = loadDialogue(MINIMAL_LOCKED.replace('currency: USD', 'currency: CNY').replace('  debtor:', '  jurisdictions: [cn]\n  debtor:'), 'china.yaml');
    expect(china.ok).toBe(false);
    if (!china.ok) expect(china.diagnostics.map((d) => d.code)).toContain('PAR245');
  });

  it('refuses money from another country than the rules it is set under', () => {
    const result = loadDialogue(MINIMAL_LOCKED.replace('currency: USD', 'currency: MXN'), 'pesos.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const d = result.diagnostics.find((x) => x.code === 'PAR246')!;
      expect(d.message).toBe('the debt is in MXN, but the dialogue is set under us rules, where debts are in USD (no jurisdiction declared: us is the default)');
      expect(d.hint).toBe('set meta.jurisdictions to [mx] if the call happens there, or use USD');
    }
  });
});

describe('locked wording across language versions', () => {
  it('accepts versions that all carry the locked line', async () => {
    const result = await parley(['validate', 'tests/fixtures/versions/ok']);
    expect(result.stdout).toContain('✔ 2 dialogues valid');
    expect(result.status).toBe(0);
  });

  it('fails the version that lacks a line another version locks, with file:line:col', async () => {
    const result = await parley(['validate', 'tests/fixtures/versions/missing-lock']);
    expect(result.stdout).toContain(
      "tests/fixtures/versions/missing-lock/greeting.es.yaml:16:9: error PAR243: the en version (tests/fixtures/versions/missing-lock/greeting.yaml) locks 'us_collector_disclosure' on 'disclose'",
    );
    expect(result.stdout).toContain('✖ 1 of 2 dialogues invalid');
    expect(result.status).toBe(1);
  });
});

describe('where a dialogue with no declared jurisdiction is set', () => {
  it('is the US by default, so the US disclosure is at home there', () => {
    const result = loadDialogue(MINIMAL_LOCKED, 'default-us.yaml');
    expect(result.diagnostics.filter((d) => d.code === 'PAR245')).toEqual([]);
  });
});

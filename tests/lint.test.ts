import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintDialogue } from '../src/lint/lint-dialogue.js';
import { matchCoercion } from '../src/lint/match-coercion.js';
import type { Language } from '../src/schema/language.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

interface Labelled {
  lang: Language;
  flags: string[];
  text: string;
  set?: 'holdout';
}
const { sentences } = parse(readFileSync('tests/fixtures/lint/sentences.yaml', 'utf8')) as { sentences: Labelled[] };

/**
 * Sentence-level scores: a coercive sentence is caught when the lint names one of its flags.
 * These sentences predate threat_to_expose: a threat to tell others is labelled third_party_disclosure,
 * and a threat_to_expose finding counts as that label (the same mapping as scripts/lint-eval.ts).
 */
function score(items: Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const item of items) {
    const found = matchCoercion(item.text, [item.lang])
      .map((m) => m.flag)
      .map((f) => (f === 'threat_to_expose' && item.flags.includes('third_party_disclosure') ? 'third_party_disclosure' : f));
    const right = item.flags.length ? found.some((f) => item.flags.includes(f)) : found.length === 0;
    if (item.flags.length && right) tp++;
    if (item.flags.length && !right) fn++;
    if (found.length && !right) fp++;
    if (!right) wrong.push(`${item.lang} expected [${item.flags}] got [${found}]: ${item.text}`);
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), wrong, size: items.length };
}

describe('coercion lint on the labelled sentences', () => {
  it('has at least 60 realistic sentences, coercive and compliant, in each language', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['en', 'es', 'zh'] as const) {
      const mine = sentences.filter((s) => s.lang === lang);
      expect(mine.filter((s) => s.flags.length).length, lang).toBeGreaterThanOrEqual(8);
      expect(mine.filter((s) => !s.flags.length).length, lang).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps precision and recall above 0.9, overall and on the held-out sentences', () => {
    const all = score(sentences);
    const holdout = score(sentences.filter((s) => s.set === 'holdout'));
    const perLanguage = (['en', 'es', 'zh'] as const).map((lang) => {
      const s = score(sentences.filter((x) => x.lang === lang));
      return `${lang} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}`;
    });
    console.log(
      `coercion lint: ${all.size} sentences, precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)}; ` +
        `held out (${holdout.size}): precision ${holdout.precision.toFixed(3)}, recall ${holdout.recall.toFixed(3)}; ${perLanguage.join(', ')}`,
    );
    expect(all.wrong.length <= sentences.length * 0.1, all.wrong.join('\n')).toBe(true);
    expect(all.precision).toBeGreaterThan(0.9);
    expect(all.recall).toBeGreaterThan(0.9);
    expect(holdout.precision).toBeGreaterThan(0.9);
    expect(holdout.recall).toBeGreaterThan(0.9);
  });

  it('reads a denial as lawful and the same words as a threat', () => {
    expect(matchCoercion("We won't tell your employer anything.", ['en'])).toEqual([]);
    expect(matchCoercion("If you don't pay we'll tell your employer.", ['en']).map((m) => m.flag)).toEqual(['threat_to_expose']);
    expect(matchCoercion('Por no pagar lo pueden meter a la cárcel.', ['es']).map((m) => m.flag)).toEqual(['false_legal_threat']);
    expect(matchCoercion('Nadie lo va a meter a la cárcel por esto.', ['es'])).toEqual([]);
  });

  // An author writing an honest reply should not be told it threatens: a legal word needs a threat or a false certainty.
  it('stays quiet on honest legal steps and flags the same words said as a threat or a certainty', () => {
    const flags = (text: string, lang: Language) => matchCoercion(text, [lang]).map((m) => m.flag);
    expect(flags('If your card was stolen, please report it to your bank and the police.', 'en')).toEqual([]);
    expect(flags('If we cannot agree a plan, the creditor could go to court, and a judge would decide.', 'en')).toEqual([]);
    expect(flags('Si le robaron la tarjeta, puede levantar una denuncia y mandarnos copia.', 'es')).toEqual([]);
    expect(flags('如果谈不拢，债权人可能会考虑起诉，但目前什么程序都没有启动。', 'zh')).toEqual([]);
    expect(flags('Not paying this is fraud, and that is a felony.', 'en')).toContain('false_legal_threat');
    expect(flags('Lo que usted hizo es fraude y eso se paga con cárcel.', 'es')).toContain('false_legal_threat');
    expect(flags('People who ignore a court judgment end up getting arrested.', 'en')).toContain('false_legal_threat');
  });
});

describe('parley lint on dialogue files', () => {
  const loaded = loadDialogueFile('tests/fixtures/lint/choices.yaml');
  if (!loaded.ok) throw new Error('fixture invalid');
  const findings = lintDialogue(loaded.compiled.dialogue);
  const by = (choice: string) => findings.filter((f) => f.choice === choice).map((f) => f.code);

  it('finds coercive wording without a flag and suggests the flag', () => {
    expect(by('warn_boss')).toEqual(['PAR601']);
    expect(findings.find((f) => f.choice === 'warn_boss')!.suggested).toEqual(['threat_to_expose']);
  });

  it('hints at a flagged choice whose text reads as harmless', () => {
    expect(by('calm_ask')).toEqual(['PAR602']);
  });

  it('stays silent on a choice marked lint.allow, and warns about an allow naming no flag', () => {
    const quoted = 'Old script, word for word: pay now or the police will arrest you.';
    expect(matchCoercion(quoted, ['en']).map((m) => m.flag)).toEqual(['false_legal_threat']);
    expect(by('quote_the_law')).toEqual([]);
    expect(by('typo_allow')).toEqual(['PAR604']);
  });

  it('prints file:line:col, exits 1 on warnings, and keeps the shipped library free of warnings', async () => {
    const result = await parley(['lint', 'tests/fixtures/lint/choices.yaml']);
    expect(result.stdout).toContain('tests/fixtures/lint/choices.yaml:20:15: warning PAR601');
    expect(result.stdout).toContain('(add flags: [threat_to_expose]');
    expect(result.status).toBe(1);
    const library = await parley(['lint', 'dialogues']);
    expect(library.stdout).toMatch(/✔ \d+ dialogues linted \(0 warnings/);
    expect(library.status).toBe(0);
  });

  it('checks a single sentence with --text, in any of the three languages', async () => {
    const threat = await parley(['lint', '--text', '今天不还，明天警察就上门抓你。']);
    expect(threat.stdout).toContain('[false_legal_threat]');
    expect(threat.status).toBe(1);
    const calm = await parley(['lint', '--text', '¿Cuánto podría pagar este mes?', '--lang', 'es', '--json']);
    expect(JSON.parse(calm.stdout).matches).toEqual([]);
    expect(calm.status).toBe(0);
  });
});

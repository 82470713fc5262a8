import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestCompliantPath } from '../src/analyze/best-path.js';
import { explorePaths } from '../src/analyze/explore-paths.js';
import { transitionsOf } from '../src/schema/transitions.js';
import { CORE_TASKS, EXCUSE_TYPES } from '../src/catalog/index.js';
import { compileDialogue } from '../src/compile/compile-machine.js';
import { nextRandom } from '../src/engine/random.js';
import { Session } from '../src/engine/session.js';
import { generateDialogue, type GenerateOptions } from '../src/generate/generate-dialogue.js';
import { dialogueToYaml } from '../src/generate/to-yaml.js';
import { diagnosticText } from '../src/diagnostics/diagnostic-text.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { LANGUAGES, type Language } from '../src/schema/language.js';
import type { ProfileId } from '../src/schema/catalog.js';
import { jurisdictionProfile } from '../src/catalog/jurisdictions.js';
import { parley } from './helpers/cli.js';

const PROFILES = ['us', 'uk', 'cn', 'mx'] as const;
const TEMPERAMENTS = ['calm', 'evasive', 'anxious', 'hostile'] as const;

/** Options varied by seed so 100 seeds cover every language, profile, temperament and 1–3 excuses. */
function optionsFor(seed: number): GenerateOptions {
  const excuses =
    seed % 2 === 0 ? undefined : [0, 1, 2].slice(0, 1 + (seed % 3)).map((i) => EXCUSE_TYPES[(seed + i * 5) % EXCUSE_TYPES.length]!.id);
  return {
    seed,
    language: LANGUAGES[seed % 3],
    ...(seed % 5 === 0 ? {} : { jurisdiction: PROFILES[seed % PROFILES.length] }),
    ...(excuses ? { excuses } : {}),
    ...(seed % 4 === 0 ? { persona: { temperament: TEMPERAMENTS[(seed / 4) % 4]! } } : {}),
  };
}

/** Generated → YAML → loaded exactly as a file would be. */
function loadGenerated(options: GenerateOptions) {
  const text = dialogueToYaml(generateDialogue(options));
  const result = loadDialogue(text, `generated-${options.seed}.yaml`);
  if (!result.ok) throw new Error(result.diagnostics.map(diagnosticText).join('\n'));
  return { text, result, compiled: compileDialogue(result.dialogue) };
}

describe('generated roleplays', () => {
  it('100 seeds generate dialogues that validate cleanly and play to an outcome with random choices', () => {
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 100; seed++) {
      const { result, compiled } = loadGenerated(optionsFor(seed));
      expect(result.diagnostics, `seed ${seed}`).toEqual([]);
      let random = seed * 7919;
      const session = new Session(compiled, { seed });
      for (let turn = 0; turn < 50 && !session.ended; turn++) {
        const choices = session.available();
        expect(choices.length, `seed ${seed}: stuck in ${session.stateId}`).toBeGreaterThan(0);
        const [value, next] = nextRandom(random);
        random = next;
        session.choose(choices[Math.floor(value * choices.length)]!.id);
      }
      expect(session.ended, `seed ${seed}`).toBe(true);
      outcomes.add(session.debrief().outcome!.id);
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(4);
  });

  it.each([3, 10, 27, 44, 58, 71, 96])('seed %i meets the bar of the shipped library', (seed) => {
    const { compiled } = loadGenerated(optionsFor(seed));
    const { dialogue } = compiled;
    const paths = [...explorePaths(compiled, { maxDepth: 30 })];
    const ended = paths.filter((p) => p.ended);
    expect(ended.length).toBe(paths.length);

    const declared = new Set(Object.values(dialogue.states).flatMap((s) => (s.meta?.outcome ? [s.meta.outcome] : [])));
    expect(declared.size).toBeGreaterThanOrEqual(3);
    const reached = new Set(ended.map((p) => p.debrief.outcome?.id));
    for (const outcome of declared) expect(reached, `outcome ${outcome}`).toContain(outcome);

    const met = new Set(ended.flatMap((p) => p.debrief.tasks.filter((t) => t.met).map((t) => t.id)));
    for (const task of CORE_TASKS) expect(met, task.id).toContain(task.id);

    const best = bestCompliantPath(compiled)!;
    expect(best.choices.length + 1).toBeGreaterThanOrEqual(8);
    expect(best.debrief.score.total).toBe(Math.max(...ended.map((p) => p.debrief.score.total)));
    for (const path of ended.filter((p) => p.debrief.flags.length > 0)) {
      expect(path.debrief.score.total, path.choices.join(',')).toBeLessThan(best.debrief.score.total);
    }

    const flagged = Object.values(dialogue.states)
      .flatMap((s) => transitionsOf(s))
      .filter(({ transition }) => transition.meta?.flags?.length);
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const { choiceId, transition } of flagged) {
      expect(transition.meta?.feedback, choiceId).toBeTruthy();
      expect(transition.meta?.better, choiceId).toBeTruthy();
    }
  });

  it('is reproducible for a seed and varies across seeds', () => {
    expect(dialogueToYaml(generateDialogue({ seed: 7 }))).toBe(dialogueToYaml(generateDialogue({ seed: 7 })));
    const texts = new Set(Array.from({ length: 10 }, (_, i) => dialogueToYaml(generateDialogue({ seed: i }))));
    expect(texts.size).toBe(10);
  });

  it('voices the excuse types asked for with the catalog lines, in the language asked for', () => {
    const dialogue = generateDialogue({ seed: 5, excuses: ['away_on_business', 'sue_me'], language: 'es' });
    expect(dialogue.meta.debtor.excuses).toEqual(['away_on_business', 'sue_me']);
    expect(dialogue.meta.language).toBe('es');
    expect(dialogue.states.excuse_1).toMatchObject({
      excuse: 'away_on_business',
      line: EXCUSE_TYPES.find((e) => e.id === 'away_on_business')!.examples.es,
    });
    expect(dialogue.states.excuse_2).toMatchObject({ excuse: 'sue_me' });
    expect(() => generateDialogue({ seed: 1, excuses: ['nope'] })).toThrow(/unknown excuse type 'nope'/);
  });

  it('opens with the locked disclosure where the jurisdiction requires one, and only there', () => {
    const replies = (jurisdiction: ProfileId, language: Language = 'en') =>
      Object.values(loadGenerated({ seed: 4, jurisdiction, language }).compiled.dialogue.states).flatMap((s) =>
        transitionsOf(s).map((t) => t.transition),
      );
    for (const language of LANGUAGES) {
      expect(replies('us', language).filter((t) => t.meta?.locked === 'us_collector_disclosure'), language).toHaveLength(1);
      for (const jurisdiction of ['uk', 'cn', 'mx'] as const) {
        const here = replies(jurisdiction, language);
        expect(here.some((t) => t.meta?.locked), `${jurisdiction} ${language}`).toBe(false);
        // Not even unlocked: the US wording is no part of a call elsewhere.
        const us = jurisdictionProfile('us', 'consumer').requiredWording[0]!.text[language];
        expect(here.some((t) => t.meta?.text?.includes(us)), `${jurisdiction} ${language}`).toBe(false);
      }
    }
  });

  it('sets a call in the country where its language is spoken, with that currency, unless told otherwise', () => {
    const home = { en: ['us', 'USD'], es: ['mx', 'MXN'], zh: ['cn', 'CNY'] } as const;
    for (const language of LANGUAGES) {
      const [jurisdiction, currency] = home[language];
      expect(generateDialogue({ seed: 4, language }).meta, language).toMatchObject({
        language,
        jurisdictions: [jurisdiction],
        debtor: { debt: { currency, purpose: 'consumer' } },
      });
    }
    expect(generateDialogue({ seed: 4, language: 'es', jurisdiction: 'us' }).meta).toMatchObject({
      jurisdictions: ['us'],
      debtor: { debt: { currency: 'USD' } },
    });
  });

  it('opens a Mexican call the way a despacho must: name, despacho and creditor, once the debtor is on the line', () => {
    const dialogue = generateDialogue({ seed: 3, language: 'es' });
    const { debtor } = dialogue.meta;
    const collector = dialogue.meta.collector!;
    const [identify, disclose] = ['opening', 'confirmed'].map((state) =>
      (dialogue.states[state]!.choices ?? []).find((c) => c.id === 'identify' || c.id === 'disclose_and_ask')!,
    );
    expect(identify!.text).toContain(collector.name);
    expect(identify!.text).toContain(collector.company);
    expect(identify!.text.replace(collector.company ?? '', '')).not.toMatch(/deuda|cobranza|saldo|adeudo/i);
    expect(disclose!.text).toContain('despacho de cobranza');
    expect(disclose!.text).toContain(debtor.debt.creditor!);
    expect(disclose!.text).toMatch(/\$[\d,]+ pesos/);
    expect(disclose!.locked).toBeUndefined();
  });

  it('opens a Chinese call with who is calling and for which institution, in yuan, with no US disclosure', () => {
    const dialogue = generateDialogue({ seed: 3, language: 'zh' });
    const disclose = (dialogue.states.confirmed!.choices ?? []).find((c) => c.id === 'disclose_and_ask')!;
    expect(disclose.text).toContain(`受${dialogue.meta.debtor.debt.creditor}委托`);
    expect(disclose.text).toMatch(/\d+元/);
    expect(disclose.locked).toBeUndefined();
  });

  it('flags what each pressure tactic actually does', () => {
    const flagsOf = (options: GenerateOptions) =>
      Object.values(loadGenerated(options).compiled.dialogue.states)
        .flatMap((s) => transitionsOf(s))
        .filter(({ transition }) => transition.meta?.flags?.length)
        .map(({ transition }) => ({ text: transition.meta?.text ?? '', flags: transition.meta!.flags!, feedback: transition.meta!.feedback ?? '' }));
    const all = Array.from({ length: 40 }, (_, seed) => flagsOf({ seed, language: 'en', jurisdiction: 'us', excuses: ['away_on_business', 'sue_me', 'forgot'] })).flat();
    const family = all.filter((r) => /family member's number/.test(r.text));
    expect(family.length).toBeGreaterThan(0);
    for (const reply of family) {
      // Asking for a relative's number so the family pays: pressure to borrow, not (yet) a disclosure; in the US a spouse is the consumer.
      expect(reply.flags).toEqual(['pressure_to_borrow']);
      expect(reply.feedback).toContain('1692c(d)');
    }
    const employer = all.filter((r) => /call your employer/.test(r.text));
    expect(employer.length).toBeGreaterThan(0);
    for (const reply of employer) expect(reply.flags).toEqual(['threat_to_expose']);
    for (const reply of all.filter((r) => /goes to legal tonight/.test(r.text))) expect(reply.flags).toEqual(['false_deadline', 'false_legal_threat']);
    expect(all.some((r) => r.flags.includes('third_party_disclosure'))).toBe(false);
  });

  const MATRIX = PROFILES.flatMap((jurisdiction) =>
    LANGUAGES.flatMap((language) => Array.from({ length: 12 }, (_, k) => ({ jurisdiction, language, seed: 1000 + k * 37 }))),
  );

  it.each(PROFILES)('under %s rules, for many variants and every language: valid, the lawful path passes, no path with a violation passes', (jurisdiction) => {
    for (const { language, seed } of MATRIX.filter((m) => m.jurisdiction === jurisdiction)) {
      const label = `${jurisdiction} ${language} seed ${seed}`;
      const excuses = seed % 3 === 0 ? [EXCUSE_TYPES[seed % EXCUSE_TYPES.length]!.id, EXCUSE_TYPES[(seed + 4) % EXCUSE_TYPES.length]!.id] : undefined;
      const { result, compiled } = loadGenerated({ seed, language, jurisdiction, ...(excuses ? { excuses } : {}) });
      expect(result.diagnostics, label).toEqual([]);
      expect(compiled.dialogue.meta.jurisdictions, label).toEqual([jurisdiction]);

      const best = bestCompliantPath(compiled);
      expect(best, label).toBeDefined();
      expect(best!.debrief.flags, label).toEqual([]);
      expect(best!.debrief.score.passed, `${label}: ${best!.choices.map((c) => c.id).join(',')}`).toBe(true);

      const ended = [...explorePaths(compiled, { maxDepth: 30 })].filter((p) => p.ended);
      expect(ended.length, label).toBeGreaterThan(0);
      for (const path of ended) {
        if (path.debrief.score.violation) expect(path.debrief.score.passed, `${label}: ${path.choices.join(',')}`).toBe(false);
        if (path.debrief.flags.length > 0) expect(path.debrief.score.total, `${label}: ${path.choices.join(',')}`).toBeLessThan(best!.debrief.score.total);
      }
    }
  });

  it('the lawful path passes whatever persona the debtor is played with', () => {
    for (const language of LANGUAGES) {
      for (const ability of ['able', 'unable'] as const) {
        for (const willingness of ['willing', 'unwilling'] as const) {
          const { compiled } = loadGenerated({ seed: 77, language, persona: { ability, willingness } });
          const best = bestCompliantPath(compiled)!;
          expect(best.debrief.score.passed, `${language} ${ability} ${willingness}`).toBe(true);
          expect(best.debrief.outcome?.id).toMatch(ability === 'able' ? /^(paid_today|promise_to_pay)$/ : /^hardship_referral$/);
        }
      }
    }
  });

  it('a payment frightened out of a debtor who cannot afford it does not count as a success', () => {
    const { compiled } = loadGenerated({ seed: 5, persona: { ability: 'unable', temperament: 'anxious' } });
    const panic = [...explorePaths(compiled, { maxDepth: 30 })].find((p) => p.choices.includes('deadline') && p.debrief.outcome?.id === 'paid_today');
    expect(panic).toBeDefined();
    expect(panic!.debrief.outcome?.unsustainable).toBeTruthy();
    expect(panic!.debrief.score.passed).toBe(false);
  });

  it('builds the persona asked for, and the persona changes what happens', () => {
    const able = generateDialogue({ seed: 9, persona: { ability: 'able', temperament: 'calm' } });
    expect(able.meta.debtor.persona).toMatchObject({ ability: 'able', temperament: 'calm' });
    const unable = loadGenerated({ seed: 9, persona: { ability: 'unable', temperament: 'calm' } }).compiled;
    expect(bestCompliantPath(unable)!.debrief.outcome?.id).toBe('hardship_referral');
    expect(
      bestCompliantPath(loadGenerated({ seed: 9, persona: { ability: 'able', temperament: 'calm' } }).compiled)!.debrief.outcome?.id,
    ).toBe('paid_today');

    const compiled = loadGenerated({ seed: 9, persona: { temperament: 'calm' } }).compiled;
    const pressed = (temperament: 'calm' | 'hostile') => {
      const session = new Session(compiled, { seed: 1, persona: { temperament } });
      for (const choice of ['identify', 'disclose_and_ask', 'press_1']) session.choose(choice);
      return session.stateId;
    };
    expect(pressed('calm')).not.toBe('hung_up');
    expect(pressed('hostile')).toBe('hung_up');
  });
});

describe('parley run --generate', () => {
  it('writes the roleplay with --out, says so, and the file validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-gen-'));
    const result = await parley(['run', '--generate', '--seed', '7', '--out', 'f.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote f.yaml (variant 7)');
    const text = readFileSync(join(dir, 'f.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/dialogue\.schema\.json$/);
    expect(readdirSync(dir)).toEqual(['f.yaml']);
    expect((await parley(['validate', join(dir, 'f.yaml')])).status).toBe(0);
    expect(text).toBe(dialogueToYaml(generateDialogue({ seed: 7 }), text.split('\n')[0]!.split('$schema=')[1]));
  });

  it('prints a summary without --choices, and plays it with --choices', async () => {
    const summary = await parley(['run', '--generate', '--excuse', 'business_trip', '--seed', '7']);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain("Generated: I'm away on business");
    const lawful = /A lawful path: (\S+)/.exec(summary.stdout)![1]!;
    const played = await parley(['run', '--generate', '--excuse', 'away_on_business', '--seed', '7', '-c', lawful]);
    expect(played.status).toBe(0);
    expect(played.stdout).toContain('Flags: none');
    expect(played.stdout).toMatch(/Outcome: .+ \(success\)/);
  });

  it('takes --persona, --lang and --jurisdiction', async () => {
    const json = JSON.parse(
      (await parley(['run', '--generate', '--seed', '3', '--persona', 'unable,willing,anxious', '--lang', 'zh', '--jurisdiction', 'uk', '--json']))
        .stdout,
    );
    expect(json.generated.jurisdiction).toBe('uk');
    expect(json.generated.dialogue.meta).toMatchObject({
      language: 'zh',
      debtor: { persona: { ability: 'unable', willingness: 'willing', temperament: 'anxious' } },
    });
  });

  it('refuses a file together with --generate, and --out without it', async () => {
    expect((await parley(['run', 'dialogues/away-on-business.yaml', '--generate'])).status).toBe(2);
    expect((await parley(['run', 'dialogues/away-on-business.yaml', '--out', 'x.yaml'])).status).toBe(2);
    expect(existsSync('x.yaml')).toBe(false);
  });
});

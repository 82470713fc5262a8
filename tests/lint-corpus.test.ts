import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coercionFlags } from '../src/catalog/index.js';
import { matchCoercion } from '../src/lint/match-coercion.js';
import { normalizeForLint } from '../src/lint/normalize.js';
import { languageLine, readCorpus, score } from '../scripts/lint-eval.js';
import { termStems } from '../scripts/lint-stems.js';
import { parley } from './helpers/cli.js';

describe('the lint corpus', () => {
  it('has the blind and dev files exactly as frozen in its README (SHA-256)', () => {
    const readme = readFileSync('tests/lint-corpus/README.md', 'utf8');
    const frozen = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => ({ hash: m[1]!, file: m[2]! }));
    expect(frozen.map((f) => f.file)).toEqual(expect.arrayContaining(['blind/en.yaml', 'blind/es.yaml', 'blind/zh.yaml', 'dev/en.yaml', 'dev/es.yaml', 'dev/zh.yaml']));
    for (const { hash, file } of frozen) {
      expect(createHash('sha256').update(readFileSync(`tests/lint-corpus/${file}`)).digest('hex'), file).toBe(hash);
    }
  });

  it('has the second evaluation set (blind-2) exactly as its labeller froze it (SHA-256 in its README)', () => {
    const readme = readFileSync('tests/lint-corpus/blind-2/README.md', 'utf8');
    const frozen = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => ({ hash: m[1]!, file: m[2]! }));
    expect(frozen.map((f) => f.file).sort()).toEqual(['blind-2/en.yaml', 'blind-2/es.yaml', 'blind-2/zh.yaml']);
    for (const { hash, file } of frozen) {
      expect(createHash('sha256').update(readFileSync(`tests/lint-corpus/${file}`)).digest('hex'), file).toBe(hash);
    }
    expect(readCorpus('blind-2').length).toBeGreaterThanOrEqual(600);
  });

  // Each evaluation set was committed with its hashes before the lint read a sentence of it.
  it.each([
    ['third', 'blind-3'],
    ['fourth', 'blind-4'],
    ['fifth', 'blind-5'],
    ['sixth', 'blind-6'],
    ['seventh', 'blind-7'],
    ['eighth', 'blind-8'],
  ])('has the %s evaluation set (%s) exactly as frozen before the lint read it (SHA-256 in its README)', (_, set) => {
    const readme = readFileSync(`tests/lint-corpus/${set}/README.md`, 'utf8');
    const frozen = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => ({ hash: m[1]!, file: m[2]! }));
    expect(frozen.map((f) => f.file).sort()).toEqual([`${set}/en.yaml`, `${set}/es.yaml`, `${set}/flag-definitions.md`, `${set}/zh.yaml`]);
    for (const { hash, file } of frozen) {
      expect(createHash('sha256').update(readFileSync(`tests/lint-corpus/${file}`)).digest('hex'), file).toBe(hash);
    }
  });

  it('has at least 600 sentences, a third of them lawful, and every flag in the catalog', () => {
    const all = [...readCorpus('dev'), ...readCorpus('blind')];
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(all.filter((s) => s.flags.length === 0).length / all.length).toBeGreaterThanOrEqual(1 / 3);
    const labelled = new Set(all.flatMap((s) => s.flags));
    for (const flag of coercionFlags.keys()) expect(labelled, flag).toContain(flag);
  });
});

describe('coercion lint scores', () => {
  // The development sets are what the lexicons were tuned on: these floors catch regressions.
  it('catches at least 90% of coercive dev sentences with at most 5% false alarms, per language', () => {
    for (const row of score(readCorpus('dev')).byLanguage) {
      const line = languageLine(row);
      expect(Number(line.recall), `${row.name} recall`).toBeGreaterThanOrEqual(0.9);
      expect(Number(line.falseAlarms), `${row.name} false alarms`).toBeLessThanOrEqual(0.05);
    }
  });

  // blind-3 to blind-8 measure generalisation (docs/LINT.md has the numbers; nothing is tuned on them); this only guards against a collapse.
  it('stays well above the rules alone on the unseen evaluation sets (blind-3 to blind-8)', () => {
    for (const row of (['blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8'] as const).flatMap((set) => score(readCorpus(set)).byLanguage)) {
      const line = languageLine(row);
      expect(Number(line.recall), `${row.name} recall`).toBeGreaterThanOrEqual(0.65);
      expect(Number(line.falseAlarms), `${row.name} false alarms`).toBeLessThanOrEqual(0.25);
    }
  });
});

describe('what the lint reads', () => {
  it('has the stems of every lexicon word precomputed (npm run lint-stems after editing a lexicon)', () => {
    expect(JSON.parse(readFileSync('src/lint/term-stems.json', 'utf8'))).toEqual(termStems());
  });

  const flags = (text: string, lang: 'en' | 'es' | 'zh') => matchCoercion(text, [lang]).map((m) => m.flag).sort();

  it('reads through terminal escapes, invisible and bidi characters, look-alike letters and full-width forms', () => {
    const plain = flags('I will call your boss at work', 'en');
    expect(plain).toContain('threat_to_expose');
    for (const tricked of [
      'I will call your \u009b2Jboss at work',
      'I will call your \u001b[31mboss\u001b[0m at work',
      'I will call your bo\u200bss at work',
      'I will call your b\u202eoss\u202c at work',
      'I wi\u00adll call your b\u043ess at work', // soft hyphen, Cyrillic о
      'Ｉ ｗｉｌｌ ｃａｌｌ ｙｏｕｒ ｂｏｓｓ ａｔ ｗｏｒｋ',
    ]) {
      expect(flags(tricked, 'en'), JSON.stringify(tricked)).toEqual(plain);
    }
    expect(normalizeForLint('Ｐｏｌｉｃíａ\u200d')).toBe('policia');
    expect(flags('明天就让警察上门抓你！', 'zh')).toEqual(flags('明天就让警察上门抓你!', 'zh'));
    expect(flags('明天就让警\u200b察上门抓你', 'zh')).toContain('false_legal_threat');
  });

  it('matches inflected and unseen wording by concept, and reads a denial or a right as lawful', () => {
    expect(flags("We'll be letting your neighbours know about this unless it's paid.", 'en')).toContain('threat_to_expose');
    expect(flags('We will not let your neighbours know anything about this.', 'en')).toEqual([]);
    expect(flags('Le embargaremos la camioneta mañana mismo.', 'es')).toContain('false_legal_threat');
    expect(flags('Nadie le va a embargar nada sin una orden de un juez.', 'es')).toEqual([]);
    expect(flags('你要是不还，我们就通知你们公司领导。', 'zh')).toContain('threat_to_expose');
    expect(flags('我们不会通知你们公司领导。', 'zh')).toEqual([]);
    expect(flags("You won't be arrested over a debt.", 'en')).toEqual([]);
    expect(flags('You could be arrested if you keep ignoring us.', 'en')).toContain('false_legal_threat');
  });

  // Round 2 (docs/LINT.md): threats built from parts no phrase list holds, and the lawful sentences that share their words.
  it('reads a veiled threat built from a mishap, something of theirs and a hedge, and stays quiet on the same words said kindly', () => {
    expect(flags('Nice van. Shame if it caught fire one night.', 'en')).toContain('threat_of_harm');
    expect(flags('Qué bonita su tienda. Sería una pena que amaneciera con el vidrio estrellado.', 'es')).toContain('threat_of_harm');
    expect(flags('你那辆车天天停门口，哪天轮胎扎了可别怪我。', 'zh')).toContain('threat_of_harm');
    expect(flags('If you were in an accident and can\'t work, we can pause the account.', 'en')).toEqual([]);
  });

  it('counts calls, hears a stop request or a lawyer across sentences, and lets a privacy promise or a lawful call window pass', () => {
    expect(flags('This is my seventh call today. Pick up.', 'en')).toContain('call_frequency');
    expect(flags('Es la quinta llamada de la mañana, conteste por favor.', 'es')).toContain('call_frequency');
    expect(flags('Per your cease-and-desist we stopped calling. So we are texting instead.', 'en')).toContain('contact_after_cease');
    expect(flags('Your lawyer is slow. Call me directly and we settle today.', 'en')).toContain('contact_represented');
    expect(flags("I'd hate for your boss to hear about this, which is why I'll only ever call you.", 'en')).toEqual([]);
    expect(flags('Por ley solo podemos llamar de 7 de la mañana a 10 de la noche. ¿Qué hora le acomoda mejor?', 'es')).toEqual([]);
    expect(flags('您已经委托律师了，以后我们直接跟律师沟通。', 'zh')).toEqual([]);
  });

  it('reads an offer said to expire with the call as a false deadline, and an offer open to the month end as lawful', () => {
    expect(flags('This discount is only available until the end of this call.', 'en')).toContain('false_deadline');
    expect(flags('Esta oferta vence hoy a las cinco y no se vuelve a repetir.', 'es')).toContain('false_deadline');
    expect(flags('这个减免方案今天下午五点截止，过了就再也没有了。', 'zh')).toContain('false_deadline');
    expect(flags('Our offer of a 20% discount stays open until the end of next month.', 'en')).toEqual([]);
  });

  it('explains a finding: the flag, the words that triggered it and the rule', async () => {
    const [m] = matchCoercion("Pay today or I'll tell your employer.", ['en']);
    expect(m).toMatchObject({ flag: 'threat_to_expose', rule: 'threat to tell others' });
    expect(m!.words.map((w) => w.text)).toEqual(expect.arrayContaining(['tell', 'employer']));
    const cli = await parley(['lint', '--text', "Pay today or I'll tell your employer.", '--lang', 'en']);
    expect(cli.stdout).toContain('[threat_to_expose]');
    expect(cli.stdout).toContain('rule: threat to tell others');
    expect(cli.stdout).toMatch(/words: .*“employer”/);
    expect(cli.status).toBe(1);
  });
});

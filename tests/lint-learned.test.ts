import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../src/lint/learned-model.js';
import { plausibleLanguages } from '../src/lint/learned-reading.js';
import { LEARNED_MODELS, matchCoercion, matchRules } from '../src/lint/match-coercion.js';
import { EVALUATION_SETS, sameWords, train, trainingSamples, TRAINING_FOLDERS } from '../scripts/lint-train.js';
import { readFolder, RELABELLED } from '../scripts/lint-corpus.js';
import { parse } from 'yaml';
import { parley } from './helpers/cli.js';

const flags = (text: string, lang: 'en' | 'es' | 'zh') => matchCoercion(text, [lang]).map((m) => m.flag).sort();

describe('the learned reading of the lint', () => {
  it('is what `npm run lint-train` makes of the labelled sentences now (retrain after editing the corpus, a dialogue or the lexicons)', () => {
    const samples = trainingSamples();
    for (const language of ['en', 'es', 'zh'] as const) {
      const fresh = `${JSON.stringify(train(language, samples))}\n`;
      expect(fresh === readFileSync(`src/lint/learned-model-${language}.json`, 'utf8'), `src/lint/learned-model-${language}.json is stale: run npm run lint-train`).toBe(true);
    }
  });

  it('never trains on an evaluation set still in use', () => {
    expect(TRAINING_FOLDERS.filter((f) => /^blind-[3-9]/.test(f))).toEqual([]);
    expect(new Set(trainingSamples().map((s) => s.folder.split('/')[0]))).toEqual(new Set([...TRAINING_FOLDERS, 'dialogues']));
  });

  it('leaves out every training sentence with the same words as an evaluation sentence (labellers sometimes write the same line)', () => {
    expect(EVALUATION_SETS).toEqual(expect.arrayContaining(['blind-3', 'blind-7']));
    const evaluated = new Set(EVALUATION_SETS.flatMap((set) => readFolder(set)).map((s) => sameWords(s.text)));
    expect(TRAINING_FOLDERS.flatMap((f) => readFolder(f)).filter((s) => evaluated.has(sameWords(s.text))).length).toBeGreaterThan(0);
    expect(trainingSamples().filter((s) => evaluated.has(sameWords(s.text)))).toEqual([]);
  });

  it('reads the labels given again under the current definitions in place of the old ones', () => {
    const relabelled = (parse(readFileSync(RELABELLED, 'utf8')) as { sentences: { id: string; text: string; flags: string[] }[] }).sentences;
    expect(relabelled.length).toBeGreaterThan(300);
    const byId = new Map(TRAINING_FOLDERS.flatMap((f) => readFolder(f)).map((s) => [s.id, s]));
    for (const r of relabelled) {
      expect(byId.get(r.id)?.text, r.id).toBe(r.text);
      expect(byId.get(r.id)?.flags, r.id).toEqual(r.flags);
    }
    // The delivered files are untouched: read without the relabelling, a changed sentence has its old flags.
    const changed = relabelled.find((r) => r.flags.includes('threat_to_expose'))!;
    const [folder] = changed.id.split('/');
    expect(readFolder(folder!, { relabelled: false }).find((s) => s.id === changed.id)?.flags).not.toContain('threat_to_expose');
  });

  it('decodes to one weight per clue and head', () => {
    for (const model of Object.values(LEARNED_MODELS)) {
      const { clues, weights } = decodeModel(model);
      expect(weights.length).toBe(clues.length * model.heads.length);
      expect(new Set(clues).size).toBe(clues.length);
    }
  });

  // Sentences written for this test, not taken from any corpus folder: no rule fires on them.
  it('finds coercion the rules have no combination for, and says which words weighed most', () => {
    const unseen: [string, 'en' | 'es', RegExp][] = [
      // Told already: a disclosure; the reading is weak on tense and may call it a threat to tell (docs/LINT.md).
      ['Your mum was very upset to hear how much you owe.', 'en', /^(third_party_disclosure|threat_to_expose)$/],
      ["I'd think twice before ignoring me again, mate. Just saying.", 'en', /^threat_of_harm$/],
      ['Qué casualidad que su hija estudie en el colegio de la esquina, ¿verdad?', 'es', /^exploit_fear$/],
    ];
    for (const [text, lang, flag] of unseen) {
      expect(matchRules(text, [lang]), text).toEqual([]);
      const [m] = matchCoercion(text, [lang]);
      expect(m?.flag, text).toMatch(flag);
      expect(m!.rule).toBe('learned reading');
      expect(m!.words.length).toBeGreaterThan(0);
      for (const w of m!.words) expect(m!.phrase).toContain(w.text);
    }
  });

  it('keeps a rule finding it agrees with, explained by the rule', () => {
    const [m] = matchCoercion('We could always have a chat with your landlord about this.', ['en']);
    expect(m).toMatchObject({ flag: 'threat_to_expose', rule: 'threat to tell others' });
  });

  it('stays quiet on lawful talk about lawyers, courts and family', () => {
    expect(flags("If you'd like, we can send the statement to your lawyer instead.", 'en')).toEqual([]);
    expect(flags('The court hearing is on 14 March; you can attend and explain your situation.', 'en')).toEqual([]);
    expect(flags('We will not let your neighbours know anything about this.', 'en')).toEqual([]);
    expect(flags('我们不会通知你们公司领导。', 'zh')).toEqual([]);
    // The same threat said to the debtor is flagged (a bad tactic quoted as history may or may not be: lint.allow says "intended").
    expect(flags('Pay now or the police will arrest you.', 'en')).toEqual(['false_legal_threat']);
  });

  it('reads a text only in the languages it is plausibly written in when no language is given', () => {
    expect(plausibleLanguages('你要是不还，我们就通知你们公司领导。', ['en', 'es', 'zh'])).toEqual(['zh']);
    expect(plausibleLanguages('If you do not pay we will be in touch with your family.', ['en', 'es', 'zh'])).toEqual(['en']);
    expect(plausibleLanguages('Si no paga, vamos a hablar con su familia.', ['en', 'es', 'zh'])).toEqual(['es']);
    expect(plausibleLanguages('ok', ['es'])).toEqual(['es']);
  });

  it('shows a learned finding in `parley lint --text` with its clues', async () => {
    const cli = await parley(['lint', '--text', "I'd think twice before ignoring me again, mate. Just saying.", '--lang', 'en']);
    expect(cli.stdout).toContain('[threat_of_harm]');
    expect(cli.stdout).toContain('rule: learned reading');
    expect(cli.stdout).toMatch(/words: .*“(just )?saying”/);
    expect(cli.status).toBe(1);
  });
});

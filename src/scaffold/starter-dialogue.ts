import { excuseTypes } from '../catalog/index.js';
import type { Language } from '../schema/language.js';
import { STARTER_TEXT } from './starter-text.js';

export interface StarterOptions {
  id: string;
  /** Excuse type ids, in the order the debtor voices them; at least one. */
  excuses: readonly string[];
  language: Language;
  /** What goes after `$schema=` on the first line: a path relative to the file, or a URL. */
  schemaRef: string;
}

export const DEFAULT_EXCUSE = 'pay_tomorrow';
const DAYS_PAST_DUE = 30;

/**
 * A complete dialogue to start from: the opening, the disclosure, one debtor
 * turn per excuse (a lawful reply and a flagged one, each explained), then the
 * consequences, the promise and two endings. It validates, passes the deep
 * analysis and plays to an outcome as written; comments say what to replace.
 */
export function starterDialogue(options: StarterOptions): string {
  const t = STARTER_TEXT[options.language];
  const amount = t.formatAmount(t.amount);
  const fill = (text: string) =>
    text
      .replaceAll('{name}', t.debtor)
      .replaceAll('{amount}', amount)
      .replaceAll('{days}', String(DAYS_PAST_DUE))
      .replaceAll('{collector}', t.collector.name)
      .replaceAll('{company}', t.collector.company);
  const q = (text: string) => JSON.stringify(fill(text));
  const excuses = options.excuses.map((id) => {
    const excuse = excuseTypes.get(id);
    if (!excuse) throw new Error(`unknown excuse type '${id}'`);
    return excuse;
  });
  const title = excuses.map((e) => e.name[options.language]).join(' / ');
  const excuseStates = excuses.map((e) => e.id);
  const after = (i: number) => excuseStates[i + 1] ?? 'options';

  const lines = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    '# A starter dialogue written by `parley new`. Replace the lines and replies with your own,',
    '# keeping one lawful and at least one flagged reply per debtor turn, then check it with',
    `#   parley validate --deep <this file>   and   parley lint <this file>`,
    `id: ${options.id}`,
    'initial: opening',
    'meta:',
    '  parley: 1',
    `  title: ${JSON.stringify(title)}`,
    `  language: ${options.language}`,
    `  summary: ${q(t.summary)}`,
    '  setting: { channel: phone, debt_kind: credit_card, stage: early }',
    '  debtor:',
    `    name: ${q(t.debtor)}   # fictional`,
    '    persona:',
    '      ability: able          # able | unable',
    '      willingness: unwilling # willing | unwilling',
    '      temperament: evasive   # calm | evasive | anxious | hostile',
    `      true_reason: ${q(t.trueReason)}`,
    `    excuses: [${excuses.map((e) => e.id).join(', ')}]`,
    `    debt: { amount: ${t.amount}, currency: ${t.currency}, days_past_due: ${DAYS_PAST_DUE} }`,
    `  collector: { name: ${q(t.collector.name)}, company: ${q(t.collector.company)} }`,
    `  jurisdictions: [${t.jurisdiction}]`,
    '',
    'states:',
    '  opening:',
    `    scene: ${q(t.scene)}`,
    `    line: ${q(t.hello)}`,
    '    choices:',
    '      - id: identify',
    `        text: ${q(t.identify.text)}`,
    '        target: confirmed',
    '        meters: { trust: 1 }',
    `        feedback: ${q(t.identify.feedback)}`,
    '',
    '  confirmed:',
    `    line: ${q(t.confirmed)}`,
    '    choices:',
    '      - id: disclose_and_ask',
    `        text: ${q(t.disclose.text)}`,
    // The profile's required wording is in the text; locking it keeps later edits from dropping it.
    ...(t.jurisdiction === 'us' ? ['        locked: us_collector_disclosure'] : []),
    `        target: ${excuseStates[0]}`,
    '        tasks: [ask_payment_today]',
    `        feedback: ${q(t.disclose.feedback)}`,
  ];
  excuses.forEach((excuse, i) => {
    const coercive = t.coercive[i % t.coercive.length]!;
    lines.push(
      '',
      `  # The debtor voices '${excuse.id}'. The line is one of the catalog's examples: make it your debtor's own.`,
      `  ${excuse.id}:`,
      `    line: ${q(excuse.examples[options.language][0]!)}`,
      `    excuse: ${excuse.id}`,
      '    choices:',
      '      - id: ask_why',
      `        text: ${q(t.askWhy)}`,
      `        target: ${after(i)}`,
      '        meters: { trust: 1 }',
      ...(i === 0 ? ['        tasks: [understand_reason]'] : []),
      `        feedback: ${q(excuse.approach[options.language])}`,
      `      - id: ${coercive.flags[0]}_example   # a flagged reply: what not to say, and why`,
      `        text: ${q(coercive.text)}`,
      '        target: hung_up',
      '        meters: { trust: -3, cooperation: -2 }',
      `        flags: [${coercive.flags.join(', ')}]`,
      `        feedback: ${q(coercive.feedback)}`,
      `        better: ${q(coercive.better)}`,
    );
  });
  lines.push(
    '',
    '  options:',
    `    line: ${q(t.options)}`,
    '    choices:',
    '      - id: pros_cons',
    `        text: ${q(t.prosCons.text)}`,
    '        target: promise',
    '        meters: { cooperation: 1 }',
    '        tasks: [state_pros_cons]',
    `        feedback: ${q(t.prosCons.feedback)}`,
    '',
    '  promise:',
    `    line: ${q(t.promise)}`,
    '    choices:',
    '      - id: confirm',
    `        text: ${q(t.confirm.text)}`,
    '        target: promised',
    '        tasks: [obtain_promise]',
    `        feedback: ${q(t.confirm.feedback)}`,
    '',
    '  promised:',
    '    type: final',
    `    line: ${q(t.promised)}`,
    '    outcome: promise_to_pay',
    '',
    '  hung_up:',
    '    type: final',
    `    line: ${q(t.hungUp)}`,
    '    outcome: hung_up',
  );
  return `${lines.join('\n')}\n`;
}

import type { Language } from '../schema/language.js';
import { DEBRIEF_WORDS, type DebriefWords } from './debrief-words.js';

/** The words `parley run` puts around a dialogue's own text, in the dialogue's language. */
export interface RunLabels extends DebriefWords {
  coach: string;
  situation: string;
  why: string;
  cost: string;
  rule: string;
  note: string;
  better: string;
  meters: string;
  daysPastDue: (days: number) => string;
  channel: Record<'phone' | 'visit', string>;
  rulesOf: (id: string) => string;
  notFinished: (state: string, choices: string) => string;
  wontHold: string;
  /** Free reply: what the learner typed, and the reply Parley read it as. */
  typed: string;
  youMeant: (choice: string, confidence: string) => string;
  /** The random seed, as a learner reads it: which variant of the lines (and of a generated roleplay) this is. */
  variant: (seed: number) => string;
}

export const RUN_LABELS: Readonly<Record<Language, RunLabels>> = {
  en: {
    ...DEBRIEF_WORDS.en,
    coach: 'coach:',
    situation: 'situation:',
    why: 'why:',
    cost: 'cost:',
    rule: 'rule:',
    note: 'note:',
    better: 'better:',
    meters: 'Meters',
    daysPastDue: (days) => `${days} days past due`,
    channel: { phone: 'phone', visit: 'visit' },
    rulesOf: (id) => `${id} rules`,
    notFinished: (state, choices) => `dialogue not finished: waiting in '${state}'; choices: ${choices}`,
    wontHold: "won't hold",
    typed: 'You typed',
    youMeant: (choice, confidence) => `You meant: ${choice} (confidence ${confidence})`,
    variant: (seed) => `variant ${seed}`,
  },
  es: {
    ...DEBRIEF_WORDS.es,
    coach: 'coach:',
    situation: 'situación:',
    why: 'por qué:',
    cost: 'costo:',
    rule: 'norma:',
    note: 'nota:',
    better: 'mejor:',
    meters: 'Indicadores',
    daysPastDue: (days) => `${days} días de atraso`,
    channel: { phone: 'llamada', visit: 'visita' },
    rulesOf: (id) => `normas ${id}`,
    notFinished: (state, choices) => `diálogo sin terminar: en espera en '${state}'; opciones: ${choices}`,
    wontHold: 'no se sostendrá',
    typed: 'Usted escribió',
    youMeant: (choice, confidence) => `Quiso decir: ${choice} (confianza ${confidence})`,
    variant: (seed) => `variante ${seed}`,
  },
  zh: {
    ...DEBRIEF_WORDS.zh,
    coach: '指导：',
    situation: '情境：',
    why: '原因：',
    cost: '代价：',
    rule: '规则：',
    note: '说明：',
    better: '更好的说法：',
    meters: '指标',
    daysPastDue: (days) => `逾期 ${days} 天`,
    channel: { phone: '电话', visit: '上门' },
    rulesOf: (id) => `${id} 规则`,
    notFinished: (state, choices) => `对话未结束：停在 '${state}'；可选：${choices}`,
    wontHold: '难以持续',
    typed: '你输入',
    youMeant: (choice, confidence) => `你的意思是：${choice}（置信度 ${confidence}）`,
    variant: (seed) => `版本 ${seed}`,
  },
};

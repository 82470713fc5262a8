import type { Language } from '../schema/language.js';

/** The words `parley run` puts around a dialogue's own text, in the dialogue's language. */
export interface RunLabels {
  you: string;
  coach: string;
  situation: string;
  why: string;
  cost: string;
  rule: string;
  note: string;
  better: string;
  debrief: string;
  rules: string;
  outcome: string;
  unfinished: (turns: number) => string;
  coreTasks: string;
  flags: string;
  none: string;
  turn: (n: number) => string;
  trueReason: string;
  foundIt: (turn: number) => string;
  notFound: string;
  meters: string;
  score: string;
  scoreParts: (outcome: number, tasks: number, penalties: number) => string;
  daysPastDue: (days: number) => string;
  channel: Record<'phone' | 'visit', string>;
  rulesOf: (id: string) => string;
  notFinished: (state: string, choices: string) => string;
  wontHold: string;
  /** The random seed, as a learner reads it: which variant of the lines (and of a generated roleplay) this is. */
  variant: (seed: number) => string;
}

export const RUN_LABELS: Readonly<Record<Language, RunLabels>> = {
  en: {
    you: 'You',
    coach: 'coach:',
    situation: 'situation:',
    why: 'why:',
    cost: 'cost:',
    rule: 'rule:',
    note: 'note:',
    better: 'better:',
    debrief: 'Debrief',
    rules: 'Rules',
    outcome: 'Outcome',
    unfinished: (turns) => `none yet — the dialogue was left unfinished after ${turns} turns`,
    coreTasks: 'Core tasks',
    flags: 'Flags',
    none: 'none',
    turn: (n) => `turn ${n}`,
    trueReason: 'True reason',
    foundIt: (turn) => `you found it (turn ${turn})`,
    notFound: 'you did not find it',
    meters: 'Meters',
    score: 'Score',
    scoreParts: (o, t, p) => `outcome ${o} + tasks ${t} − flags ${p}`,
    daysPastDue: (days) => `${days} days past due`,
    channel: { phone: 'phone', visit: 'visit' },
    rulesOf: (id) => `${id} rules`,
    notFinished: (state, choices) => `dialogue not finished: waiting in '${state}'; choices: ${choices}`,
    wontHold: "won't hold",
    variant: (seed) => `variant ${seed}`,
  },
  es: {
    you: 'Usted',
    coach: 'coach:',
    situation: 'situación:',
    why: 'por qué:',
    cost: 'costo:',
    rule: 'norma:',
    note: 'nota:',
    better: 'mejor:',
    debrief: 'Retroalimentación',
    rules: 'Normas',
    outcome: 'Resultado',
    unfinished: (turns) => `ninguno todavía: el diálogo quedó sin terminar tras ${turns} turnos`,
    coreTasks: 'Tareas clave',
    flags: 'Alertas',
    none: 'ninguna',
    turn: (n) => `turno ${n}`,
    trueReason: 'Motivo real',
    foundIt: (turn) => `lo descubrió (turno ${turn})`,
    notFound: 'no lo descubrió',
    meters: 'Indicadores',
    score: 'Puntuación',
    scoreParts: (o, t, p) => `resultado ${o} + tareas ${t} − alertas ${p}`,
    daysPastDue: (days) => `${days} días de atraso`,
    channel: { phone: 'llamada', visit: 'visita' },
    rulesOf: (id) => `normas ${id}`,
    notFinished: (state, choices) => `diálogo sin terminar: en espera en '${state}'; opciones: ${choices}`,
    wontHold: 'no se sostendrá',
    variant: (seed) => `variante ${seed}`,
  },
  zh: {
    you: '你',
    coach: '指导：',
    situation: '情境：',
    why: '原因：',
    cost: '代价：',
    rule: '规则：',
    note: '说明：',
    better: '更好的说法：',
    debrief: '复盘',
    rules: '规则',
    outcome: '结果',
    unfinished: (turns) => `暂无：对话在第 ${turns} 轮后中止`,
    coreTasks: '核心任务',
    flags: '违规提示',
    none: '无',
    turn: (n) => `第 ${n} 轮`,
    trueReason: '真实原因',
    foundIt: (turn) => `你找到了（第 ${turn} 轮）`,
    notFound: '你没有找到',
    meters: '指标',
    score: '得分',
    scoreParts: (o, t, p) => `结果 ${o} + 任务 ${t} − 违规 ${p}`,
    daysPastDue: (days) => `逾期 ${days} 天`,
    channel: { phone: '电话', visit: '上门' },
    rulesOf: (id) => `${id} 规则`,
    notFinished: (state, choices) => `对话未结束：停在 '${state}'；可选：${choices}`,
    wontHold: '难以持续',
    variant: (seed) => `版本 ${seed}`,
  },
};

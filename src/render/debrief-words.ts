import type { Severity } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';

/**
 * The debrief's words, which `parley run` prints and the play screen shows:
 * one translation, so a learner meets the same terms in both.
 */
export interface DebriefWords {
  /** The learner, as a speaker. */
  you: string;
  turn: (turn: number) => string;
  debrief: string;
  /** The rule set the call was played under. */
  rules: string;
  outcome: string;
  /** In place of an outcome when the learner stopped before an ending. */
  unfinished: (turns: number) => string;
  coreTasks: string;
  flags: string;
  none: string;
  /** The debtor's true reason, and whether the learner's questions found it. */
  trueReason: string;
  foundIt: (turn: number) => string;
  notFound: string;
  score: string;
  /** Before the words a learner typed that raised a flag (free reply). */
  inYourWords: string;
  scoreParts: (outcome: number, tasks: number, penalties: number) => string;
  /** A flag's severity, as a label. */
  severity: Record<Severity, string>;
}

export const DEBRIEF_WORDS: Readonly<Record<Language, DebriefWords>> = {
  en: {
    you: 'You',
    turn: (turn) => `turn ${turn}`,
    debrief: 'Debrief',
    rules: 'Rules',
    outcome: 'Outcome',
    unfinished: (turns) => `none — left unfinished after ${turns} ${turns === 1 ? 'turn' : 'turns'}`,
    coreTasks: 'Core tasks',
    flags: 'Flags',
    none: 'none',
    trueReason: 'True reason',
    foundIt: (turn) => `you found it (turn ${turn})`,
    notFound: 'you did not find it',
    score: 'Score',
    inYourWords: 'in your words:',
    scoreParts: (outcome, tasks, penalties) => `outcome ${outcome} + tasks ${tasks} − flags ${penalties}`,
    severity: { violation: 'VIOLATION', coercive: 'COERCIVE', caution: 'CAUTION' },
  },
  es: {
    you: 'Usted',
    turn: (turn) => `turno ${turn}`,
    debrief: 'Retroalimentación',
    rules: 'Normas',
    outcome: 'Resultado',
    unfinished: (turns) => `ninguno: quedó sin terminar tras ${turns} ${turns === 1 ? 'turno' : 'turnos'}`,
    coreTasks: 'Tareas clave',
    flags: 'Alertas',
    none: 'ninguna',
    trueReason: 'Motivo real',
    foundIt: (turn) => `lo descubrió (turno ${turn})`,
    notFound: 'no lo descubrió',
    score: 'Puntuación',
    inYourWords: 'en sus palabras:',
    scoreParts: (outcome, tasks, penalties) => `resultado ${outcome} + tareas ${tasks} − alertas ${penalties}`,
    severity: { violation: 'INFRACCIÓN', coercive: 'COACCIÓN', caution: 'CUIDADO' },
  },
  zh: {
    you: '你',
    turn: (turn) => `第 ${turn} 轮`,
    debrief: '复盘',
    rules: '适用规则',
    outcome: '结果',
    unfinished: (turns) => `无：进行 ${turns} 轮后中途结束`,
    coreTasks: '核心任务',
    flags: '警示',
    none: '无',
    trueReason: '真实原因',
    foundIt: (turn) => `你问出来了（第 ${turn} 轮）`,
    notFound: '你没有问出来',
    score: '得分',
    inYourWords: '你的原话：',
    scoreParts: (outcome, tasks, penalties) => `结果 ${outcome} + 任务 ${tasks} − 警示 ${penalties}`,
    severity: { violation: '违规', coercive: '强迫', caution: '注意' },
  },
};

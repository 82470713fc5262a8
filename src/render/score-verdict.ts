import type { Score } from '../engine/types.js';
import type { Language } from '../schema/language.js';

const VERDICT: Record<Language, Record<'passed' | 'failed' | 'violation' | 'coercive', (mark: number) => string>> = {
  en: {
    passed: (mark) => `passed (pass mark ${mark})`,
    failed: (mark) => `failed: below the pass mark of ${mark}`,
    violation: (mark) => `failed: a violation fails the call, whatever it collected (pass mark ${mark})`,
    coercive: (mark) => `failed: a coercive tactic fails the call, whatever it collected (pass mark ${mark})`,
  },
  es: {
    passed: (mark) => `aprobada (nota mínima ${mark})`,
    failed: (mark) => `reprobada: por debajo de la nota mínima de ${mark}`,
    violation: (mark) => `reprobada: una infracción reprueba la llamada, cobre lo que cobre (nota mínima ${mark})`,
    coercive: (mark) => `reprobada: una táctica coercitiva reprueba la llamada, cobre lo que cobre (nota mínima ${mark})`,
  },
  zh: {
    passed: (mark) => `合格（合格线${mark}分）`,
    failed: (mark) => `不合格：低于合格线${mark}分`,
    violation: (mark) => `不合格：只要有违规，不论收回多少，这通电话都不合格（合格线${mark}分）`,
    coercive: (mark) => `不合格：只要用了施压手段，不论收回多少，这通电话都不合格（合格线${mark}分）`,
  },
};

/** Whether the call passed, and why not, in the learner's language: shared by every debrief. */
export function scoreVerdict(score: Score, language: Language): string {
  const v = VERDICT[language];
  if (score.passed) return v.passed(score.passMark);
  return score.violation ? v.violation(score.passMark) : score.coercive ? v.coercive(score.passMark) : v.failed(score.passMark);
}

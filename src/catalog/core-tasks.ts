import type { CoreTask } from '../schema/catalog.js';

/** The four tasks of every collection contact (as collector training teaches them). */
export const CORE_TASKS = [
  {
    id: 'ask_payment_today',
    name: { en: 'Ask for payment today', es: 'Pedir el pago hoy', zh: '要求今天还款' },
    description: {
      en: 'State the amount owed and ask, clearly and calmly, for payment now.',
      es: 'Decir cuánto se debe y pedir el pago ahora, con claridad y calma.',
      zh: '说明欠款金额，清楚而平静地请对方今天还款。',
    },
  },
  {
    id: 'understand_reason',
    name: { en: 'Understand the reason', es: 'Entender el motivo', zh: '了解逾期原因' },
    description: {
      en: 'Find out why the payment was missed: unable to pay, or unwilling — and whether the excuse is the real reason.',
      es: 'Averiguar por qué no pagó: si no puede o no quiere, y si la excusa es el motivo real.',
      zh: '弄清楚为什么没还：是还不起还是不想还，说出来的理由是不是真正的原因。',
    },
  },
  {
    id: 'state_pros_cons',
    name: { en: 'State the pros and cons', es: 'Explicar pros y contras', zh: '讲明利弊' },
    description: {
      en: 'Explain truthfully what paying now avoids and what further delay will cost — no exaggeration.',
      es: 'Explicar con la verdad qué evita pagar ahora y qué costará seguir retrasándose, sin exagerar.',
      zh: '如实说明现在还款能避免什么、继续拖延会带来什么后果，不夸大。',
    },
  },
  {
    id: 'obtain_promise',
    name: { en: 'Obtain a concrete promise', es: 'Conseguir un compromiso concreto', zh: '取得明确的还款承诺' },
    description: {
      en: 'Agree an amount, a date and a channel, and confirm them back.',
      es: 'Acordar monto, fecha y forma de pago, y confirmarlos en voz alta.',
      zh: '约定金额、日期和还款方式，并向对方复述确认。',
    },
  },
] as const satisfies readonly CoreTask[];

export type CoreTaskId = (typeof CORE_TASKS)[number]['id'];

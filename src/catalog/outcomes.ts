import type { Outcome } from '../schema/catalog.js';

/** How a contact can end. `value` feeds the score: a compliant payment arrangement is worth most. */
export const OUTCOMES = [
  { id: 'paid_today', kind: 'success', value: 60, name: { en: 'Paid today', es: 'Pagó hoy', zh: '当天还款' } },
  { id: 'promise_to_pay', kind: 'success', value: 50, name: { en: 'Promise to pay (date and amount)', es: 'Promesa de pago (fecha y monto)', zh: '承诺还款（日期和金额）' } },
  { id: 'payment_plan', kind: 'success', value: 50, name: { en: 'Payment plan agreed', es: 'Plan de pagos acordado', zh: '达成分期还款计划' } },
  { id: 'hardship_referral', kind: 'success', value: 45, name: { en: 'Referred to hardship support', es: 'Derivado a apoyo por dificultades', zh: '转介困难援助' } },
  { id: 'dispute_logged', kind: 'partial', value: 40, name: { en: 'Dispute logged for verification', es: 'Disputa registrada para verificación', zh: '异议已登记待核实' } },
  { id: 'cease_contact', kind: 'partial', value: 30, name: { en: 'Cease-contact request honoured', es: 'Solicitud de cese de contacto respetada', zh: '已按要求停止联系' } },
  { id: 'escalated', kind: 'partial', value: 25, name: { en: 'Escalated to a supervisor', es: 'Escalado a un supervisor', zh: '上报主管处理' } },
  { id: 'legal_referral', kind: 'partial', value: 25, name: { en: 'Referred for lawful legal action', es: 'Derivado a acción legal conforme a derecho', zh: '依法转入法律程序' } },
  { id: 'hung_up', kind: 'failure', value: 5, name: { en: 'Debtor hung up or walked away', es: 'El deudor colgó o se fue', zh: '债务人挂断或离开' } },
  { id: 'complaint_filed', kind: 'failure', value: 0, name: { en: 'Complaint filed against the collector', es: 'Queja presentada contra el cobrador', zh: '债务人投诉催收员' } },
] as const satisfies readonly Outcome[];

export type OutcomeId = (typeof OUTCOMES)[number]['id'];

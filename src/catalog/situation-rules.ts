import type { SituationRuleDefinition } from '../schema/catalog.js';

/**
 * Replies that are lawful in one moment and a violation in the next. The engine
 * applies every rule to every reply, on top of the flags an author wrote, so an
 * author cannot forget them. Dialogues describe the moment with these names:
 * - facts (setFact): cease_requested, represented_by_lawyer, debt_disputed, debt_verified;
 * - state tag: third_party_present (someone other than the debtor is present or on the line);
 * - meta.contact: local_time, attempts_this_week, attempts_today, days_since_conversation.
 * Which replies are demands or mention the debt: src/engine/reply-kind.ts.
 */
export const SITUATION_RULES = [
  {
    id: 'demand_after_cease',
    flag: 'contact_after_cease',
    when: { facts: ['cease_requested'] },
    reply: 'demand',
    because: {
      en: 'The debtor has asked you to stop contacting them; pressing for payment now ignores that request. Acknowledge it, ask how they would rather be contacted, and end the call.',
      es: 'El deudor pidió que dejen de contactarlo; insistir ahora en el pago es ignorar esa solicitud. Reconózcala, pregunte cómo prefiere que lo contacten y termine la llamada.',
      zh: '债务人已要求停止联系，这时还催要还款就是无视这一请求。应确认请求、问清对方希望的联系方式，然后结束通话。',
    },
  },
  {
    id: 'demand_when_represented',
    flag: 'contact_represented',
    when: { facts: ['represented_by_lawyer'] },
    reply: 'demand',
    because: {
      en: 'The debtor told you a lawyer represents them on this debt; demands go to the lawyer, not to the debtor.',
      es: 'El deudor le dijo que un abogado lo representa en esta deuda; las exigencias de pago van al abogado, no al deudor.',
      zh: '债务人已告知有律师代理这笔债务，催款应找律师，而不是直接找债务人。',
    },
  },
  {
    id: 'debt_before_others',
    flag: 'third_party_disclosure',
    when: { tags: ['third_party_present'] },
    reply: 'mentions_debt',
    because: {
      en: 'Someone other than the debtor can hear you; mentioning the debt now discloses it to them.',
      es: 'Alguien que no es el deudor lo está escuchando; mencionar la deuda ahora se la revela a esa persona.',
      zh: '现场（或电话里）有债务人以外的人在听，这时提到欠款就是向第三方透露债务。',
    },
  },
  {
    id: 'demand_during_dispute',
    flag: 'unverified_dispute',
    when: { facts: ['debt_disputed'], unlessFacts: ['debt_verified'] },
    reply: 'demand',
    because: {
      en: 'The debtor disputes the debt and it has not been checked yet; pressing for payment now brushes the dispute aside.',
      es: 'El deudor disputa la deuda y todavía no se ha revisado; exigir el pago ahora es pasar por alto la disputa.',
      zh: '债务人对债务提出了异议，且尚未核实，此时继续催要还款就是无视这一异议。',
    },
  },
  {
    id: 'outside_contact_hours',
    flag: 'inconvenient_time',
    when: { contact: 'outside_hours' },
    reply: 'first',
    because: {
      en: 'It is {time} where the debtor is; contact is only allowed from {from} to {to} their local time.',
      es: 'Son las {time} donde está el deudor; solo se permite contactarlo de {from} a {to}, hora local.',
      zh: '债务人当地时间是{time}，只允许在当地时间{from}至{to}之间联系。',
    },
  },
  {
    id: 'over_call_limit',
    flag: 'call_frequency',
    when: { contact: 'over_call_limit' },
    reply: 'first',
    because: {
      en: 'This is call number {attempts} {period}; the limit is {limit}.',
      es: 'Esta es la llamada número {attempts} {period}; el límite es {limit}.',
      zh: '这是{period}第{attempts}次来电，上限是{limit}次。',
    },
    becauseTraining: {
      en: "This is call number {attempts} {period}. The rules set no number, but past Parley's training line of {limit} contact is excessive enough for a regulator to question.",
      es: 'Esta es la llamada número {attempts} {period}. Las normas no fijan un número, pero pasada la referencia de formación de Parley ({limit}) el contacto es lo bastante excesivo como para que un regulador lo cuestione.',
      zh: '这是{period}第{attempts}次来电。规则没有规定具体次数，但超过Parley的培训参考线（{limit}次），这样的联系频率足以让监管机构质疑。',
    },
  },
  {
    id: 'soon_after_conversation',
    flag: 'call_frequency',
    when: { contact: 'soon_after_conversation' },
    reply: 'first',
    because: {
      en: 'You spoke with the debtor about this debt {ago}; no new call until {limit} days after a conversation (its day counts as day 1).',
      es: 'Habló con el deudor sobre esta deuda {ago}; no se puede volver a llamar hasta {limit} días después de una conversación (el día de la conversación cuenta como el primero).',
      zh: '{ago}刚就这笔债务与债务人通过电话；通话后{limit}天内不得再次来电（通话当天算第1天）。',
    },
  },
] as const satisfies readonly SituationRuleDefinition[];

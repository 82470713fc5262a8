import type { Language } from '../schema/language.js';

/** A coercive reply the starter shows next to the lawful one, so authors see how a flagged choice is written. */
export interface CoerciveExample {
  flags: string[];
  text: string;
  feedback: string;
  better: string;
}

/**
 * Everything a starter dialogue says, per language. Written as natural speech
 * in each language (Mexican Spanish, Mainland Chinese), not translated word for word.
 * `{name}`, `{amount}` and `{days}` are filled in by starter-dialogue.ts.
 */
export interface StarterText {
  summary: string;
  debtor: string;
  trueReason: string;
  collector: { name: string; company: string };
  currency: string;
  amount: number;
  formatAmount: (amount: number) => string;
  jurisdiction: 'us' | 'mx' | 'cn';
  scene: string;
  hello: string;
  identify: { text: string; feedback: string };
  confirmed: string;
  disclose: { text: string; feedback: string };
  askWhy: string;
  coercive: CoerciveExample[];
  options: string;
  prosCons: { text: string; feedback: string };
  promise: string;
  confirm: { text: string; feedback: string };
  promised: string;
  hungUp: string;
}

export const STARTER_TEXT: Record<Language, StarterText> = {
  en: {
    summary: 'Replace with one sentence about the situation: who owes what, and why the call is hard.',
    debtor: 'Alex Morgan',
    trueReason: 'Replace with why the debtor really has not paid. Hidden from the learner.',
    collector: { name: 'Sam', company: 'Ridgeline Recovery' },
    currency: 'USD',
    amount: 500,
    formatAmount: (n) => `$${n.toLocaleString('en-US')}`,
    jurisdiction: 'us',
    scene: 'You call the number on file. Someone picks up after three rings.',
    hello: 'Hello?',
    identify: {
      text: 'Hi, this is {collector} from {company}. Am I speaking with {name}?',
      feedback: 'Confirm you are talking to the right person before you mention any debt.',
    },
    confirmed: "Yeah, that's me. What's this about?",
    disclose: {
      text: 'This is an attempt to collect a debt and any information obtained will be used for that purpose. Your balance of {amount} is {days} days past due. Can you pay it today?',
      feedback: 'Disclosure given, amount stated, payment asked for. Clear and calm.',
    },
    askWhy: "I hear you. Can you tell me what's making this payment hard right now?",
    coercive: [
      {
        flags: ['threat_to_expose'],
        text: "If you won't deal with it, I'll call your employer and let them know you owe us.",
        feedback: 'Threatening to tell an employer about the debt uses a disclosure the collector may not make as leverage.',
        better: 'Keep it between you and the debtor: ask what is getting in the way, and what they can pay.',
      },
      {
        flags: ['false_legal_threat'],
        text: 'Pay today, or the police will be at your door by Friday.',
        feedback: 'Owing money is not a crime. Threatening arrest is a false legal threat.',
        better: 'Say what can really happen under the agreement, truthfully, and ask what they can pay.',
      },
      {
        flags: ['false_deadline'],
        text: 'This is your last chance. After today the whole amount doubles.',
        feedback: 'An invented deadline and an invented charge to rush the payment are deceptive.',
        better: 'Give the real consequences of waiting, with no made-up deadline, and ask for a date.',
      },
    ],
    options: "Okay. So what happens if I can't pay it all right now?",
    prosCons: {
      text: 'If it stays unpaid, the late fees in your agreement keep adding up and it may be reported late. Paying now stops that. How much can you pay, and by when?',
      feedback: 'True consequences, no exaggeration, then a concrete question.',
    },
    promise: 'I can do the full {amount} on Friday, by bank transfer.',
    confirm: {
      text: "Great. So that's {amount} on Friday by bank transfer. I'll send you a written confirmation today.",
      feedback: 'Repeat the promise back: amount, date, channel.',
    },
    promised: 'Fine. Friday it is.',
    hungUp: "I'm not listening to this. Goodbye.",
  },
  es: {
    summary: 'Reemplace con una frase sobre la situación: quién debe qué y por qué la llamada es difícil.',
    debtor: 'Mariana Solís',
    trueReason: 'Reemplace con la razón real por la que no ha pagado. El alumno no la ve.',
    collector: { name: 'Sofía', company: 'Cobranzas Cordillera' },
    currency: 'MXN',
    amount: 5000,
    formatAmount: (n) => `$${n.toLocaleString('en-US')} pesos`,
    jurisdiction: 'mx',
    scene: 'Marca al número registrado. Contestan al tercer timbre.',
    hello: '¿Bueno?',
    identify: {
      text: 'Buenas tardes, le habla {collector} de {company}. ¿Hablo con {name}?',
      feedback: 'Confirme que habla con la persona correcta antes de mencionar cualquier deuda.',
    },
    confirmed: 'Sí, soy yo. ¿De qué se trata?',
    disclose: {
      text: 'Le llamo para cobrar una deuda, y cualquier información que me dé se usará con ese fin. Su saldo de {amount} tiene {days} días de atraso. ¿Lo puede pagar hoy?',
      feedback: 'Se identificó, dijo el monto y pidió el pago con claridad y calma.',
    },
    askWhy: 'Entiendo. ¿Me puede contar qué le está complicando este pago ahorita?',
    coercive: [
      {
        flags: ['threat_to_expose'],
        text: 'Si no me paga, le voy a hablar a su trabajo para que sepan que nos debe.',
        feedback: 'Amenazar con contarle la deuda al empleador usa como presión algo que el cobrador no puede hacer.',
        better: 'Quédese con el deudor: pregunte qué le impide pagar y cuánto puede dar.',
      },
      {
        flags: ['false_legal_threat'],
        text: 'Si no paga hoy, el viernes le va a llegar la policía a su casa.',
        feedback: 'Deber dinero no es delito. Amenazar con la policía es una amenaza legal falsa.',
        better: 'Explique con la verdad lo que puede pasar según el contrato y pregunte cuánto puede pagar.',
      },
      {
        flags: ['false_deadline'],
        text: 'Es su última oportunidad: después de hoy la deuda se duplica.',
        feedback: 'Inventar un plazo y un recargo para apurar el pago es engañoso.',
        better: 'Dé las consecuencias reales de esperar, sin plazos inventados, y pida una fecha.',
      },
    ],
    options: 'Ok… ¿y qué pasa si no puedo pagarlo todo ahorita?',
    prosCons: {
      text: 'Si sigue sin pagarse, se siguen sumando los intereses moratorios de su contrato y el atraso puede aparecer en su historial. Pagar ahora lo detiene. ¿Cuánto puede pagar y para cuándo?',
      feedback: 'Consecuencias reales, sin exagerar, y luego una pregunta concreta.',
    },
    promise: 'Le puedo pagar los {amount} completos el viernes, por transferencia.',
    confirm: {
      text: 'Perfecto. Entonces son {amount} el viernes por transferencia. Hoy mismo le mando la confirmación por escrito.',
      feedback: 'Repita la promesa: monto, fecha y forma de pago.',
    },
    promised: 'Ándale, el viernes.',
    hungUp: 'No tengo por qué oír esto. Hasta luego.',
  },
  zh: {
    summary: '（请替换）用一句话说明场景：谁欠了什么，这通电话难在哪里。',
    debtor: '王丽',
    trueReason: '（请替换）债务人没还款的真实原因，学员看不到。',
    collector: { name: '小孙', company: '瑞岭信用管理' },
    currency: 'CNY',
    amount: 3000,
    formatAmount: (n) => `${n}元`,
    jurisdiction: 'cn',
    scene: '你拨打了登记的电话，响了三声后有人接起。',
    hello: '喂？',
    identify: {
      text: '您好，我是{company}的{collector}，请问是{name}本人吗？',
      feedback: '先确认对方是本人，再谈欠款的事。',
    },
    confirmed: '是我，什么事？',
    disclose: {
      text: '我是受委托来催收欠款的。您的账户欠款{amount}，已经逾期{days}天了，今天能还上吗？',
      feedback: '表明身份、说清金额，并明确提出今天还款，语气平和。',
    },
    askWhy: '我理解。方便说说现在还款主要难在哪儿吗？',
    coercive: [
      {
        flags: ['threat_to_expose'],
        text: '你再不还，我就打到你单位去，让你领导知道你欠钱不还。',
        feedback: '拿“告诉你单位”来威胁，是用催收方不能做的事来施压。',
        better: '只和债务人本人沟通：问清困难在哪，能还多少。',
      },
      {
        flags: ['false_legal_threat'],
        text: '今天不还，周五警察就上门抓人。',
        feedback: '欠债不是犯罪，拿警察吓人是虚假的法律威胁。',
        better: '如实说明按合同可能产生的后果，再问对方能还多少。',
      },
      {
        flags: ['false_deadline'],
        text: '这是最后的机会，过了今天欠款就翻倍。',
        feedback: '编造期限和翻倍的费用来催促还款，属于欺骗。',
        better: '如实说明拖延的后果，不编造期限，再约定还款日期。',
      },
    ],
    options: '那……如果我现在还不上全部，会怎么样？',
    prosCons: {
      text: '如果一直不还，合同约定的逾期费用会继续累积，也可能按实际情况报送征信。现在还款就能止住。您能还多少，什么时候还？',
      feedback: '如实说明后果，不夸大，再问具体的金额和时间。',
    },
    promise: '我周五能把{amount}全部还上，用银行转账。',
    confirm: {
      text: '好的，那就是周五通过银行转账还{amount}。我今天会把确认信息发给您。',
      feedback: '复述承诺：金额、日期、还款方式。',
    },
    promised: '行，周五。',
    hungUp: '我不想听了，挂了。',
  },
};

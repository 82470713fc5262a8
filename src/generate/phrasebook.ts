import type { ProfileId } from '../schema/catalog.js';
import type { Persona } from '../schema/dialogue.js';
import type { Language, LocalizedList, LocalizedText } from '../schema/language.js';
import type { Distractor } from './distractors.js';

/**
 * Everything a generated phone call says that does not come from the
 * catalogs, in each language as people there would say it. `{name}` slots are
 * filled by the generator: {debtor}, {collector}, {company}, {creditor},
 * {amount}, {days}, {part}, {rest}, {date}, {disclosure}.
 */

type Temperament = Persona['temperament'];

/** Fictional people and firms only. */
export const NAMES: LocalizedList = {
  en: ['Dana Whitfield', 'Marcus Bell', 'Priya Nair', 'Tom Keegan', 'Alicia Moreno', 'Ray Dunmore', 'Keisha Holt', 'Owen Pratt'],
  es: ['Lucía Ortega', 'Javier Salas', 'Marisol Peña', 'Ernesto Villalobos', 'Rocío Lozano', 'Héctor Ibarra', 'Adriana Cervantes'],
  zh: ['王丽', '陈志强', '刘芳', '赵建国', '孙晓梅', '周海涛', '林佳'],
};

export const COLLECTOR: LocalizedText = { en: 'Sam', es: 'Andrea', zh: '李敏' };
export const COMPANY: LocalizedText = { en: 'Ridgeline Recovery', es: 'Cobranzas Ridgeline', zh: '岭信资产管理公司' };
export const CREDITOR: LocalizedText = { en: 'Northbank Card Services', es: 'Tarjetas Norbanco', zh: '北岸银行信用卡中心' };

export const TITLE: LocalizedText = { en: 'Generated: {excuses}', es: 'Generado: {excuses}', zh: '自动生成：{excuses}' };
export const EXCUSE_JOINER: LocalizedText = { en: ' + ', es: ' + ', zh: '＋' };
export const SUMMARY: LocalizedText = {
  en: 'A generated phone call (variant {variant}): {debtor} is {days} days late on {amount}.',
  es: 'Una llamada generada (variante {variant}): {debtor} lleva {days} días de atraso con {amount}.',
  zh: '自动生成的电话催收（版本{variant}）：{debtor}欠款{amount}，已逾期{days}天。',
};

export const SCENE: LocalizedText = {
  en: 'You call the mobile number on file. It rings a few times.',
  es: 'Marca al celular registrado. Suena varias veces.',
  zh: '你拨打档案里登记的手机号，响了几声后有人接起。',
};

export const GREETING: Record<Temperament, LocalizedList> = {
  calm: { en: ['Hello?', "Hello, who's calling?"], es: ['¿Bueno?', '¿Sí, bueno? ¿Quién habla?'], zh: ['喂，您好？', '喂，哪位？'] },
  evasive: {
    en: ['Yeah... who is this?', "Uh, hello? Who's asking?"],
    es: ['¿Sí...? ¿Quién habla?', '¿Bueno? ¿De parte de quién?'],
    zh: ['喂……谁啊？', '嗯？哪位找？'],
  },
  anxious: {
    en: ['Hello? Is everything all right?', 'H-hello? Who is this?'],
    es: ['¿Bueno? ¿Pasó algo?', '¿Sí? ¿Quién habla? ¿Está todo bien?'],
    zh: ['喂？出什么事了吗？', '喂……您是哪位？'],
  },
  hostile: {
    en: ['What? Who is this?', 'Yeah, what do you want?'],
    es: ['¿Qué quiere? ¿Quién habla?', '¿Bueno? ¿Ahora qué?'],
    zh: ['谁啊？什么事？', '喂！又是谁？'],
  },
};

export const CONFIRMED: Record<Temperament, LocalizedText> = {
  calm: { en: "Yes, that's me. What's this about?", es: 'Sí, soy yo. ¿De qué se trata?', zh: '对，我就是。什么事？' },
  evasive: { en: "...Yeah, it's me. What's this about?", es: '...Sí, soy yo. ¿Para qué?', zh: '……是我。什么事？' },
  anxious: { en: "Yes, it's me. Oh no, is something wrong?", es: 'Sí, soy yo. Ay, ¿pasó algo malo?', zh: '是我。是不是出什么事了？' },
  hostile: { en: "Yeah, it's me. Make it quick.", es: 'Sí, yo soy. Rápido, que estoy ocupado.', zh: '是我。有话快说。' },
};

/** How the collector opens the call and then says what it is about, where the call happens. */
export interface Opening {
  /** Name and firm, then a check that the debtor is on the line: nothing about a debt yet. */
  identify: LocalizedText;
  /** Once it is the debtor: what the call is about and a request for payment today ({disclosure} where wording is required). */
  disclose: LocalizedText;
  feedback: LocalizedText;
}

export const IDENTIFY_FEEDBACK: LocalizedText = {
  en: 'Say who you are and confirm you have the right person before you mention any debt.',
  es: 'Diga quién es y confirme que habla con la persona correcta antes de mencionar cualquier deuda.',
  zh: '先报上身份、确认对方是本人，再提欠款的事。',
};

export const OPENINGS: Record<ProfileId, Opening> = {
  us: {
    identify: {
      en: 'Hi, this is {collector} from {company}. Am I speaking with {debtor}?',
      es: 'Buenas tardes, habla {collector}, de {company}. ¿Hablo con {debtor}?',
      zh: '您好，我是{company}的{collector}。请问是{debtor}本人吗？',
    },
    disclose: {
      en: "Thank you. {disclosure} I'm calling for {creditor}: your account has {amount} past due, {days} days late. Can you pay it today?",
      es: 'Gracias. {disclosure} Le llamo de parte de {creditor}: su cuenta tiene un saldo vencido de {amount}, con {days} días de atraso. ¿Puede pagarlo hoy?',
      zh: '谢谢。{disclosure}我代表{creditor}联系您：您的账户有{amount}逾期未还，已经{days}天了。今天能还上吗？',
    },
    feedback: {
      en: 'Who you act for, the amount, how late it is, and a calm request for payment today. The debt-collector disclosure is required word for word on this call.',
      es: 'Para quién cobra, cuánto se debe, cuánto atraso lleva y una petición tranquila de pago hoy. El aviso de cobrador de deudas es obligatorio, palabra por palabra, en esta llamada.',
      zh: '说清代表谁、欠多少、逾期多久，再平静地请对方今天还款。这通电话必须逐字说出债务催收告知语。',
    },
  },
  uk: {
    identify: {
      en: 'Hello, this is {collector} from {company}. Could I speak to {debtor}, please?',
      es: 'Buenas tardes, habla {collector}, de {company}. ¿Podría hablar con {debtor}, por favor?',
      zh: '您好，我是{company}的{collector}。请问是{debtor}本人吗？',
    },
    disclose: {
      en: "Thank you. I'm calling from {company} on behalf of {creditor} about your credit card account: it's {amount} in arrears, {days} days overdue. Are you able to pay that today?",
      es: 'Gracias. Le llamo de {company} en nombre de {creditor} por su tarjeta de crédito: tiene {amount} en mora, con {days} días de atraso. ¿Podría pagarlo hoy?',
      zh: '谢谢。我是{company}的，受{creditor}委托，就您的信用卡账户跟您联系：目前拖欠{amount}，已经逾期{days}天。今天能还上吗？',
    },
    feedback: {
      en: 'Once you know it is the customer: your firm, who you act for, the arrears and how long, and a calm request for payment today.',
      es: 'Una vez que sabe que es el cliente: su empresa, para quién cobra, el adeudo y su antigüedad, y una petición tranquila de pago hoy.',
      zh: '确认是本人后，说清您的公司、代表谁、拖欠多少、逾期多久，再平静地请对方今天还款。',
    },
  },
  mx: {
    identify: {
      en: 'Good afternoon, this is {collector} from {company}. Am I speaking with {debtor}?',
      es: 'Buenas tardes, le habla {collector}, de {company}. ¿Hablo con {debtor}?',
      zh: '您好，我是{company}的{collector}。请问是{debtor}本人吗？',
    },
    disclose: {
      en: "Thank you. As I said, I'm {collector} with {company}, a collection agency; {creditor} has asked us to collect your credit card account: it has {amount} past due, {days} days late. Can you pay it today?",
      es: 'Gracias. Como le decía, soy {collector} y trabajo en {company}, un despacho de cobranza; {creditor} nos encargó la cobranza de su tarjeta de crédito: tiene un saldo vencido de {amount}, con {days} días de atraso. ¿Lo puede cubrir hoy?',
      zh: '谢谢。我是催收机构{company}的{collector}，受{creditor}委托，就您的信用卡欠款跟您联系：您的账户有{amount}逾期未还，已经{days}天了。今天能还上吗？',
    },
    feedback: {
      en: 'Once you know it is the debtor: your name, the collection agency and the creditor you collect for, the amount and how late it is, then a calm request for payment today.',
      es: 'Ya que sabe que habla con el deudor: su nombre, el despacho y la institución para la que cobra, el monto y el atraso, y luego una petición tranquila de pago hoy.',
      zh: '确认是本人后，说清您的姓名、所在的催收机构和委托的债权机构、欠多少、逾期多久，再平静地请对方今天还款。',
    },
  },
  cn: {
    identify: {
      en: 'Hello, this is {collector} from {company}. Am I speaking with {debtor}?',
      es: 'Buenas tardes, habla {collector}, de {company}. ¿Hablo con {debtor}?',
      zh: '您好，我是{company}的{collector}。请问是{debtor}本人吗？',
    },
    disclose: {
      en: "Thank you. {creditor} has asked us to contact you about your credit card: {amount} is overdue, {days} days now. Can you repay it today?",
      es: 'Gracias. {creditor} nos encargó contactarle por su tarjeta de crédito: tiene {amount} vencidos, con {days} días de atraso. ¿Puede pagarlo hoy?',
      zh: '谢谢。我们受{creditor}委托，就您的信用卡欠款跟您联系：您的账户有{amount}逾期未还，已经{days}天了。今天方便还上吗？',
    },
    feedback: {
      en: 'Once you know it is the debtor: who you are, the institution you act for, the amount and how long it is overdue, and a calm request for repayment today.',
      es: 'Una vez que sabe que es el deudor: quién es usted, la institución para la que cobra, el monto y el atraso, y una petición tranquila de pago hoy.',
      zh: '确认是本人后，说清您是谁、受哪家机构委托、欠多少、逾期多久，再平静地请对方今天还款。',
    },
  },
};

export const BLURT_DEBT: Distractor & { better: LocalizedText } = {
  flags: ['missing_disclosure'],
  text: {
    en: "You owe {amount} and it's {days} days late. When are you paying?",
    es: 'Usted debe {amount} y lleva {days} días de atraso. ¿Cuándo va a pagar?',
    zh: '你欠了{amount}，已经逾期{days}天了。什么时候还？',
  },
  feedback: {
    en: 'You named the debt before saying who you are or checking who answered: anyone could be on the line.',
    es: 'Mencionó la deuda antes de decir quién es o de confirmar quién contestó: podría ser cualquier persona.',
    zh: '还没表明身份、也没确认接电话的是谁，就先说出了欠款，电话那头可能是任何人。',
  },
  better: {
    en: 'Introduce yourself, confirm you are speaking to the debtor, then explain why you are calling.',
    es: 'Preséntese, confirme que habla con el deudor y luego explique por qué llama.',
    zh: '先自我介绍，确认是债务人本人，再说明来电事由。',
  },
};

export const LEGAL_PRETEXT: Distractor & { better: LocalizedText } = {
  flags: ['impersonation', 'false_legal_threat'],
  text: {
    en: 'This is the legal department. A case file has been opened in your name.',
    es: 'Le hablamos del departamento jurídico. Ya se abrió un expediente a su nombre.',
    zh: '这里是法务部。已经以你的名字立案了。',
  },
  feedback: {
    en: 'There is no legal department and no case file. Posing as legal staff and inventing proceedings is deceptive.',
    es: 'No hay departamento jurídico ni expediente. Hacerse pasar por personal jurídico e inventar un proceso es engañoso.',
    zh: '根本没有法务部，也没有立案。冒充法务人员、捏造法律程序属于欺骗。',
  },
  better: {
    en: 'Say who you are and who you collect for, and ask for payment today.',
    es: 'Diga quién es y para quién cobra, y pida el pago de hoy.',
    zh: '说明你是谁、代表谁催收，然后请对方今天还款。',
  },
};

export const PROS_CONS = {
  text: {
    en: "Thank you for telling me. Here's where it stands: while the account stays past due, the late fees in your agreement keep adding up, and it may be reported late. Paying now stops that.",
    es: 'Gracias por decírmelo. Así están las cosas: mientras la cuenta siga vencida, los cargos por atraso de su contrato se siguen sumando y el atraso se puede reportar al buró de crédito. Pagar ahora lo detiene.',
    zh: '谢谢您跟我说实话。现在的情况是：账户一直逾期的话，合同里约定的滞纳金会继续累加，也可能如实报送征信。现在还款就能止住。',
  },
  feedback: {
    en: 'Truthful consequences from the agreement, no exaggeration, and what paying now changes.',
    es: 'Consecuencias reales según el contrato, sin exagerar, y qué cambia si paga ahora.',
    zh: '按合同如实说明后果，不夸大，并讲清现在还款有什么好处。',
  },
} satisfies Record<string, LocalizedText>;

export const CONSIDER: Record<Temperament, LocalizedText> = {
  calm: { en: 'Okay. So what are you asking me to do?', es: 'Bueno. ¿Entonces qué me pide que haga?', zh: '好吧。那你想让我怎么做？' },
  evasive: { en: "Yeah, well... I'll see what I can do.", es: 'Sí, pues... a ver qué puedo hacer.', zh: '嗯……我看看吧。' },
  anxious: { en: 'Oh god. Okay. What do I do?', es: 'Ay, Dios. Está bien. ¿Qué hago?', zh: '天哪……那我该怎么办？' },
  hostile: { en: 'Great. Anything else, or are we done?', es: 'Qué bien. ¿Algo más, o ya terminamos?', zh: '行了吧？还有别的事吗？' },
};

export const ASK_TODAY = {
  text: {
    en: "Let's see what's possible today. What could you pay now, even part of it?",
    es: 'Veamos qué se puede hoy. ¿Cuánto podría pagar ahora, aunque sea una parte?',
    zh: '我们看看今天能做到什么程度。现在能先还多少，哪怕一部分也行？',
  },
  feedback: {
    en: "Back to today's payment, scaled to what this debtor can actually do.",
    es: 'De vuelta al pago de hoy, a la medida de lo que este deudor sí puede hacer.',
    zh: '回到今天的还款，并按对方实际能力来谈。',
  },
} satisfies Record<string, LocalizedText>;

export const OFFER: Record<Persona['ability'], LocalizedText> = {
  able: {
    en: "I could do {part} today. The rest... I don't know.",
    es: 'Hoy podría dar {part}. Lo demás... no sé.',
    zh: '今天我能先还{part}。剩下的……我也说不好。',
  },
  unable: { en: "Honestly? Not today. I don't have it.", es: 'La verdad, hoy no. No lo tengo.', zh: '说实话，今天真还不了，我手上没有。' },
};

export const PIN_DOWN = {
  text: {
    en: '{part} today is a good start. For the remaining {rest}, what date can you commit to, and how will you pay it?',
    es: '{part} hoy es un buen comienzo. Para los {rest} restantes, ¿a qué fecha se puede comprometer y cómo lo va a pagar?',
    zh: '今天先还{part}，是个好的开始。剩下的{rest}，您能定在哪天、用什么方式还？',
  },
  feedback: {
    en: 'Take what is possible today and pin the rest to an amount, a date and a channel.',
    es: 'Tome lo posible hoy y fije el resto con monto, fecha y forma de pago.',
    zh: '今天能还的先收，剩下的落实到金额、日期和还款方式。',
  },
} satisfies Record<string, LocalizedText>;

export const PAY_IN_FULL = {
  text: {
    en: "If you can manage the full {amount} today, that settles it and stops the fees. Could you do it from your banking app while we're on the phone?",
    es: 'Si puede cubrir los {amount} completos hoy, queda liquidado y se detienen los cargos. ¿Puede hacerlo desde la app de su banco mientras seguimos en la llamada?',
    zh: '如果今天能一次还清{amount}，这笔账就结了，费用也不再产生。我们通着电话，您用手机银行操作可以吗？',
  },
  feedback: {
    en: 'The debtor is cooperating and can pay: offering to settle it now, on a channel they control, is natural rather than pushy.',
    es: 'El deudor coopera y puede pagar: ofrecerle liquidar ahora, por un medio que él controla, es natural y no una presión.',
    zh: '对方愿意配合也有能力：提出现在用他自己掌控的渠道还清，是顺理成章，不是逼迫。',
  },
} satisfies Record<string, LocalizedText>;

export const HARDSHIP = {
  text: {
    en: "Then let's not force something you can't keep. I can refer you to our hardship team for a plan that fits your income. Can I book a call with them for Thursday?",
    es: 'Entonces no forcemos algo que no va a poder cumplir. Puedo canalizarlo con nuestro equipo de apoyo para un plan acorde a sus ingresos. ¿Le agendo una llamada con ellos el jueves?',
    zh: '那我们就不勉强定一个做不到的方案。我可以帮您转到困难援助组，按您的收入定计划。帮您约周四跟他们通话，可以吗？',
  },
  feedback: {
    en: 'A debtor who cannot pay needs a realistic route, not pressure: a hardship referral with a date is a real outcome.',
    es: 'Un deudor que no puede pagar necesita una salida realista, no presión: canalizarlo a apoyo con una fecha es un resultado real.',
    zh: '还不起的债务人需要的是可行的出路，而不是施压：定好日期转介困难援助，本身就是实实在在的结果。',
  },
} satisfies Record<string, LocalizedText>;

export const PAYING: LocalizedText = {
  en: "Okay, the app's open... it's asking how much. The whole thing, right?",
  es: 'Bueno, ya abrí la app... me pregunta cuánto. ¿Todo, verdad?',
  zh: '好，App打开了……问我还多少。全部还是吧？',
};

export const CONFIRM_PAYMENT = {
  text: {
    en: "Yes, the full {amount}. Once it goes through you'll get a confirmation, and I'll note the account as paid. Thank you.",
    es: 'Sí, los {amount} completos. Cuando se procese le llega una confirmación y yo registro la cuenta como pagada. Gracias.',
    zh: '对，全部{amount}。付款成功后您会收到确认，我这边也会登记结清。谢谢您。',
  },
  feedback: {
    en: 'Confirm what is being paid and what happens next. No card numbers read out over the phone.',
    es: 'Confirme qué se paga y qué sigue. Sin dictar números de tarjeta por teléfono.',
    zh: '确认还款金额和后续安排，不要让对方在电话里报卡号。',
  },
} satisfies Record<string, LocalizedText>;

export const TERMS: Record<Persona['ability'], LocalizedText> = {
  able: {
    en: 'Okay. {rest} on the {date}, by bank transfer.',
    es: 'Está bien. Los {rest} el día {date}, por transferencia.',
    zh: '行。剩下的{rest}，{date}号转账还。',
  },
  unable: { en: "Thursday's fine. Thank you... really.", es: 'El jueves está bien. Gracias... de verdad.', zh: '周四可以。谢谢你……真的。' },
};

export const CONFIRM_TERMS: Record<Persona['ability'], { text: LocalizedText; feedback: LocalizedText }> = {
  able: {
    text: {
      en: "Great. So: {part} today, and {rest} on the {date} by bank transfer. I'll send you a written confirmation today.",
      es: 'Perfecto. Entonces: {part} hoy y {rest} el día {date} por transferencia. Hoy le mando la confirmación por escrito.',
      zh: '好的。那就是：今天先还{part}，剩下的{rest}在{date}号转账还清。今天我会把书面确认发给您。',
    },
    feedback: {
      en: 'Repeat the promise back (amounts, dates, channel) and confirm it in writing.',
      es: 'Repita el compromiso (montos, fechas, forma de pago) y confírmelo por escrito.',
      zh: '把承诺复述一遍（金额、日期、方式），并书面确认。',
    },
  },
  unable: {
    text: {
      en: "Done: the hardship team will call you on Thursday, and I'll send you the details in writing today. Thank you for being straight with me.",
      es: 'Listo: el equipo de apoyo le llama el jueves, y hoy le mando los detalles por escrito. Gracias por ser sincero conmigo.',
      zh: '好了：困难援助组周四给您打电话，今天我会把详细信息书面发给您。谢谢您跟我说实话。',
    },
    feedback: {
      en: 'Confirm the next step, its date and how they will hear about it.',
      es: 'Confirme el siguiente paso, su fecha y cómo se le va a avisar.',
      zh: '确认下一步、时间，以及会通过什么方式通知对方。',
    },
  },
};

export const ENDINGS = {
  paid: { en: 'Done. It says payment received.', es: 'Listo. Dice que el pago se recibió.', zh: '好了，显示还款成功。' },
  promised: { en: "Yeah. The {date}. I'll do it.", es: 'Sí. El día {date}, sin falta.', zh: '好，{date}号，我一定还。' },
  referred: { en: 'Thursday. Okay. Thanks.', es: 'El jueves. Va. Gracias.', zh: '周四，好的，谢谢。' },
  panic_paid: {
    en: "Fine! I'll pay it. Just... stop. Please.",
    es: '¡Ya, ya! Le pago. Nada más... ya no. Por favor.',
    zh: '好好好！我还！别再说了……求你了。',
  },
  hung_up: {
    en: "I'm done with this. Don't call me again.",
    es: 'Ya me cansé. No me vuelva a llamar.',
    zh: '我不想再听了，别再给我打电话。',
  },
  complaint: {
    en: "That's it. I'm recording this, and I'm filing a complaint about you.",
    es: 'Hasta aquí. Estoy grabando esto y voy a poner una queja contra usted.',
    zh: '够了。我在录音，我要投诉你。',
  },
} satisfies Record<string, LocalizedText>;

/** Why a payment frightened out of a debtor who cannot afford it will not hold. */
export const PANIC_UNSUSTAINABLE: LocalizedText = {
  en: "This debtor can't afford it: the money came out of rent or bills, and a payment made in fright is often reversed or followed by a missed one.",
  es: 'Este deudor no puede pagarlo: el dinero salió de la renta o de otros gastos, y un pago hecho por miedo muchas veces se cancela o le sigue un incumplimiento.',
  zh: '这位债务人其实还不起：这笔钱是从房租或生活费里挪出来的，被吓出来的还款常常会被撤回，或者下一期就断供。',
};

/** The day of the month as the {date} slot needs it: "15th" in "on the 15th", "15" in "el día 15" and "15号". */
export function ordinalDate(day: number, language: Language): string {
  if (language === 'en') {
    const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    return `${day}${suffix}`;
  }
  return String(day);
}

/**
 * An amount the way a speaker of the language writes that currency: "$1,240" in
 * an American call, "$2,520 pesos" in a Mexican one, "3360元" in a Chinese one.
 */
const MONEY: Record<string, Record<Language, (digits: string, plain: string) => string>> = {
  USD: { en: (d) => `$${d}`, es: (d) => `${d} dólares`, zh: (_, n) => `${n}美元` },
  GBP: { en: (d) => `£${d}`, es: (d) => `${d} libras`, zh: (_, n) => `${n}英镑` },
  MXN: { en: (d) => `${d} pesos`, es: (d) => `$${d} pesos`, zh: (_, n) => `${n}墨西哥比索` },
  CNY: { en: (d) => `¥${d}`, es: (d) => `${d} yuanes`, zh: (_, n) => `${n}元` },
};

export function formatMoney(amount: number, currency: string, language: Language): string {
  const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(amount);
  const format = MONEY[currency]?.[language];
  return format ? format(digits, String(amount)) : `${currency} ${digits}`;
}

/** Roughly what a card debt of the same weight is in each currency (amounts are drawn in dollars). */
export const CURRENCY_SCALE: Record<string, { factor: number; unit: number }> = {
  USD: { factor: 1, unit: 10 },
  GBP: { factor: 1, unit: 10 },
  CNY: { factor: 7, unit: 100 },
  MXN: { factor: 18, unit: 100 },
};

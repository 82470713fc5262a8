import type { ProfileId } from '../schema/catalog.js';
import type { LocalizedText } from '../schema/language.js';

/**
 * Coercive replies a generated roleplay offers beside the lawful one: each is
 * a tactic collectors are often taught (the flag catalog's `commonTip`), said
 * the way a collector would say it, with the coaching that explains what it
 * breaks. The flags are the ones the reply itself commits: asking the debtor
 * for a relative's number so the family pays is pressure to borrow, threatening
 * to tell someone is a threat to expose, and only telling them is a disclosure.
 */
export interface Distractor {
  flags: readonly string[];
  text: LocalizedText;
  feedback: LocalizedText;
  /** Added to the feedback where the law of the place says more (who counts as a third party, say). */
  note?: Partial<Record<ProfileId, LocalizedText>>;
}

/** For the excuse turns; the random seed picks one per turn. */
export const EXCUSE_DISTRACTORS: readonly Distractor[] = [
  {
    flags: ['pressure_to_borrow'],
    text: {
      en: "Then give me a family member's number. They can help you get this paid.",
      es: 'Entonces páseme el número de algún familiar. Ellos le pueden ayudar a pagar.',
      zh: '那你给我一个家里人的电话，让他们帮你把钱还上。',
    },
    feedback: {
      en: "A tip often passed around collection teams says to get the family to pay. Pushing the debtor to have relatives cover the debt is pressure to borrow: it moves the debt onto people who don't owe it. Ask what they can pay from their own income instead.",
      es: 'Entre cobradores es un consejo muy repetido: que pague la familia. Presionar al deudor para que sus familiares cubran la deuda es presionarlo a pedir prestado: pasa la deuda a personas que no la deben. Mejor pregunte cuánto puede pagar con sus propios ingresos.',
      zh: '很多催收培训会教“让家里人帮着还”。逼债务人找家人代还，就是逼迫借钱：把债转到了不欠钱的人身上。应该问清他靠自己的收入能还多少。',
    },
    note: {
      us: {
        en: " Asking for the number discloses nothing yet, and in the US a spouse counts as the consumer (15 U.S.C. 1692c(d)); but calling parents, siblings or friends about the debt would be a third-party disclosure.",
        es: ' Pedir el número todavía no revela nada, y en EE. UU. el cónyuge cuenta como el propio consumidor (15 U.S.C. 1692c(d)); pero llamar a padres, hermanos o amigos por la deuda sí sería revelarla a terceros.',
        zh: '光要电话号码还不算透露债务，而且在美国配偶视同债务人本人（15 U.S.C. 1692c(d)）；但打给父母、兄弟姐妹或朋友谈这笔债，就是向第三方透露债务。',
      },
      uk: {
        en: ' Calling relatives about the debt would also disclose it to third parties.',
        es: ' Además, llamar a los familiares por la deuda sería revelársela a terceros.',
        zh: '而且打给亲属谈这笔债，就是向第三方透露债务。',
      },
      mx: {
        en: ' In Mexico a collection agency may not collect from relatives or references at all: calling them about the debt would be collecting from third parties.',
        es: ' En México el despacho no puede cobrarles a familiares ni a referencias: llamarles por la deuda sería cobranza a terceros.',
        zh: '在墨西哥，催收机构不得向亲属或联系人催收：打给他们谈欠款就是向第三方催收。',
      },
      cn: {
        en: ' In China collection is only with the debtor (and any guarantor): calling relatives about the debt would disclose it to third parties.',
        es: ' En China solo se cobra al deudor (y, en su caso, al aval): llamar a los familiares por la deuda sería revelársela a terceros.',
        zh: '催收只能找债务人本人（及担保人）；打给家人谈欠款，就是向第三方透露债务。',
      },
    },
  },
  {
    flags: ['threat_to_expose'],
    text: {
      en: "If I don't see a payment today, I'll have to call your employer and let them know what's going on.",
      es: 'Si hoy no veo un pago, voy a tener que llamar a su trabajo para que sepan lo que está pasando.',
      zh: '今天再不还，我就只能打到你单位，让你们领导知道这事了。',
    },
    feedback: {
      en: "Threatening to tell their employer is a threat to expose them: leverage from something you may not lawfully do. The threat itself breaks the rules, whether or not you would make the call, and a debtor who fears for their job stops talking to you.",
      es: 'Amenazar con avisarle a su trabajo es amenazar con exhibirlo: presionar con algo que usted no puede hacer legalmente. La amenaza ya es la infracción, aunque no piense hacer la llamada, y un deudor que teme por su empleo deja de hablar con usted.',
      zh: '扬言告诉对方单位，就是威胁曝光：拿依法不能做的事来施压。不管你会不会真打这个电话，威胁本身就违规；担心丢工作的债务人也不会再跟你沟通。',
    },
  },
  {
    flags: ['guilt_trip'],
    text: {
      en: "You think you've got it bad? I haven't had a full paycheck in two months because of accounts like yours.",
      es: '¿Usted cree que está mal? Yo llevo dos meses sin sueldo completo por cuentas como la suya.',
      zh: '你觉得你难？我因为你这种账户两个月没拿到全额工资了。',
    },
    feedback: {
      en: "A tip often passed around collection teams says to sound worse off than the customer. Using your own pay to make them feel guilty is unfair pressure, and it makes the call about you.",
      es: 'Es un consejo muy repetido entre cobradores: «usted tiene que estar peor que el cliente». Usar su propio sueldo para hacerlo sentir culpable es presión indebida, y la llamada pasa a tratar de usted.',
      zh: '很多催收培训会教“你要比客户更难”。拿自己的工资让对方内疚是不正当施压，而且把话题从对方的账户扯到了你身上。',
    },
  },
  {
    flags: ['exploit_fear'],
    text: {
      en: 'Think about what happens to your family if this keeps going. Is that what you want for them?',
      es: 'Piense en lo que le va a pasar a su familia si esto sigue. ¿Eso quiere para ellos?',
      zh: '你想想，这事再拖下去，你家里人会怎么样？你愿意让他们跟着受罪吗？',
    },
    feedback: {
      en: 'Many collectors are taught to find what the customer fears most and use it. Playing on their fear for their family is manipulation, not a reason to pay.',
      es: 'Muchos cobradores aprenden a buscar lo que el cliente más teme y aprovecharlo. Jugar con su miedo por la familia es manipulación, no un motivo para pagar.',
      zh: '很多催收培训会教：找到客户最怕什么，然后加以利用。拿对方对家人的担心做文章是操纵，不是让人还款的理由。',
    },
  },
  {
    flags: ['call_frequency'],
    text: {
      en: "Fine. Then I'll call you every hour until it's paid.",
      es: 'Muy bien. Entonces le voy a estar llamando cada hora hasta que pague.',
      zh: '行，那我每个小时给你打一次，直到你还为止。',
    },
    feedback: {
      en: 'A tip often passed around collection teams says frequent calls make some debtors pay just to make it stop. Threatening constant calls is harassment.',
      es: 'Entre cobradores se repite que llamar seguido hace que algunos paguen nomás para que ya no les llamen. Amenazar con llamar sin parar es acoso.',
      zh: '很多催收培训会说，催得勤了，有人嫌烦就会还钱。威胁不停打电话就是骚扰。',
    },
  },
];

/** After the true reason comes out: "your credit is ruined forever". */
export const EXAGGERATION: Distractor = {
  flags: ['misrepresent_consequences'],
  text: {
    en: "If this isn't paid, your credit is ruined forever. No bank will ever lend to you again.",
    es: 'Si no paga, se queda quemado en el buró de crédito para siempre. Ningún banco le va a volver a prestar.',
    zh: '这钱不还，你的征信就彻底毁了，这辈子没有银行会再借钱给你。',
  },
  feedback: {
    en: "'Ruined forever' overstates what happens: late payments are reported for a limited time, and lenders decide case by case. Misleading the debtor about the consequences is unlawful, however well it works.",
    es: '«Quemado para siempre» exagera lo que pasa: los atrasos se reportan por un tiempo limitado y cada banco decide caso por caso. Engañar al deudor sobre las consecuencias es ilegal, por bien que funcione.',
    zh: '“彻底毁了”夸大了后果：逾期记录只保留一定年限，银行也是逐个审批。在后果上误导债务人是违法的，不管多管用。',
  },
};

/** When the debtor hesitates: an invented same-day deadline, backed by an invented legal step. */
export const FALSE_DEADLINE: Distractor = {
  flags: ['false_deadline', 'false_legal_threat'],
  text: {
    en: "If nothing's paid by five o'clock today, this goes to legal tonight.",
    es: 'Si no paga antes de las cinco, esto se va hoy mismo a jurídico.',
    zh: '今天五点前不还，晚上就转法务。',
  },
  feedback: {
    en: "There is no five o'clock deadline and nothing goes to legal tonight: both the deadline and the legal step are invented. Making up urgency and legal action to force a payment is deceptive.",
    es: 'No hay ningún plazo a las cinco ni nada se va hoy a jurídico: el plazo y el paso legal son inventados. Inventar urgencia y acciones legales para forzar un pago es engañoso.',
    zh: '根本没有五点的期限，今晚也不会转法务：期限和法律步骤都是编的。编造紧迫感和法律措施逼人还款属于欺骗。',
  },
};

/** When the debtor says what they can do: "ask your family and friends", or another card. */
export const BORROW: Distractor = {
  flags: ['pressure_to_borrow'],
  text: {
    en: 'Then borrow it. Ask your family or put it on another card; just get it paid today.',
    es: 'Entonces pídalo prestado. A su familia o con otra tarjeta; pero páguelo hoy.',
    zh: '那你就去借。找家里人借，或者刷别的卡，反正今天得还上。',
  },
  feedback: {
    en: 'Pushing the debtor to borrow to pay you only moves the debt somewhere more expensive. It is unfair pressure, and in some places unlawful.',
    es: 'Presionar al deudor para que pida prestado solo mueve la deuda a un lugar más caro. Es presión indebida y, en algunos lugares, ilegal.',
    zh: '逼债务人借钱来还，只是把债挪到更贵的地方。这是不正当施压，在有些地方是违法的。',
  },
};

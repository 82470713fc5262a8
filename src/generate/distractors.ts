import type { LocalizedText } from '../schema/language.js';

/**
 * Coercive replies a generated roleplay offers beside the lawful one: each is
 * a tactic the seed texts recommend (the flag catalog's `seedTactic`), said the
 * way a collector would say it, with the coaching that explains what it breaks.
 */
export interface Distractor {
  flags: readonly string[];
  text: LocalizedText;
  feedback: LocalizedText;
}

/** For the excuse turns; the seed picks one per turn. */
export const EXCUSE_DISTRACTORS: readonly Distractor[] = [
  {
    flags: ['third_party_disclosure'],
    text: {
      en: "Then give me a family member's number. They can help you get this paid.",
      es: 'Entonces páseme el número de algún familiar. Ellos le pueden ayudar a pagar.',
      zh: '那你给我一个家里人的电话，让他们帮你把钱还上。',
    },
    feedback: {
      en: 'A seed suggests asking relatives to pay. Calling family about the debt tells them about it: a third-party disclosure.',
      es: 'Un texto fuente sugiere pedir a los familiares que paguen. Llamarles por la deuda es revelársela: una divulgación a terceros.',
      zh: '培训材料建议找亲属代还。打电话跟家人说欠款的事，就是向第三方透露债务。',
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
      en: "The seeds' 'be worse off than the customer' trick. Using your own pay to make them feel guilty is unfair pressure, and it makes the call about you.",
      es: 'El truco de «estar peor que el cliente». Usar su propio sueldo para hacerlo sentir culpable es presión indebida, y la llamada pasa a tratar de usted.',
      zh: '这是“你要比客户更难”的套路。拿自己的工资让对方内疚是不正当施压，而且把话题从对方的账户扯到了你身上。',
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
      en: 'A seed says to find what the customer fears most and use it. Playing on their fear for their family is manipulation, not a reason to pay.',
      es: 'Un texto fuente dice buscar lo que el cliente más teme y aprovecharlo. Jugar con su miedo por la familia es manipulación, no un motivo para pagar.',
      zh: '培训材料说要找到客户最怕什么并加以利用。拿对方对家人的担心做文章是操纵，不是让人还款的理由。',
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
      en: 'A seed says frequent calls make some debtors pay to make it stop. Threatening constant calls is harassment.',
      es: 'Un texto fuente dice que las llamadas frecuentes hacen que algunos paguen para que paren. Amenazar con llamar sin parar es acoso.',
      zh: '培训材料说催得勤了有人会嫌烦而还钱。威胁不停打电话就是骚扰。',
    },
  },
];

/** After the true reason comes out: the seed's "your credit is ruined forever". */
export const EXAGGERATION: Distractor = {
  flags: ['misrepresent_consequences'],
  text: {
    en: "If this isn't paid, your credit is ruined forever. No bank will ever lend to you again.",
    es: 'Si no paga, su historial queda arruinado para siempre. Ningún banco le va a volver a prestar.',
    zh: '这钱不还，你的征信就彻底毁了，这辈子没有银行会再借钱给你。',
  },
  feedback: {
    en: "'Ruined forever' overstates what happens. Misleading the debtor about the consequences is unlawful, however well it works.",
    es: '«Arruinado para siempre» exagera lo que pasa. Engañar al deudor sobre las consecuencias es ilegal, por bien que funcione.',
    zh: '“彻底毁了”夸大了后果。在后果上误导债务人是违法的，不管多管用。',
  },
};

/** When the debtor hesitates: the seed's invented two-day deadline, made tighter. */
export const FALSE_DEADLINE: Distractor = {
  flags: ['false_deadline'],
  text: {
    en: "If nothing's paid by five o'clock today, this goes to legal tonight.",
    es: 'Si no paga antes de las cinco, esto se va hoy mismo a jurídico.',
    zh: '今天五点前不还，晚上就转法务。',
  },
  feedback: {
    en: "There is no five o'clock deadline and nothing goes to legal tonight. Inventing urgency to force a payment is deceptive.",
    es: 'No hay ningún plazo a las cinco ni nada se va a jurídico hoy. Inventar urgencia para forzar un pago es engañoso.',
    zh: '根本没有五点的期限，今晚也不会转法务。编造紧迫感逼人还款属于欺骗。',
  },
};

/** When the debtor says what they can do: the seed's "ask your family and friends". */
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

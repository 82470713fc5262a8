import type { Jurisdiction } from '../../schema/catalog.js';
import { CONSUMER_ONLY_FLAGS } from './consumer-only-flags.js';

const INDIVIDUALS_ONLY = {
  en: 'The Administration of Justice Act 1970 s.40 makes this an offence where it is done to coerce payment of a contract debt; it does not apply to a trader collecting from a consumer (s.40(3A)), so here it protects business debtors, in particular individuals such as sole traders. Whether it protects a company is not settled in the text.',
  es: 'La Administration of Justice Act 1970 s.40 lo tipifica como delito cuando se hace para forzar el pago de una deuda contractual; no se aplica a un comerciante que cobra a un consumidor (s.40(3A)), así que aquí protege a deudores comerciales, en particular personas físicas como los autónomos. El texto no deja claro si protege a una sociedad.',
  zh: '1970年《司法行政法》第40条规定，为迫使对方清偿合同债务而这样做即属犯罪；该条不适用于经营者向消费者催收（第40条第3A款），因此这里保护的是商业债务人，尤其是个体经营者等自然人。条文未明确是否保护公司。',
} as const;

export const UK = {
  id: 'uk',
  name: { en: 'United Kingdom', es: 'Reino Unido', zh: '英国' },
  currency: 'GBP',
  consumer: {
    rules: {
      en: 'FCA Consumer Credit sourcebook (CONC 7)',
      es: 'Manual de Crédito al Consumo de la FCA (CONC 7)',
      zh: '英国金融行为监管局《消费信贷手册》第7章（CONC 7）',
    },
    contactHours: {
      from: '08:00',
      to: '21:00',
      toInclusive: true,
      references: [
        { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.9.4R (unreasonable times; paragraph number inferred)', verified: false, debts: ['consumer'] },
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.4G (mortgages: a reasonable hour is usually 8 am–9 pm; used as the benchmark)', verified: false, debts: ['consumer'] },
      ],
    },
    callLimits: {
      perDay: 3,
      perWeek: 7,
      basis: 'training',
      note: {
        en: 'CONC sets no numeric cap: frequency is judged by its pattern and effect. Parley treats more than 3 calls in a day or 7 in a week as the excessive contact a regulator would question; that threshold is a training line, not a number in the rules.',
        es: 'CONC no fija un número máximo: la frecuencia se juzga por su patrón y efecto. Parley trata más de 3 llamadas en un día o 7 en una semana como el contacto excesivo que un regulador cuestionaría; ese umbral es una referencia de formación, no una cifra de la norma.',
        zh: 'CONC没有规定具体次数上限，频率按其方式和影响来判断。Parley把一天超过3次或一周超过7次视为监管机构会质疑的过度联系；这个界线是培训用的参考，并非规则中的数字。',
      },
      references: [
        { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.9.4R (unreasonable times; requests about contact; paragraph number inferred)', verified: false, debts: ['consumer'] },
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.3R (mortgages: excessive calls or correspondence)', verified: false, debts: ['consumer'] },
      ],
    },
    generalReference: { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.3.4R (forbearance and due consideration)', verified: true, debts: ['consumer'] },
    flags: {
      call_frequency: {
        severity: 'coercive',
        note: {
          en: 'CONC has no call cap; excessive contact is judged case by case, so a high count is coercive rather than a bright-line breach.',
          es: 'CONC no tiene un límite de llamadas; el contacto excesivo se juzga caso por caso, así que muchas llamadas son coacción, no una infracción automática.',
          zh: 'CONC没有通话次数上限，过度联系按个案判断，因此次数过多属于施压，而不是自动违规。',
        },
      },
      inconvenient_time: {
        note: {
          en: 'CONC 7.9.4R forbids contact at unreasonable times but names no hours; 8 am–9 pm is the FCA guidance for mortgage arrears (MCOB 13.5.4G), used here as the benchmark.',
          es: 'CONC 7.9.4R prohíbe contactar en horarios irrazonables pero no fija horas; de 8 a 21 h es la guía de la FCA para atrasos hipotecarios (MCOB 13.5.4G), usada aquí como referencia.',
          zh: 'CONC 7.9.4R禁止在不合理的时间联系，但没有规定具体时段；早8点至晚9点是FCA针对按揭欠款的指引（MCOB 13.5.4G），这里作为参照标准。',
        },
      },
      pressure_to_borrow: {
        severity: 'violation',
        note: {
          en: 'CONC 7.3.10R(3) is a rule: pressing a customer to borrow or sell property to pay breaks it.',
          es: 'CONC 7.3.10R(3) es una norma obligatoria: presionar al cliente para que pida prestado o venda bienes para pagar la incumple.',
          zh: 'CONC 7.3.10R(3)是强制性规则：逼迫客户借钱或变卖财产还款即违反该规则。',
        },
      },
      false_deadline: {
        severity: 'violation',
        note: {
          en: 'CONC 7.3.10R(2) is a rule: no pressure to pay within an unreasonably short period.',
          es: 'CONC 7.3.10R(2) es una norma obligatoria: no se puede presionar para pagar en un plazo irrazonablemente corto.',
          zh: 'CONC 7.3.10R(2)是强制性规则：不得施压要求在不合理的短期内还款。',
        },
      },
      refuse_to_leave: {
        severity: 'violation',
        note: {
          en: 'The CONC 7.9 visits rule forbids entering without consent and visiting inappropriate locations without express consent.',
          es: 'La norma de visitas de CONC 7.9 prohíbe entrar sin consentimiento y visitar lugares inapropiados sin consentimiento expreso.',
          zh: 'CONC 7.9关于上门的规则禁止未经同意进入，也禁止未经明确同意到不适当的地点上门。',
        },
      },
      contact_after_cease: {
        severity: 'coercive',
        note: {
          en: 'CONC does not let a customer stop collection altogether, but CONC 7.9.4R requires due regard to reasonable requests about when, where and how to be contacted; pressing on after such a request is likely to breach it.',
          es: 'CONC no permite al cliente detener el cobro por completo, pero CONC 7.9.4R exige tener en cuenta las solicitudes razonables sobre cuándo, dónde y cómo contactarlo; seguir insistiendo tras una de ellas probablemente la incumple.',
          zh: 'CONC并不允许客户完全叫停催收，但CONC 7.9.4R要求认真对待客户关于何时、何地、以何种方式联系的合理请求；提出此类请求后仍继续施压，很可能违反该规则。',
        },
      },
      contact_represented: {
        severity: 'coercive',
        note: {
          en: 'CONC forbids refusing to deal with a debt adviser or another person acting for the customer without an objectively justifiable reason; no CONC rule found bars contacting the customer directly, so going around the representative is scored as coercive.',
          es: 'CONC prohíbe negarse sin una razón objetivamente justificada a tratar con un asesor de deudas u otra persona que actúe por el cliente; no se encontró ninguna norma de CONC que impida contactar directamente al cliente, así que saltarse al representante se califica como coercitivo.',
          zh: 'CONC禁止无客观正当理由拒绝与债务顾问或代表客户的其他人打交道；未找到CONC禁止直接联系客户本人的规则，因此绕过代理人按不当施压计分。',
        },
      },
      unverified_dispute: {
        severity: 'violation',
        note: {
          en: 'CONC 7.14.1R: a firm must suspend recovery where the customer disputes the debt on valid grounds or what may be valid grounds, spoken or written.',
          es: 'CONC 7.14.1R: la empresa debe suspender el cobro cuando el cliente disputa la deuda con motivos válidos o que pueden serlo, de palabra o por escrito.',
          zh: 'CONC 7.14.1R：客户以成立或可能成立的理由（无论口头还是书面）对债务提出异议时，机构必须暂停催收。',
        },
      },
    },
    requiredWording: [],
  },
  commercial: {
    rules: {
      en: 'Business debt: CONC does not cover trade credit; Administration of Justice Act 1970 s.40, the Protection from Harassment Act 1997, the Late Payment of Commercial Debts (Interest) Act 1998, the law of trespass and the contract',
      es: 'Deuda comercial: CONC no cubre el crédito comercial; Administration of Justice Act 1970 s.40, Protection from Harassment Act 1997, Late Payment of Commercial Debts (Interest) Act 1998, la ley de allanamiento (trespass) y el contrato',
      zh: '商业债务：CONC不适用于商业赊销；适用1970年《司法行政法》第40条、1997年《防止骚扰法》、1998年《商业债务逾期付款（利息）法》、非法侵入的法律以及合同',
    },
    generalReference: { jurisdiction: 'uk', law: 'AJA 1970', cite: 's.40 (harassment of debtors)', verified: true, debts: ['commercial'] },
    flags: {
      abusive_language: { severity: 'coercive', note: INDIVIDUALS_ONLY },
      false_legal_threat: {
        // One severity for the flag: most business-debt bluffs are of civil action, which s.40 does not reach.
        severity: 'coercive',
        note: {
          en: 'Falsely claiming that criminal proceedings lie for failure to pay is an offence under AJA 1970 s.40(1)(b). A false threat of civil action is not covered by s.40, but it is still a false statement.',
          es: 'Afirmar falsamente que el impago da lugar a un proceso penal es delito según la AJA 1970 s.40(1)(b). Una amenaza falsa de acción civil no está cubierta por s.40, pero sigue siendo una afirmación falsa.',
          zh: '谎称不还款会被追究刑事责任，依1970年《司法行政法》第40条第1款(b)项属于犯罪。虚假的民事诉讼威胁不在第40条范围内，但仍是不实陈述。',
        },
      },
      misrepresent_consequences: { severity: 'coercive' },
      unauthorized_fees: {
        severity: 'coercive',
        note: {
          en: 'On a business debt, statutory interest and the fixed compensation sum under the Late Payment of Commercial Debts (Interest) Act 1998 are lawful to claim, as are charges the contract provides for; inventing any other fee is not.',
          es: 'En una deuda comercial se pueden reclamar legalmente los intereses legales y la compensación fija de la Late Payment of Commercial Debts (Interest) Act 1998, así como los cargos que prevé el contrato; inventar cualquier otro cargo no.',
          zh: '对商业债务，可依1998年《商业债务逾期付款（利息）法》依法主张法定利息和固定补偿金，也可主张合同约定的费用；编造其他费用则不行。',
        },
      },
      third_party_disclosure: { severity: 'coercive' },
      threat_to_expose: { severity: 'violation', note: INDIVIDUALS_ONLY },
      public_shaming: { severity: 'violation', note: INDIVIDUALS_ONLY },
      refuse_to_leave: {
        note: {
          en: 'Staying on premises after being asked to leave is trespass, and demands made in that manner can fall under AJA 1970 s.40.',
          es: 'Quedarse en un local después de que le piden retirarse es allanamiento (trespass), y las exigencias hechas de esa manera pueden caer bajo la AJA 1970 s.40.',
          zh: '被要求离开后仍滞留属于非法侵入；以这种方式索款也可能触犯1970年《司法行政法》第40条。',
        },
      },
      call_frequency: {
        severity: 'coercive',
        note: {
          en: 'No call cap applies to business debts; demands whose frequency is calculated to cause alarm, distress or humiliation fall under AJA 1970 s.40, and a course of harassing conduct under the Protection from Harassment Act 1997 (which protects individuals).',
          es: 'No hay límite de llamadas para deudas comerciales; las exigencias cuya frecuencia busca causar alarma, angustia o humillación caen bajo la AJA 1970 s.40, y una conducta reiterada de acoso bajo la Protection from Harassment Act 1997 (que protege a personas físicas).',
          zh: '商业债务没有通话次数上限；催款频率意在造成惊恐、痛苦或羞辱的，适用1970年《司法行政法》第40条；构成反复骚扰行为的，适用1997年《防止骚扰法》（保护自然人）。',
        },
      },
      false_deadline: { severity: 'coercive' },
      pressure_to_borrow: {
        severity: 'coercive',
        note: {
          en: 'CONC 7.3.10R does not apply to trade credit; discussing how a business will fund payment is ordinary commercial talk until it becomes pressure.',
          es: 'CONC 7.3.10R no se aplica al crédito comercial; hablar de cómo una empresa financiará el pago es conversación comercial normal hasta que se convierte en presión.',
          zh: 'CONC 7.3.10R不适用于商业赊销；讨论企业如何筹款付款属于正常商业沟通，变成施压才属不当。',
        },
      },
      ...CONSUMER_ONLY_FLAGS,
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

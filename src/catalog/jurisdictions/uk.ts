import type { Jurisdiction } from '../../schema/catalog.js';

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
        { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.9.4R (unreasonable times)', verified: false },
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.4G (reasonable hour usually 8 am–9 pm)', verified: true },
      ],
    },
    callLimits: {
      perDay: 3,
      perWeek: 7,
      note: {
        en: 'CONC sets no numeric cap: frequency is judged by its pattern and effect. Parley treats more than 3 calls in a day or 7 in a week as the excessive contact a regulator would question; that threshold is a training line, not a number in the rules.',
        es: 'CONC no fija un número máximo: la frecuencia se juzga por su patrón y efecto. Parley trata más de 3 llamadas en un día o 7 en una semana como el contacto excesivo que un regulador cuestionaría; ese umbral es una referencia de formación, no una cifra de la norma.',
        zh: 'CONC没有规定具体次数上限，频率按其方式和影响来判断。Parley把一天超过3次或一周超过7次视为监管机构会质疑的过度联系；这个界线是培训用的参考，并非规则中的数字。',
      },
      references: [
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.3R (excessive calls or correspondence)', verified: true },
        { jurisdiction: 'uk', law: 'AJA 1970', cite: 's.40 (frequency of demands)', verified: true },
      ],
    },
    generalReference: { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.3.4R (forbearance and due consideration)', verified: true },
    flags: {
      call_frequency: {
        severity: 'coercive',
        note: {
          en: 'CONC has no call cap; excessive contact is judged case by case, so a high count is coercive rather than a bright-line breach.',
          es: 'CONC no tiene un límite de llamadas; el contacto excesivo se juzga caso por caso, así que muchas llamadas son coacción, no una infracción automática.',
          zh: 'CONC没有通话次数上限，过度联系按个案判断，因此次数过多属于施压，而不是自动违规。',
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
          en: 'The CONC 7.9 visits rule forbids staying without consent.',
          es: 'La norma de visitas de CONC 7.9 prohíbe quedarse sin consentimiento.',
          zh: 'CONC 7.9关于上门的规则禁止未经同意滞留。',
        },
      },
    },
    requiredWording: [],
  },
  commercial: {
    rules: {
      en: 'Business debt: CONC does not cover trade credit; Administration of Justice Act 1970 s.40 (for debtors who are individuals), the Late Payment of Commercial Debts (Interest) Act 1998 and the contract',
      es: 'Deuda comercial: CONC no cubre el crédito comercial; Administration of Justice Act 1970 s.40 (si el deudor es una persona física), la Late Payment of Commercial Debts (Interest) Act 1998 y el contrato',
      zh: '商业债务：CONC不适用于商业赊销；适用1970年《司法行政法》第40条（债务人为个人时）、1998年《商业债务逾期付款（利息）法》以及合同',
    },
    generalReference: { jurisdiction: 'uk', law: 'AJA 1970', cite: 's.40 (harassment of debtors)', verified: false },
    flags: {
      abusive_language: { severity: 'coercive' },
      misrepresent_consequences: { severity: 'coercive' },
      unauthorized_fees: { severity: 'coercive' },
      third_party_disclosure: { severity: 'coercive' },
      call_frequency: { severity: 'coercive' },
      false_deadline: { severity: 'coercive' },
      pressure_to_borrow: { severity: 'coercive' },
      inconvenient_time: { applies: false },
      contact_after_cease: { applies: false },
      contact_represented: { applies: false },
      unverified_dispute: { applies: false },
      missing_disclosure: { applies: false },
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

import type { Jurisdiction } from '../../schema/catalog.js';

export const US = {
  id: 'us',
  name: { en: 'United States', es: 'Estados Unidos', zh: '美国' },
  currency: 'USD',
  consumer: {
    rules: { en: 'FDCPA and Regulation F', es: 'FDCPA y Reglamento F', zh: '《公平债务催收作业法》（FDCPA）与F条例' },
    contactHours: {
      from: '08:00',
      to: '21:00',
      toInclusive: true,
      references: [
        { jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692c(a)(1) (before 8 am, after 9 pm)', verified: true },
        { jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.6(b)(1)', verified: false },
      ],
    },
    callLimits: {
      perWeek: 7,
      daysAfterConversation: 7,
      note: {
        en: 'More than 7 calls in 7 days about one debt, or any call within 7 days after a telephone conversation about it, is presumed a violation.',
        es: 'Más de 7 llamadas en 7 días por una misma deuda, o cualquier llamada en los 7 días siguientes a una conversación telefónica sobre ella, se presume infracción.',
        zh: '同一笔债务7天内打电话超过7次，或在就该债务通话后的7天内再次来电，均推定违法。',
      },
      references: [{ jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.14(b)(2) (7 calls within 7 days)', verified: true }],
    },
    generalReference: {
      jurisdiction: 'us',
      law: 'FDCPA',
      cite: '15 U.S.C. 1692d (conduct that harasses, oppresses or abuses)',
      verified: false,
    },
    flags: {},
    requiredWording: [
      {
        id: 'us_collector_disclosure',
        name: {
          en: 'Debt-collector disclosure ("mini-Miranda")',
          es: 'Aviso de cobrador de deudas («mini-Miranda»)',
          zh: '债务催收身份告知（“mini-Miranda”）',
        },
        when: {
          en: 'In the first communication with the debtor; later ones must still say they are from a debt collector.',
          es: 'En la primera comunicación con el deudor; las siguientes deben seguir diciendo que vienen de un cobrador de deudas.',
          zh: '与债务人的第一次沟通中必须说明；之后每次沟通仍须表明来自债务催收方。',
        },
        text: {
          en: 'This is an attempt to collect a debt and any information obtained will be used for that purpose.',
          es: 'Esta es una comunicación de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se utilizará para ese fin.',
          zh: '这是一次债务催收沟通，我们正在尝试收回一笔欠款，所获得的任何信息都将用于此目的。',
        },
        references: [
          { jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692e(11)', verified: false },
          { jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.18(e)(1)–(2)', verified: true },
        ],
      },
    ],
  },
  commercial: {
    rules: {
      en: 'Business debt: no federal collection statute (the FDCPA and Regulation F cover consumer debts only); state harassment, trespass, defamation and extortion laws and the contract',
      es: 'Deuda comercial: ninguna ley federal de cobranza (la FDCPA y el Reglamento F solo cubren deudas de consumo); leyes estatales de acoso, allanamiento, difamación y extorsión, y el contrato',
      zh: '商业债务：联邦层面没有专门的催收法（FDCPA和F条例只适用于消费债务）；适用各州关于骚扰、非法侵入、诽谤和敲诈的法律以及合同',
    },
    generalReference: {
      jurisdiction: 'us',
      law: 'State law',
      cite: 'harassment, trespass, defamation and extortion laws of the state where the debtor is (they vary by state)',
      verified: false,
    },
    flags: {
      abusive_language: { severity: 'coercive' },
      false_legal_threat: { severity: 'coercive' },
      misrepresent_consequences: { severity: 'coercive' },
      unauthorized_fees: { severity: 'coercive' },
      third_party_disclosure: { severity: 'coercive' },
      threat_to_expose: { severity: 'coercive' },
      public_shaming: { severity: 'coercive' },
      call_frequency: { severity: 'coercive' },
      false_deadline: { severity: 'coercive' },
      inconvenient_time: { applies: false },
      contact_after_cease: { applies: false },
      contact_represented: { applies: false },
      unverified_dispute: { applies: false },
      missing_disclosure: { applies: false },
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

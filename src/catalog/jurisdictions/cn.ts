import type { Jurisdiction } from '../../schema/catalog.js';

export const CN = {
  id: 'cn',
  name: { en: 'China (mainland)', es: 'China (continental)', zh: '中国内地' },
  currency: 'CNY',
  consumer: {
    rules: {
      en: 'CBA 2026 collection guideline, NIFA collection standards and CBRC credit-card rules',
      es: 'Directriz de cobranza 2026 de la CBA, normas de cobranza de la NIFA y reglas de tarjetas de crédito de la CBRC',
      zh: '中国银行业协会2026年催收工作指引、中国互联网金融协会催收规范及银监会信用卡业务办法',
    },
    contactHours: {
      from: '08:00',
      to: '22:00',
      references: [
        { jurisdiction: 'cn', law: 'CBA 2026 guideline', cite: 'no collection 22:00–08:00 without consent', verified: true },
        { jurisdiction: 'cn', law: 'NIFA post-loan collection standard', cite: 'no collection 22:00–08:00 unless agreed', verified: true },
      ],
    },
    callLimits: {
      perDay: 6,
      note: {
        en: 'At most 6 call attempts a day to the same number (CBA); at most 3 connected calls a day (NIFA).',
        es: 'Como máximo 6 intentos de llamada al día al mismo número (CBA); como máximo 3 llamadas atendidas al día (NIFA).',
        zh: '同一号码每天最多拨打6次（银行业协会）；每天接通最多3次（互金协会）。',
      },
      references: [
        {
          jurisdiction: 'cn',
          law: 'CBA 2026 guideline',
          cite: 'unanswered calls: at most 6 attempts per day to the same number',
          verified: true,
        },
        {
          jurisdiction: 'cn',
          law: 'NIFA post-loan collection standard',
          cite: 'at most 3 connected calls per day per debtor',
          verified: true,
        },
      ],
    },
    generalReference: { jurisdiction: 'cn', law: 'CBRC 2011 credit-card measures', cite: 'art. 68 (no improper means)', verified: true },
    flags: {
      pressure_to_borrow: {
        severity: 'violation',
        note: {
          en: "Inducing new borrowing is on the CBA 2026 guideline's list of prohibited behaviours.",
          es: 'Inducir a pedir nuevos préstamos está en la lista de conductas prohibidas de la directriz CBA 2026.',
          zh: '诱导借新还旧属于银行业协会2026年指引明列的禁止行为。',
        },
      },
      refuse_to_leave: {
        severity: 'violation',
        note: {
          en: "Entering or staying in a home or office without consent is on the CBA 2026 guideline's list of prohibited behaviours.",
          es: 'Entrar o permanecer en un domicilio u oficina sin consentimiento está en la lista de conductas prohibidas de la directriz CBA 2026.',
          zh: '未经同意进入或滞留住所、办公场所属于银行业协会2026年指引明列的禁止行为。',
        },
      },
      contact_after_cease: {
        applies: false,
        note: {
          en: "No Chinese rule found ends collection at the debtor's request; respecting requests about time and channel is still good practice.",
          es: 'No se encontró ninguna norma china que obligue a dejar de cobrar cuando el deudor lo pide; respetar lo que pide sobre horario y medio sigue siendo buena práctica.',
          zh: '未找到中国规则要求应债务人请求停止催收；但尊重对方关于时间和方式的要求仍是良好做法。',
        },
      },
      contact_represented: {
        applies: false,
        note: {
          en: "No Chinese rule found requires dealing only through the debtor's lawyer; it is still the better course once one is involved.",
          es: 'No se encontró ninguna norma china que obligue a tratar solo con el abogado del deudor; aun así es lo más prudente cuando hay uno.',
          zh: '未找到中国规则要求只能通过债务人的律师沟通；但律师介入后，通过律师沟通仍是更稳妥的做法。',
        },
      },
    },
    requiredWording: [],
  },
  commercial: {
    rules: {
      en: 'Business debt: the consumer-loan collection guidelines do not apply; the Public Security Administration Punishments Law, the Criminal Law and the Civil Code (reputation and privacy)',
      es: 'Deuda comercial: no se aplican las directrices de cobranza de préstamos al consumo; la Ley de Sanciones de Seguridad Pública, el Código Penal y el Código Civil (reputación y privacidad)',
      zh: '商业债务：不适用个人消费贷款催收指引；适用《治安管理处罚法》《刑法》以及《民法典》关于名誉权和隐私权的规定',
    },
    generalReference: { jurisdiction: 'cn', law: 'PSAPL', cite: 'art. 42 (threats, public insult, repeated harassing messages)', verified: false },
    flags: {
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

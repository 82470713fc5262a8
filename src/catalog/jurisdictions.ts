import type { JurisdictionProfile, ProfileId } from '../schema/catalog.js';

/**
 * The rule sets a dialogue can be played and checked under. Facts come from
 * shared/reference/compliance.md (sections A and D1–D3); `verified` mirrors its
 * [V]/[K] marks. The flag catalog's severities are the US ones, so a profile only
 * lists where its jurisdiction differs: a binding rule (UK "R" rules, the Chinese
 * guideline's list of prohibited behaviours) makes a tactic a violation there,
 * and a flag no rule of the jurisdiction covers is not raised by situation rules.
 */
export const JURISDICTION_PROFILES = [
  {
    id: 'us',
    name: { en: 'United States', es: 'Estados Unidos', zh: '美国' },
    rules: { en: 'FDCPA and Regulation F', es: 'FDCPA y Reglamento F', zh: '《公平债务催收作业法》（FDCPA）与F条例' },
    contactHours: {
      from: '08:00',
      to: '21:00',
      references: [
        { jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692c(a)(1) (before 8 am, after 9 pm)', verified: true },
        { jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.6(b)(1)', verified: false },
      ],
    },
    callLimits: {
      perWeek: 7,
      note: {
        en: 'More than 7 calls in 7 days about one debt is presumed a violation.',
        es: 'Más de 7 llamadas en 7 días por una misma deuda se presume infracción.',
        zh: '同一笔债务7天内打电话超过7次，推定违法。',
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
  {
    id: 'uk',
    name: { en: 'United Kingdom', es: 'Reino Unido', zh: '英国' },
    rules: {
      en: 'FCA Consumer Credit sourcebook (CONC 7)',
      es: 'Manual de Crédito al Consumo de la FCA (CONC 7)',
      zh: '英国金融行为监管局《消费信贷手册》第7章（CONC 7）',
    },
    contactHours: {
      from: '08:00',
      to: '21:00',
      references: [
        { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.9.4R (unreasonable times)', verified: false },
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.4G (reasonable hour usually 8 am–9 pm)', verified: true },
      ],
    },
    callLimits: {
      note: {
        en: 'CONC sets no numeric cap: frequency is judged by its pattern and effect, so no call count is flagged by itself.',
        es: 'CONC no fija un número máximo: la frecuencia se juzga por su patrón y efecto, así que ningún número de llamadas se marca por sí solo.',
        zh: 'CONC没有规定具体次数上限，频率按其方式和影响来判断，因此不会仅凭通话次数标记。',
      },
      references: [
        { jurisdiction: 'uk', law: 'FCA MCOB', cite: 'MCOB 13.5.3R (excessive calls or correspondence)', verified: true },
        { jurisdiction: 'uk', law: 'AJA 1970', cite: 's.40 (frequency of demands)', verified: true },
      ],
    },
    generalReference: { jurisdiction: 'uk', law: 'FCA CONC', cite: 'CONC 7.3.4R (forbearance and due consideration)', verified: true },
    flags: {
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
  {
    id: 'cn',
    name: { en: 'China (mainland)', es: 'China (continental)', zh: '中国内地' },
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
] as const satisfies readonly JurisdictionProfile[];

export const jurisdictionProfiles: ReadonlyMap<ProfileId, JurisdictionProfile> = new Map(
  JURISDICTION_PROFILES.map((profile) => [profile.id, profile as JurisdictionProfile]),
);

export const PROFILE_IDS = JURISDICTION_PROFILES.map((p) => p.id);

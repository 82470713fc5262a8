import type { Jurisdiction } from '../../schema/catalog.js';
import { CONSUMER_ONLY_FLAGS } from './consumer-only-flags.js';

const CBA = { language: 'zh', law: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》' } as const;
const NIFA = { language: 'zh', law: '国家标准《互联网金融 个人网络消费信贷 贷后催收风控指引》' } as const;

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
        { jurisdiction: 'cn', law: 'CBA 2026 guideline', cite: 'no collection 22:00–08:00 without consent', verified: false, debts: ['consumer'], official: { ...CBA, cite: '未经债务人同意，严禁在每日晚22:00至次日早8:00催收' } },
        { jurisdiction: 'cn', law: 'NIFA post-loan collection standard', cite: 'no collection 22:00–08:00 unless agreed', verified: false, debts: ['consumer'], official: { ...NIFA, cite: '双方未约定时，不应在每日22:00至次日8:00催收' } },
      ],
    },
    callLimits: {
      perDay: 6,
      note: {
        en: 'Industry rules, not statute: when calls go unanswered, no more than 6 attempts a day to the same number (CBA 2026 guideline, banks and consumer-finance companies); no more than 3 effective conversations a day with one debtor (national standard for online consumer lending). Parley counts attempts against the 6.',
        es: 'Normas del sector, no leyes: si no contestan, no más de 6 intentos al día al mismo número (directriz CBA 2026, bancos y financieras de consumo); no más de 3 conversaciones efectivas al día con un mismo deudor (norma nacional para crédito al consumo en línea). Parley cuenta los intentos contra el 6.',
        zh: '这些是行业规范，而非法律：电话未接通时，同一联系方式当天尝试拨打不宜超过6次（银行业协会2026年指引，适用于银行和消费金融公司）；与单一债务人的有效通话每日不应超过3次（互联网消费信贷国家标准）。Parley按拨打次数对照6次计算。',
      },
      references: [
        {
          jurisdiction: 'cn',
          law: 'CBA 2026 guideline',
          cite: 'unanswered calls: at most 6 attempts a day to the same number',
          verified: false,
          debts: ['consumer'],
          official: { ...CBA, cite: '未接通的，同一联系方式当天尝试拨打不宜超过6次' },
        },
        {
          jurisdiction: 'cn',
          law: 'NIFA post-loan collection standard',
          cite: 'at most 3 effective calls a day with one debtor',
          verified: false,
          debts: ['consumer'],
          official: { ...NIFA, cite: '与单一债务人主动有效通话每日不应超过3次' },
        },
      ],
    },
    generalReference: {
      jurisdiction: 'cn',
      law: 'CBRC 2011 credit-card measures',
      cite: 'art. 68 (no improper means)',
      verified: false,
      debts: ['consumer'],
      official: { language: 'zh', law: '《商业银行信用卡业务监督管理办法》', cite: '第六十八条' },
    },
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
      unverified_dispute: {
        severity: 'caution',
        note: {
          en: 'The CBRC credit-card measures (art. 69) require the bank to check an objection, not to stop collecting while it does; pressing on regardless is scored as a caution.',
          es: 'Las reglas de tarjetas de la CBRC (art. 69) exigen al banco revisar la objeción, no dejar de cobrar mientras lo hace; insistir sin más se califica como advertencia.',
          zh: '银监会信用卡办法第六十九条要求银行对异议进行核实处理，并未要求核实期间停止催收；不顾异议继续施压按“提醒”计分。',
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
    generalReference: {
      jurisdiction: 'cn',
      law: 'PSAPL',
      cite: 'former art. 42 (threats, public insult, repeated harassing messages; renumbered by the 2025 revision, new number not confirmed)',
      verified: false,
      official: {
        language: 'zh',
        law: '《中华人民共和国治安管理处罚法》',
        cite: '威胁他人人身安全、公然侮辱、多次发送侮辱恐吓信息（修订前第四十二条；2025年修订后条文序号未经核实）',
      },
    },
    flags: {
      abusive_language: {
        severity: 'coercive',
        note: {
          en: 'Insults in a private call are not covered by the consumer-loan guidelines; public insult and repeated insulting messages are punishable under the Public Security Administration Punishments Law.',
          es: 'Los insultos en una llamada privada no están cubiertos por las directrices de préstamos al consumo; el insulto público y los mensajes insultantes reiterados se sancionan según la Ley de Sanciones de Seguridad Pública.',
          zh: '私下通话中的辱骂不在个人消费贷款催收指引范围内；公然侮辱他人、多次发送侮辱信息的，可依《治安管理处罚法》处罚。',
        },
      },
      misrepresent_consequences: { severity: 'coercive' },
      unauthorized_fees: {
        severity: 'coercive',
        note: {
          en: 'Overdue interest and charges the contract provides for can be claimed on a business debt; fees it does not provide for are not owed.',
          es: 'Los intereses moratorios y cargos que prevé el contrato se pueden reclamar en una deuda comercial; los que no prevé no se deben.',
          zh: '合同约定的逾期利息和费用可以向商业债务人主张；合同未约定的费用并不欠。',
        },
      },
      third_party_disclosure: { severity: 'coercive' },
      threat_to_expose: {
        severity: 'coercive',
        note: {
          en: 'No rule found forbids telling others that a business owes money; spreading private information, or false or insulting statements, can infringe privacy or reputation under the Civil Code.',
          es: 'No se encontró ninguna norma que prohíba contar a otros que una empresa debe dinero; difundir información privada, o afirmaciones falsas o insultantes, puede vulnerar la privacidad o la reputación según el Código Civil.',
          zh: '未找到禁止告诉他人某企业欠款的规则；但散布隐私或作不实、侮辱性陈述，可能依《民法典》侵犯隐私权或名誉权。',
        },
      },
      public_shaming: {
        severity: 'coercive',
        note: {
          en: 'Public insult or spreading private information can be punished under the Public Security Administration Punishments Law and infringes reputation or privacy under the Civil Code.',
          es: 'El insulto público o la difusión de información privada se pueden sancionar según la Ley de Sanciones de Seguridad Pública y vulneran la reputación o la privacidad según el Código Civil.',
          zh: '公然侮辱或散布他人隐私可依《治安管理处罚法》处罚，并可能依《民法典》侵犯名誉权或隐私权。',
        },
      },
      refuse_to_leave: {
        note: {
          en: 'Forcing entry into a home is a crime (Criminal Law art. 245), and holding someone to collect a debt is unlawful detention (art. 238); staying on business premises is not covered by those articles but can disturb public order.',
          es: 'Entrar por la fuerza en una vivienda es delito (Código Penal art. 245), y retener a alguien para cobrar una deuda es detención ilegal (art. 238); quedarse en un local comercial no está cubierto por esos artículos, pero puede alterar el orden público.',
          zh: '非法侵入住宅构成犯罪（《刑法》第二百四十五条），为索取债务非法扣押、拘禁他人的，按非法拘禁处罚（第二百三十八条）；滞留经营场所不在上述条文范围内，但可能扰乱公共秩序。',
        },
      },
      call_frequency: { severity: 'coercive' },
      false_deadline: { severity: 'coercive' },
      pressure_to_borrow: { severity: 'coercive' },
      ...CONSUMER_ONLY_FLAGS,
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

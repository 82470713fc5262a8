import type { Jurisdiction } from '../../schema/catalog.js';
import { CONSUMER_ONLY_FLAGS } from './consumer-only-flags.js';

const BUSINESS_NO_FDCPA = {
  en: 'The FDCPA and Regulation F protect consumers only (15 U.S.C. 1692a(5)); for a business debt no federal rule forbids this, so it is scored as coercive. State law (defamation, fraud, harassment) may still apply.',
  es: 'La FDCPA y el Reglamento F solo protegen a consumidores (15 U.S.C. 1692a(5)); para una deuda comercial ninguna norma federal lo prohíbe, así que se califica como coercitivo. La ley estatal (difamación, fraude, acoso) puede aplicar.',
  zh: 'FDCPA和F条例只保护消费者（15 U.S.C. 1692a(5)）；对商业债务，联邦层面没有规则禁止这种做法，因此按不当施压计分。州法（诽谤、欺诈、骚扰）仍可能适用。',
} as const;

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
        { jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692c(a)(1) (before 8 am, after 9 pm)', verified: true, debts: ['consumer'] },
        { jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.6(b)(1)(i)', verified: true, debts: ['consumer'] },
      ],
    },
    callLimits: {
      perWeek: 7,
      daysAfterConversation: 7,
      note: {
        en: 'Per person and per debt: an eighth call within 7 consecutive days, or any call within 7 days after a telephone conversation about the debt (its day is day 1), is presumed a violation; staying within both is presumed compliant. Both presumptions can be rebutted, and calls placed with the person\'s consent or that do not connect to the dialled number (a busy signal, a network failure) are not counted; unanswered calls and voicemails do count.',
        es: 'Por persona y por deuda: una octava llamada en 7 días consecutivos, o cualquier llamada en los 7 días siguientes a una conversación telefónica sobre la deuda (ese día cuenta como el primero), se presume infracción; respetar ambos límites se presume cumplimiento. Ambas presunciones admiten prueba en contrario, y no cuentan las llamadas hechas con el consentimiento de la persona ni las que no llegan a conectar con el número marcado (tono de ocupado, falla de la red); las no contestadas y los mensajes de voz sí cuentan.',
        zh: '按每人、每笔债务计算：连续7天内第8次来电，或就该债务通话后的7天内（通话当天为第1天）再次来电，推定违法；两项都遵守则推定合规。两项推定均可被推翻；经对方同意拨打的电话和未接通到所拨号码的电话不计入。',
      },
      references: [{ jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.14(b)(2)(i)–(ii) (call-frequency presumptions)', verified: true, debts: ['consumer'] }],
    },
    generalReference: {
      jurisdiction: 'us',
      law: 'FDCPA',
      cite: '15 U.S.C. 1692d (conduct whose natural consequence is to harass, oppress or abuse)',
      verified: true,
      debts: ['consumer'],
    },
    flags: {
      threat_to_expose: {
        note: {
          en: "Telling the debtor's employer, customers or neighbours about the debt is forbidden (15 U.S.C. 1692c(b)), so threatening it is a threat of action that cannot legally be taken (1692e(5)). The spouse counts as the consumer, so a threat to tell the spouse is not that; it can still be abusive under 1692d.",
          es: 'Contarle de la deuda al patrón, los clientes o los vecinos del deudor está prohibido (15 U.S.C. 1692c(b)), así que amenazar con hacerlo es amenazar con algo que legalmente no se puede hacer (1692e(5)). El cónyuge cuenta como el consumidor, así que amenazar con decírselo al cónyuge no lo es; aun así puede ser abusivo según 1692d.',
          zh: '向债务人的单位、客户或邻居透露债务是被禁止的（15 U.S.C. 1692c(b)），因此以此相威胁就是威胁采取依法不能采取的行动（1692e(5)）。配偶视同债务人本人，所以威胁告诉配偶不属于此类，但仍可能依1692d构成滥用。',
        },
      },
      pressure_to_borrow: {
        note: {
          en: 'No US rule forbids suggesting that the debtor borrow or ask family for help, so it is scored as coercive pressure. It becomes a violation when relatives are told or led to believe they are liable (1692e(2)(A)) or are asked for payment themselves (1692c(b)).',
          es: 'Ninguna norma de EE. UU. prohíbe sugerir al deudor que pida prestado o pida ayuda a su familia, así que se califica como presión coercitiva. Se vuelve infracción cuando se dice o se da a entender a los familiares que son responsables (1692e(2)(A)) o se les pide el pago a ellos (1692c(b)).',
          zh: '美国没有规则禁止建议债务人借钱或向家人求助，因此按不当施压计分。一旦让亲属以为自己负有还款责任（1692e(2)(A)），或直接向亲属要钱（1692c(b)），即属违法。',
        },
      },
      contact_after_cease: {
        note: {
          en: 'A spoken "stop calling" is a request not to use telephone calls (12 CFR 1006.14(h)(1)); only a written request (or written refusal to pay) ends all communication (15 U.S.C. 1692c(c)).',
          es: 'Un «deje de llamarme» dicho de palabra es una solicitud de no usar llamadas telefónicas (12 CFR 1006.14(h)(1)); solo una solicitud por escrito (o una negativa a pagar por escrito) termina toda comunicación (15 U.S.C. 1692c(c)).',
          zh: '口头说“别再打电话了”即要求不得再用电话联系（12 CFR 1006.14(h)(1)）；只有书面要求（或书面拒绝还款）才终止一切沟通（15 U.S.C. 1692c(c)）。',
        },
      },
      unverified_dispute: {
        note: {
          en: 'A spoken dispute does not oblige the collector to stop: that duty follows a written dispute within the validation period (15 U.S.C. 1692g(b); 12 CFR 1006.38(d)(2)). After any dispute the debt must be reported as disputed (1692e(8)), and during the validation period nothing may overshadow the right to dispute (1006.38(b)(1)). Pressing for payment over a live dispute pushes the consumer to drop it, so it is scored as coercive. Explain how to dispute in writing.',
          es: 'Una disputa verbal no obliga al cobrador a detenerse: esa obligación nace de una disputa por escrito dentro del periodo de validación (15 U.S.C. 1692g(b); 12 CFR 1006.38(d)(2)). Tras cualquier disputa, la deuda debe reportarse como disputada (1692e(8)), y durante el periodo de validación nada puede opacar el derecho a disputar (1006.38(b)(1)). Exigir el pago sobre una disputa abierta empuja al consumidor a abandonarla, por eso se califica como coercitivo. Explique cómo disputar por escrito.',
          zh: '口头异议并不要求催收方停止催收：这一义务来自核实期内的书面异议（15 U.S.C. 1692g(b)；12 CFR 1006.38(d)(2)）。任何异议之后，报送征信时都须注明该债务有争议（1692e(8)）；核实期内不得以任何方式削弱对方提出异议的权利（1006.38(b)(1)）。在异议未解决时催要还款，等于逼对方放弃异议，因此按不当施压计分。应告知对方如何书面提出异议。',
        },
      },
    },
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
          { jurisdiction: 'us', law: 'FDCPA', cite: '15 U.S.C. 1692e(11)', verified: false, debts: ['consumer'] },
          { jurisdiction: 'us', law: 'Reg F', cite: '12 CFR 1006.18(e)(1)–(2)', verified: false, debts: ['consumer'] },
        ],
      },
    ],
  },
  commercial: {
    rules: {
      en: 'Business debt: no federal collection statute (the FDCPA and Regulation F cover consumer debts only); state harassment, trespass, defamation and extortion laws, federal law on harassing calls, and the contract',
      es: 'Deuda comercial: ninguna ley federal de cobranza (la FDCPA y el Reglamento F solo cubren deudas de consumo); leyes estatales de acoso, allanamiento, difamación y extorsión, la ley federal sobre llamadas de acoso, y el contrato',
      zh: '商业债务：联邦层面没有专门的催收法（FDCPA和F条例只适用于消费债务）；适用各州关于骚扰、非法侵入、诽谤和敲诈的法律、联邦关于骚扰电话的规定以及合同',
    },
    generalReference: {
      jurisdiction: 'us',
      law: 'State law',
      cite: 'harassment, trespass, defamation and extortion laws (vary by state); the FDCPA does not apply to business debts (15 U.S.C. 1692a(5))',
      verified: false,
    },
    flags: {
      abusive_language: { severity: 'coercive', note: BUSINESS_NO_FDCPA },
      false_legal_threat: {
        severity: 'coercive',
        note: {
          en: 'No federal rule governs what a business creditor says about legal action, but a threat made to extract payment can be extortion or fraud under state law, and a false one ruins credibility.',
          es: 'Ninguna norma federal regula lo que un acreedor comercial dice sobre acciones legales, pero una amenaza hecha para obtener el pago puede ser extorsión o fraude según la ley estatal, y una falsa destruye la credibilidad.',
          zh: '联邦层面没有规则约束商业债权人如何谈论法律行动，但为索款而作出的威胁可能构成州法上的敲诈或欺诈，虚假的威胁更会毁掉信誉。',
        },
      },
      impersonation: { note: { en: 'Impersonating a public officer or a lawyer is an offence under state law whatever the debt.', es: 'Hacerse pasar por servidor público o abogado es delito según la ley estatal, sea cual sea la deuda.', zh: '冒充公职人员或律师，无论是何种债务，都违反州法。' } },
      misrepresent_consequences: { severity: 'coercive', note: BUSINESS_NO_FDCPA },
      unauthorized_fees: {
        severity: 'coercive',
        note: {
          en: 'Late fees and interest the contract provides for are lawful to claim on a business debt; a fee the contract does not provide for is not owed, and demanding it as if it were is misleading.',
          es: 'Los recargos e intereses que prevé el contrato se pueden reclamar legalmente en una deuda comercial; un cargo que el contrato no prevé no se debe, y exigirlo como si se debiera es engañoso.',
          zh: '合同约定的滞纳金和利息可以依法向商业债务人主张；合同未约定的费用并不欠，当作欠款来要就是误导。',
        },
      },
      third_party_disclosure: { severity: 'coercive', note: BUSINESS_NO_FDCPA },
      threat_to_expose: {
        severity: 'coercive',
        note: {
          en: 'No federal rule forbids telling others that a business owes money; a false statement can be defamation, and some state extortion laws reach threats to expose. Scored as coercive pressure.',
          es: 'Ninguna norma federal prohíbe contar a otros que una empresa debe dinero; una afirmación falsa puede ser difamación, y algunas leyes estatales de extorsión alcanzan las amenazas de exponer. Se califica como presión coercitiva.',
          zh: '联邦层面没有规则禁止告诉他人某企业欠钱；不实陈述可能构成诽谤，一些州的敲诈法也涵盖以曝光相威胁。按不当施压计分。',
        },
      },
      public_shaming: { severity: 'coercive', note: BUSINESS_NO_FDCPA },
      refuse_to_leave: {
        note: {
          en: 'Staying on business premises after being asked to leave is trespass under state law.',
          es: 'Quedarse en un local comercial después de que le piden retirarse es allanamiento según la ley estatal.',
          zh: '被要求离开后仍滞留在对方经营场所，依州法构成非法侵入。',
        },
      },
      call_frequency: {
        severity: 'coercive',
        note: {
          en: 'No call cap applies to business debts; repeated calls made to harass can still be an offence (47 U.S.C. 223 for interstate calls; state telephone-harassment laws).',
          es: 'No hay límite de llamadas para deudas comerciales; las llamadas repetidas para acosar pueden seguir siendo delito (47 U.S.C. 223 para llamadas interestatales; leyes estatales de acoso telefónico).',
          zh: '商业债务没有通话次数上限；但以骚扰为目的的反复来电仍可能构成违法（跨州电话适用47 U.S.C. 223；另有各州电话骚扰法）。',
        },
      },
      false_deadline: { severity: 'coercive', note: BUSINESS_NO_FDCPA },
      pressure_to_borrow: {
        severity: 'coercive',
        note: {
          en: 'Discussing how a business will fund payment is ordinary commercial talk and is not flagged; pushing the owner to borrow, or to get family to pay, is pressure, and scored as coercive though no rule forbids it.',
          es: 'Hablar de cómo una empresa financiará el pago es conversación comercial normal y no se marca; empujar al dueño a pedir prestado, o a que pague su familia, es presión, y se califica como coercitivo aunque ninguna norma lo prohíba.',
          zh: '讨论企业如何筹款付款是正常商业沟通，不会被标记；逼店主去借钱或让家人代还属于施压，虽无规则禁止，仍按不当施压计分。',
        },
      },
      ...CONSUMER_ONLY_FLAGS,
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

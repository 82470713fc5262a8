import type { Jurisdiction } from '../../schema/catalog.js';
import { CONSUMER_ONLY_FLAGS } from './consumer-only-flags.js';

const CONDUSEF_RULES = {
  language: 'es',
  law: 'Disposiciones de carácter general de la CONDUSEF en materia de despachos de cobranza:',
} as const;

export const MX = {
  id: 'mx',
  name: { en: 'Mexico', es: 'México', zh: '墨西哥' },
  currency: 'MXN',
  consumer: {
    rules: {
      en: "CONDUSEF's general provisions for collection agencies (despachos de cobranza)",
      es: 'Disposiciones de carácter general de la CONDUSEF en materia de despachos de cobranza',
      zh: '墨西哥金融服务用户保护委员会（CONDUSEF）关于催收机构的一般规定',
    },
    contactHours: {
      from: '07:00',
      to: '22:00',
      toInclusive: true,
      references: [
        {
          jurisdiction: 'mx',
          law: 'CONDUSEF',
          cite: "collection-agency provisions: contact only from 7:00 to 22:00, debtor's local time",
          verified: false,
          debts: ['consumer'],
          official: { ...CONDUSEF_RULES, cite: 'de las 7:00 a las 22:00 horas, según el huso horario del deudor' },
        },
      ],
    },
    generalReference: {
      jurisdiction: 'mx',
      law: 'CONDUSEF',
      cite: 'collection-agency provisions: no threats, intimidation or offence to the debtor, family or co-workers',
      verified: false,
      debts: ['consumer'],
      official: { ...CONDUSEF_RULES, cite: 'no amenazar, ofender o intimidar al deudor, sus familiares o compañeros de trabajo' },
    },
    flags: {
      pressure_to_borrow: {
        severity: 'coercive',
        note: {
          en: 'The CONDUSEF provisions bar collecting from third parties such as references, but no provision found forbids suggesting that the debtor borrow.',
          es: 'Las disposiciones de la CONDUSEF prohíben cobrar a terceros como las referencias, pero no se encontró ninguna que prohíba sugerir al deudor que pida prestado.',
          zh: 'CONDUSEF的规定禁止向推荐人等第三方催收，但未找到禁止建议债务人借钱的条款。',
        },
      },
      false_deadline: {
        severity: 'coercive',
        note: {
          en: 'No CONDUSEF provision found addresses deadlines as such; a false one is still deception.',
          es: 'No se encontró ninguna disposición de la CONDUSEF sobre plazos como tales; uno falso sigue siendo un engaño.',
          zh: '未找到CONDUSEF专门针对期限的条款；虚构的期限仍属欺骗。',
        },
      },
    },
    requiredWording: [],
  },
  commercial: {
    rules: {
      en: "Business debt: the CONDUSEF provisions govern collection for financial institutions, not a supplier's invoice; the Federal Penal Code and the contract",
      es: 'Deuda comercial: las disposiciones de la CONDUSEF regulan la cobranza de entidades financieras, no la factura de un proveedor; el Código Penal Federal y el contrato',
      zh: '商业债务：CONDUSEF的规定适用于金融机构的催收，不适用于供应商的发票；适用《联邦刑法典》以及合同',
    },
    generalReference: {
      jurisdiction: 'mx',
      law: 'Código Penal Federal',
      cite: 'art. 284 Bis (violence or unlawful intimidation to demand payment; whether it reaches trade debts is not confirmed)',
      verified: false,
      official: { language: 'es', law: 'Código Penal Federal', cite: 'art. 284 Bis (cobranza extrajudicial ilegal)' },
    },
    flags: {
      misrepresent_consequences: { severity: 'coercive' },
      unauthorized_fees: {
        severity: 'coercive',
        note: {
          en: 'Interest and charges the contract provides for can be claimed on a business debt; fees it does not provide for are not owed.',
          es: 'Los intereses y cargos que prevé el contrato se pueden reclamar en una deuda comercial; los que no prevé no se deben.',
          zh: '合同约定的利息和费用可以向商业债务人主张；合同未约定的费用并不欠。',
        },
      },
      third_party_disclosure: { severity: 'coercive' },
      threat_to_expose: { severity: 'coercive' },
      public_shaming: { severity: 'coercive' },
      call_frequency: { severity: 'coercive' },
      false_deadline: { severity: 'coercive' },
      pressure_to_borrow: { severity: 'coercive' },
      ...CONSUMER_ONLY_FLAGS,
    },
    requiredWording: [],
  },
} as const satisfies Jurisdiction;

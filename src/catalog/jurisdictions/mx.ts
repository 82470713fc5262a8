import type { Jurisdiction } from '../../schema/catalog.js';

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
      references: [{ jurisdiction: 'mx', law: 'CONDUSEF', cite: 'collection-agency provisions: contact only from 7:00 to 22:00, debtor\'s local time', verified: false }],
    },
    generalReference: {
      jurisdiction: 'mx',
      law: 'CONDUSEF',
      cite: 'collection-agency provisions: no threats, intimidation or offence to the debtor, family or co-workers',
      verified: false,
    },
    flags: {
      pressure_to_borrow: { severity: 'coercive' },
      false_deadline: { severity: 'coercive' },
    },
    requiredWording: [],
  },
  commercial: {
    rules: {
      en: 'Business debt: the CONDUSEF collection-agency provisions protect users of financial services; the Federal Penal Code (art. 284 Bis, unlawful collection) and the contract',
      es: 'Deuda comercial: las disposiciones de la CONDUSEF protegen a usuarios de servicios financieros; el Código Penal Federal (art. 284 Bis, cobranza extrajudicial ilegal) y el contrato',
      zh: '商业债务：CONDUSEF的催收规定保护金融服务用户；适用《联邦刑法典》第284条之二（非法催收）以及合同',
    },
    generalReference: { jurisdiction: 'mx', law: 'Código Penal Federal', cite: 'art. 284 Bis (unlawful extrajudicial collection)', verified: false },
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

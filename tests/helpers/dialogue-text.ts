/** A minimal valid dialogue in the short form, for tests to load or vary. */
export const MINIMAL_DIALOGUE = `id: minimal
initial: start
meta:
  title: Minimal
  language: en
  setting: { channel: phone, debt_kind: credit_card, stage: early }
  debtor:
    name: Test Debtor
    persona: { ability: able, willingness: willing, temperament: calm, true_reason: Forgot the due date. }
    excuses: [forgot]
    debt: { amount: 100, currency: USD, days_past_due: 10 }
states:
  start:
    line: "Hello?"
    excuse: forgot
    choices:
      - id: ask
        text: "Can you pay today?"
        target: done
        tasks: [ask_payment_today]
        meters: { trust: 1 }
      - id: shout
        text: "Pay up, deadbeat."
        target: done
        flags: [abusive_language]
        better: "Ask calmly for payment."
  done:
    type: final
    line: "Okay."
    outcome: paid_today
`;

import type { ExcuseType } from '../schema/catalog.js';

/**
 * What debtors say instead of paying, as collector-training material classifies it.
 * `approach` keeps each seed's strategy where it is lawful and replaces it where it is not
 * (asking relatives to pay, refusing to leave, invented deadlines), so trainees never learn the unlawful version.
 */
export const EXCUSE_TYPES = [
  {
    id: 'business_losing_money',
    name: { en: 'My business is losing money', es: 'Mi negocio está perdiendo dinero', zh: '生意亏损' },
    description: {
      en: 'The debtor says the business is in trouble, other lenders are waiting too, and they will pay once things pick up.',
      es: 'El deudor dice que el negocio va mal, que también les debe a otros y que pagará cuando las cosas mejoren.',
      zh: '债务人说生意在亏钱，还欠着好几家机构，要等情况好转再慢慢还。',
    },
    examples: {
      en: [
        "Look, the shop's been bleeding money for months. I owe three banks right now. You'll get paid when business picks up.",
        "Sales have completely dried up. I can't pay anybody this month, not just you.",
      ],
      es: [
        'Mire, el negocio está bien flojo, no sale ni para la renta del local. En cuanto se componga la cosa, le pago.',
        'No nada más les debo a ustedes, oiga, le debo a medio mundo. Ahorita no puedo.',
      ],
      zh: [
        '我现在生意亏得厉害，好几家银行都在催，等缓过来再说吧。',
        '今年行情太差了，店里一分钱没赚着，你让我拿什么还？',
      ],
    },
    approach: {
      en: 'Acknowledge the difficulty without arguing about it, then ask concrete questions: has income dropped or stopped, and what still comes in each month? Explain truthfully what continued non-payment leads to under the agreement (the charges it allows, the account staying past due, accurate credit reporting) without exaggerating. Offer something realistic — a smaller payment now with a dated plan, or a hardship review — and confirm amount, date and payment channel.',
      es: 'Reconozca la dificultad sin discutirla y haga preguntas concretas: ¿bajaron los ingresos o se detuvieron?, ¿cuánto entra todavía al mes? Explique con la verdad qué trae seguir sin pagar según el contrato (los cargos pactados, la cuenta que sigue vencida, un reporte de crédito correcto), sin exagerar. Ofrezca algo realista —un pago menor hoy con un plan con fechas, o una revisión por dificultades económicas— y confirme monto, fecha y forma de pago.',
      zh: '先承认对方的困难，不去争辩，再问具体情况：收入是减少了还是断了？每个月还能进多少钱？如实说明按合同继续不还会怎样（合同允许的费用、账户持续逾期、如实报送征信），不夸大。提出可行的方案——先还一部分再定分期日期，或者申请困难评估——并确认金额、日期和还款方式。',
    },
    sources: [
      { language: 'en', passage: 'First field: "I am in great difficulty now, and my business is losing money."' },
      { language: 'zh', passage: '6. 客户不想还钱总会有很多借口在等着你，比如市场不景气、国家政策变动等等' },
    ],
  },
  {
    id: 'pay_tomorrow',
    name: { en: "I'll pay tomorrow", es: 'Mañana le pago', zh: '明天就还' },
    description: {
      en: 'The debtor promises to pay tomorrow to end the conversation, and has made the same promise before without paying.',
      es: 'El deudor promete pagar mañana para cortar la conversación, y ya lo ha prometido antes sin cumplir.',
      zh: '债务人说明天就还，想赶紧结束通话，而且之前已经这么说过好几次，一直没还。',
    },
    examples: {
      en: [
        "I'll sort it out tomorrow, okay? You don't need to keep calling me.",
        "I'm slammed today. Tomorrow, first thing, I promise.",
      ],
      es: [
        'Mañana sin falta se lo deposito, ya no me esté marcando.',
        'Hoy ando a mil, joven. Mañana temprano lo arreglo, se lo juro.',
      ],
      zh: [
        '明天就还，明天！你别再打了行不行？',
        '今天实在忙不过来，明天一早我就去弄。',
      ],
    },
    approach: {
      en: 'Calmly point out that the same promise was made before, and ask whether something is actually stopping the payment. Turn "tomorrow" into a concrete commitment — amount, time and payment channel — and repeat it back. If they can pay now, offer to take it on this contact; if a real obstacle comes out, work on that instead. Describe the cost of further delay truthfully and schedule the follow-up within contact-frequency limits.',
      es: 'Recuerde con calma que ya se había prometido lo mismo y pregunte si hay algo que de verdad impida el pago. Convierta el «mañana» en un compromiso concreto —monto, hora y forma de pago— y repítalo para confirmarlo. Si puede pagar ya, ofrezca tomar el pago en ese mismo contacto; si sale a la luz un problema real, trabaje sobre eso. Explique con la verdad lo que cuesta seguir retrasándose y agende el seguimiento respetando los límites de contacto.',
      zh: '平静地指出上次也是这么说的，问清楚是不是有什么实际困难挡着。把“明天”变成具体承诺——金额、时间、还款方式——并向对方复述确认。如果现在就能还，就在这次联系中办理；如果说出了真实的困难，就针对困难想办法。如实说明继续拖延的代价，并在频次限制内约好下次跟进时间。',
    },
    sources: [
      { language: 'en', passage: 'Scene 2: "I will return it tomorrow, so you don\'t have to call me." … Repeat many times.' },
    ],
  },
  {
    id: 'away_on_business',
    name: { en: "I'm away on business", es: 'Ando de viaje de trabajo', zh: '出差在外' },
    description: {
      en: "The debtor says they are travelling and will pay when they get back.",
      es: 'El deudor dice que está de viaje y que pagará cuando regrese.',
      zh: '债务人说自己在外地出差，等回来再还。',
    },
    examples: {
      en: [
        "I'm out of town for work till next week. I'll deal with it when I'm back.",
        "I'm on the road, I don't even have my cards with me.",
      ],
      es: [
        'Ando fuera por chamba, regreso la otra semana y ya le pago.',
        'Estoy en una obra en otro estado, aquí no tengo cómo pagarle.',
      ],
      zh: [
        '我在外地出差呢，等回去再说。',
        '人在外面，卡都没带，回去再还吧。',
      ],
    },
    approach: {
      en: 'Explain that being away does not stop a payment: give the channels the debtor can use themself from anywhere — banking app, online transfer, payment link, mobile wallet — and offer to walk them through one now. If they still cannot pay, agree a specific amount and date tied to their return and confirm it. Do not suggest that relatives or friends pay or deposit for them.',
      es: 'Explique que estar de viaje no impide pagar: indique los medios que el deudor puede usar él mismo desde cualquier lugar —app del banco, transferencia, liga de pago, billetera móvil— y ofrezca guiarlo en uno en ese momento. Si aun así no puede, acuerde un monto y una fecha concretos ligados a su regreso y confírmelos. No sugiera que familiares o amigos paguen o depositen por él.',
      zh: '说明出差并不影响还款：告诉对方本人在任何地方都能用的渠道——手机银行、网银转账、还款链接、第三方支付——并提出现在就带他操作一遍。如果仍然还不了，就约定与回程挂钩的具体金额和日期并确认。不要建议让家人或朋友代还、代存。',
    },
    sources: [
      { language: 'en', passage: 'Third field: "I\'m away on business now, and I haven\'t returned yet. I\'ll return it when I get back."' },
      { language: 'es', passage: '5. Si está en un viaje de negocios, devuélvalo cuando regrese.' },
    ],
  },
  {
    id: 'next_month',
    name: { en: 'Next month', es: 'El mes que viene', zh: '下个月再还' },
    description: {
      en: 'The debtor asks to push the whole payment back to next month.',
      es: 'El deudor pide pasar todo el pago al mes siguiente.',
      zh: '债务人要求把这次还款整个推到下个月。',
    },
    examples: {
      en: [
        "Can we just do this next month? Money's really tight right now.",
        "Put me down for next month. This month's just not happening.",
      ],
      es: [
        '¿No me puede esperar al otro mes? Ahorita ando bien apretado.',
        'El mes que entra le pago todo junto, se lo prometo.',
      ],
      zh: [
        '下个月吧，这个月手头真的紧。',
        '等下个月发了工资一起还你，行不？',
      ],
    },
    approach: {
      en: 'Explain truthfully that the account is already past due and that any charges the agreement authorizes keep building while it stays unpaid. Ask what can go toward the balance now, even part of it, and set the rest for a specific date next month (for example the day after payday). Confirm amounts, dates and channel, and record the promise.',
      es: 'Explique con la verdad que la cuenta ya está vencida y que los cargos que el contrato autoriza siguen sumándose mientras no se pague. Pregunte cuánto puede abonar ahora, aunque sea una parte, y fije el resto para una fecha concreta del mes siguiente (por ejemplo, el día después de la quincena). Confirme montos, fechas y forma de pago, y registre la promesa.',
      zh: '如实说明账户已经逾期，只要不还，合同约定的费用就会继续产生。问对方现在能先还多少，哪怕一部分，剩下的定在下个月的具体日期（比如发工资的第二天）。确认金额、日期和还款方式，并记录承诺。',
    },
    sources: [{ language: 'es', passage: '1. Devuélvalo el mes que viene' }],
  },
  {
    id: 'lost_job_or_unpaid_wages',
    name: { en: 'Lost my job / not being paid', es: 'Me quedé sin trabajo o no me han pagado', zh: '失业或工资被拖欠' },
    description: {
      en: 'The debtor has lost their income, or their employer has not paid them.',
      es: 'El deudor perdió su ingreso o su patrón no le ha pagado.',
      zh: '债务人失业了，或者单位一直拖欠工资。',
    },
    examples: {
      en: [
        "They let me go three weeks ago. I've got nothing coming in.",
        "My boss hasn't paid any of us in two months. How am I supposed to pay you?",
      ],
      es: [
        'Me corrieron del trabajo hace un mes, no traigo ni para el camión.',
        'En la empresa nos deben dos quincenas, no nos han pagado nada.',
      ],
      zh: [
        '我被裁了，现在一分钱收入都没有。',
        '老板都拖了俩月工资了，我拿啥还你？',
      ],
    },
    approach: {
      en: 'Take the hardship seriously: ask when income is expected (new job, back pay, benefits) and what the debtor can pay without going short on essentials. Offer what the creditor allows — a reduced or paused plan, a hardship review, a referral to free debt advice — and set a date to review it. Do not tell the debtor to borrow from family, friends or other lenders to pay.',
      es: 'Tome en serio la dificultad: pregunte cuándo espera tener ingresos (nuevo empleo, salarios atrasados, apoyos) y cuánto puede pagar sin quedarse sin lo básico. Ofrezca lo que el acreedor permita —un plan reducido o en pausa, una revisión por dificultades, la canalización a asesoría gratuita en deudas— y fije una fecha para revisarlo. No le diga que pida prestado a familiares, amigos u otros prestamistas para pagar.',
      zh: '认真对待对方的困难：问清什么时候能有收入（新工作、补发工资、补助），在不影响基本生活的前提下能还多少。提供债权方允许的方案——减少月供或暂缓还款、困难评估、转介免费债务咨询——并约定复核日期。不要让对方找家人、朋友或其他机构借钱来还。',
    },
    sources: [{ language: 'es', passage: '2. Sin trabajo o salarios no pagados' }],
  },
  {
    id: 'trying_to_borrow',
    name: { en: "I'm trying to borrow the money", es: 'Estoy viendo quién me presta', zh: '正在想办法借钱' },
    description: {
      en: 'The debtor says they are trying to borrow the money to pay — often a way to buy time.',
      es: 'El deudor dice que está buscando quién le preste para pagar; muchas veces es para ganar tiempo.',
      zh: '债务人说正在找人借钱来还，往往是在拖时间。',
    },
    examples: {
      en: [
        "I'm working on it, okay? I've asked my brother-in-law, I'm just waiting to hear back.",
        'Give me a few more days, I\'m trying to get a loan sorted.',
        "I'll find the money somewhere, don't worry.",
      ],
      es: [
        'Estoy viendo quién me preste, deme chance unos días.',
        'Ya le pedí a mi compadre, nada más que me confirme y le deposito.',
      ],
      zh: [
        '我正在找朋友借，借到了马上还你。',
        '再给我几天，我在想办法周转。',
      ],
    },
    approach: {
      en: 'Do not encourage new borrowing or set an artificial deadline for it. Ask what the debtor can pay from their own resources, agree a realistic first payment on a real date, then the balance in dated instalments. Give your name and a callback number, confirm the plan back, and follow up on the agreed date.',
      es: 'No fomente un nuevo préstamo ni ponga un plazo artificial para conseguirlo. Pregunte cuánto puede pagar con sus propios recursos, acuerde un primer pago realista en una fecha real y el resto en abonos con fecha. Dé su nombre y un número para devolver la llamada, confirme el plan y dé seguimiento en la fecha acordada.',
      zh: '不要鼓励对方再去借钱，也不要为借钱设定人为的期限。问对方靠自己的收入能还多少，约定一个现实的首期金额和真实日期，余款按日期分期。留下你的姓名和回电号码，复述确认计划，并在约定日期跟进。',
    },
    sources: [
      {
        language: 'es',
        passage: '3. Haré todo lo posible para encontrar una manera de pedir dinero prestado. … pague el primer pago mañana! El saldo restante se reembolsará dentro de los xx días.',
      },
    ],
  },
  {
    id: 'when_i_have_money',
    name: { en: "I'll pay when I have the money", es: 'Le pago cuando tenga', zh: '有钱了就还' },
    description: {
      en: 'An open-ended promise with no date or amount.',
      es: 'Una promesa abierta, sin fecha ni monto.',
      zh: '没有日期、没有金额的空头承诺。',
    },
    examples: {
      en: [
        "When I've got it, you'll get it. I can't pay what I don't have.",
        "I'm not saying I won't pay. Just not right now.",
      ],
      es: [
        'Cuando tenga, le pago. Ahorita no tengo, ¿qué quiere que haga?',
        'No me estoy negando, nomás que no tengo de dónde.',
      ],
      zh: [
        '有钱了自然就还你，没钱我也变不出来啊。',
        '我又没说不还，现在就是没有嘛。',
      ],
    },
    approach: {
      en: 'Turn the open promise into a specific one: ask when money next comes in and how much, and agree an amount and date — even a small payment now shows good faith. If the same vague answer keeps coming back, say so plainly and ask for a specific date, without threats. If the debtor truly cannot pay, move to a hardship review rather than pushing them to borrow.',
      es: 'Convierta la promesa abierta en una concreta: pregunte cuándo le entra dinero y cuánto, y acuerde monto y fecha; incluso un abono pequeño hoy muestra buena fe. Si la misma respuesta vaga se repite, dígalo con claridad y pida una fecha específica, sin amenazas. Si de verdad no puede pagar, pase a una revisión por dificultades en lugar de presionarlo para que pida prestado.',
      zh: '把空头承诺变成具体承诺：问对方下一笔钱什么时候进账、有多少，约定金额和日期——哪怕现在先还一点也能体现诚意。如果对方反复含糊其辞，就直接指出来并请他给出具体日期，不要威胁。如果确实还不起，就转入困难评估，而不是逼他去借钱。',
    },
    sources: [{ language: 'es', passage: '4. Devuelva el dinero cuando tenga dinero' }],
  },
  {
    id: 'big_promises',
    name: { en: 'Big promises', es: 'Promesas en grande', zh: '画大饼' },
    description: {
      en: 'Instead of paying now, the debtor points to future sales, orders or projects that will supposedly pay everything off.',
      es: 'En vez de pagar ahora, el deudor habla de ventas, pedidos o proyectos futuros que supuestamente lo van a liquidar todo.',
      zh: '债务人不谈现在还款，而是拿将来的销售、订单、项目许诺能把钱全部还清。',
    },
    examples: {
      en: [
        "Once this big order ships I'll clear the whole lot — with interest, if you want.",
        "We've got a contract about to close. Six figures. Just hang on a bit longer.",
      ],
      es: [
        'Nomás que venda esta mercancía le liquido todo, y hasta me sobra.',
        'Tengo un contrato grandísimo a punto de salir, aguánteme tantito.',
      ],
      zh: [
        '等这批货出手，别说这点钱，全还清都没问题。',
        '我们新设备下个月就上线，一个月就能赚回来，你急什么？',
      ],
    },
    approach: {
      en: 'Acknowledge the plans, but keep the conversation on what is certain. Ask what can be paid now from current funds and agree it; if payment really depends on expected income, tie each instalment to a specific date rather than to the deal closing. Write the dates down and follow up when they arrive.',
      es: 'Reconozca los planes, pero mantenga la conversación en lo que es seguro. Pregunte cuánto puede pagar ahora con lo que tiene y acuérdelo; si el pago depende de verdad de un ingreso esperado, ligue cada abono a una fecha concreta y no a que se cierre el negocio. Anote las fechas y dé seguimiento cuando lleguen.',
      zh: '肯定对方的计划，但把话题拉回确定的事情上。问清现在手头能还多少并当场约定；如果还款确实要靠预期收入，就把每一期定在具体日期上，而不是“等生意谈成”。记下日期，到期跟进。',
    },
    sources: [
      { language: 'zh', passage: '7. 拒绝客户画大饼：他会拿他的潜在的销售额、订单等作为筹码与你讨价还价' },
      { language: 'es', passage: '4. Rechace a los clientes hacer un pastel grande' },
    ],
  },
  {
    id: 'money_went_to_someone_else',
    name: { en: 'Go after the person I lent it to', es: 'Cóbrele a quien se lo presté', zh: '钱借给别人了，你找他去' },
    description: {
      en: 'The debtor says the money went to someone else and tells the collector to collect from that person.',
      es: 'El deudor dice que el dinero lo tiene otra persona y que el cobrador vaya a cobrarle a ella.',
      zh: '债务人说钱给了别人用，让催收员去找那个人要。',
    },
    examples: {
      en: [
        "I lent that money to my cousin. Go chase him, not me.",
        "That loan was really for my business partner. Talk to him about it.",
      ],
      es: [
        'Ese dinero se lo presté a mi cuñado, vaya y cóbrele a él.',
        'Yo nada más lo saqué a mi nombre, el que se lo gastó fue mi socio.',
      ],
      zh: [
        '钱我早借给老王了，你找他要去。',
        '这钱又不是我花的，是我合伙人用的，你找他去。',
      ],
    },
    approach: {
      en: 'Explain politely that the agreement is with the debtor, so the conversation stays with them; what someone else owes the debtor is a separate matter between those two. Do not contact the person named or discuss the debt with them — that would disclose the debt to a third party. Help the debtor plan payment from their own means, and if they deny being the borrower at all, log it as a dispute for verification.',
      es: 'Explique con cortesía que el contrato es con el deudor y que por eso la conversación es con él; lo que otra persona le deba es un asunto aparte entre ellos. No contacte a la persona mencionada ni le hable de la deuda: eso sería revelarla a un tercero. Ayude al deudor a planear el pago con sus propios medios y, si niega ser el titular del crédito, registre una disputa para su verificación.',
      zh: '礼貌地说明合同是跟债务人本人签的，所以只跟本人谈；别人欠他的钱是他们之间的另一回事。不要联系他提到的那个人，也不要跟对方谈这笔债——那等于向第三方泄露债务。帮助债务人用自己的收入安排还款；如果他根本否认自己是借款人，就登记为异议，等待核实。',
    },
    sources: [
      { language: 'zh', passage: '12. 找到初始联络人：客户以“我的钱借给xx，你找xxx”来推脱义务' },
    ],
  },
  {
    id: 'push_me_and_i_wont_pay',
    name: { en: "Push me and I won't pay", es: 'Si me sigue presionando, no le pago', zh: '再催就不还了' },
    description: {
      en: 'The debtor threatens to stop paying altogether if the collector keeps contacting them.',
      es: 'El deudor amenaza con no pagar nada si el cobrador lo sigue contactando.',
      zh: '债务人威胁说，再催就干脆不还了。',
    },
    examples: {
      en: [
        "Call me one more time and you won't see a cent.",
        "Keep hounding me and I'm done paying, full stop.",
      ],
      es: [
        'Si me sigue marcando, ahora sí no le pago nada.',
        'Me vuelve a llamar y lo bloqueo, a ver cómo le hace.',
      ],
      zh: [
        '你再催，我一分都不还了！',
        '天天打天天打，烦死了，再打我就把你拉黑。',
      ],
    },
    approach: {
      en: 'Stay calm and do not bargain against the threat. Ask whether the timing or number of contacts is the problem and offer to agree a time and channel that suit them — reasonable requests must be respected. Restate briefly and truthfully that the balance is still due, then report the exchange to your supervisor as procedure requires. If they ask in writing for contact to stop, that request must be honoured.',
      es: 'Mantenga la calma y no negocie bajo la amenaza. Pregunte si el problema es el horario o la cantidad de contactos y ofrezca acordar una hora y un medio que le acomoden: las peticiones razonables se deben respetar. Recuerde en pocas palabras, y con la verdad, que el saldo sigue pendiente, y reporte la conversación a su supervisor como marca el procedimiento. Si pide por escrito que ya no lo contacten, hay que respetarlo.',
      zh: '保持冷静，不要因为对方的威胁讨价还价。问问是不是联系的时间或次数让他反感，主动商量他方便的时间和方式——合理的要求必须尊重。简短如实地说明欠款仍然需要归还，然后按流程向主管汇报。如果对方书面要求停止联系，必须照办。',
    },
    sources: [
      { language: 'zh', passage: '14. 面对要挟，当机立断：有的客户会要挟催收员，说“再催我就不还了”……立刻向领导汇报' },
    ],
  },
  {
    id: 'fetch_money_empty',
    name: { en: '"Let me go get the money" — back empty-handed', es: '«Ahorita voy por el dinero», y regresa sin nada', zh: '说去取钱，空手而回' },
    description: {
      en: 'During a visit the debtor says they will go and get the money, then comes back with nothing, apologising and appealing to sympathy.',
      es: 'Durante una visita el deudor dice que va por el dinero, regresa sin nada, se disculpa y apela a la compasión.',
      zh: '上门时债务人说马上去取钱，转一圈空手回来，嘴上道歉，打感情牌。',
    },
    examples: {
      en: [
        'Hang on, let me run to the ATM, two minutes.',
        "Sorry, sorry — the account's empty. I really did try, I swear.",
      ],
      es: [
        'Espéreme tantito, voy al cajero y ahorita regreso.',
        'Ay, discúlpeme, no me dejó sacar nada. De veras le eché ganas.',
      ],
      zh: [
        '你等会儿，我去取钱，马上回来。',
        '哎，真不好意思，卡里没钱了，我是真尽力了。',
      ],
    },
    approach: {
      en: 'Do not insist on staying until paid and do not follow the debtor around. Offer ways to pay on the spot that the debtor controls themself (a transfer from their banking app, a payment link); if that fails, agree a specific amount, date and channel before leaving. Note the failed attempt factually, leave when the visit is done or when asked, and follow up as agreed.',
      es: 'No insista en quedarse hasta que le paguen ni acompañe al deudor a todas partes. Ofrezca formas de pagar en el momento que él mismo controle (transferencia desde la app de su banco, liga de pago); si no resulta, acuerde monto, fecha y medio concretos antes de irse. Anote el intento fallido tal como ocurrió, retírese al terminar la visita o cuando se lo pidan, y dé seguimiento como se acordó.',
      zh: '不要坚持“不拿到钱不走”，也不要一路跟着债务人。提出他本人可以当场操作的还款方式（手机银行转账、还款链接）；如果还是不行，离开前约定具体金额、日期和还款方式。如实记录这次未果的经过，拜访结束或对方要求时就离开，按约定跟进。',
    },
    sources: [
      { language: 'zh', passage: '5. 坚决初衷，不拿到钱不罢休：假装还钱，让你耐烦等候一下，他马上去取钱，但跑了一圈回来后，十之八九没有钱' },
    ],
  },
  {
    id: 'unhappy_with_product',
    name: { en: "I'm not happy with the product", es: 'No estoy conforme con el producto', zh: '对产品不满意' },
    description: {
      en: 'The debtor withholds payment because they are dissatisfied with what they bought, or disputes the charges.',
      es: 'El deudor no paga porque no está conforme con lo que compró o porque no reconoce los cargos.',
      zh: '债务人因为对所买的产品或服务不满意、或不认可某些费用而拒绝还款。',
    },
    examples: {
      en: [
        "The thing broke after two weeks. I'm not paying for junk.",
        "That's not what I was sold. Nobody said anything about these fees.",
      ],
      es: [
        'El aparato salió bien chafa, a la semana ya no servía. ¿Y todavía quieren que pague?',
        'A mí me dijeron otra cosa cuando lo contraté. Esos cargos no los reconozco.',
      ],
      zh: [
        '买的东西没用两天就坏了，凭什么还让我还钱？',
        '当初办的时候根本没说有这笔费用，我不认。',
      ],
    },
    approach: {
      en: 'Treat it as a possible dispute, not an excuse to argue down. Listen, record the specifics, and tell the debtor how to raise the dispute and that it will be passed to the creditor to check. Pause collection of the disputed part until it has been answered (in the US, a written dispute within the validation period stops collection of that part until verification is sent), and discuss only any undisputed balance.',
      es: 'Trátelo como una posible disputa, no como una excusa que hay que rebatir. Escuche, registre los detalles y explique cómo presentar la inconformidad y que se enviará al acreedor para revisarla. Suspenda el cobro de la parte disputada hasta que haya respuesta (en EE. UU., una disputa por escrito dentro del periodo de validación detiene el cobro de esa parte hasta enviar la verificación) y hable solo del saldo no disputado, si lo hay.',
      zh: '把它当作可能的异议来处理，而不是要驳倒的借口。认真听，记录具体问题，告诉对方如何提出异议，并说明会转交债权方核实。有争议的部分在得到答复前暂停催收（在美国，验证期内的书面异议会让该部分在寄出核实材料前停止催收），只谈没有争议的余额。',
    },
    sources: [
      { language: 'zh', passage: '11. 催收前先明白客户构成拖欠的缘由：……对产品不满意？' },
      { language: 'es', passage: '5. ¿No está satisfecho con el producto?' },
    ],
  },
  {
    id: 'forgot',
    name: { en: 'I forgot', es: 'Se me olvidó', zh: '忘了还' },
    description: {
      en: 'The payment was missed through oversight; the debtor can and will pay.',
      es: 'El pago se pasó por descuido; el deudor puede pagar y quiere hacerlo.',
      zh: '一时疏忽错过了还款日，债务人有能力也愿意还。',
    },
    examples: {
      en: [
        'Oh no, was that due last week? It completely slipped my mind.',
        "Sorry, I've been all over the place lately. I'll sort it now.",
      ],
      es: [
        '¡Ay, no! Se me pasó por completo, con tanto pendiente.',
        'Híjole, yo pensé que ya lo había pagado.',
      ],
      zh: [
        '哎呀，我给忘了，这几天事太多了。',
        '我还以为是自动扣款呢，没注意。',
      ],
    },
    approach: {
      en: 'Keep it friendly: confirm the amount and offer to take the payment now or agree a date in the next few days. Suggest ways to avoid a repeat — automatic payment, reminders, a due date that matches payday. No lecture is needed.',
      es: 'Manténgalo cordial: confirme el monto y ofrezca tomar el pago ahora o acordar una fecha en los próximos días. Sugiera cómo evitar que se repita —domiciliación, recordatorios, una fecha de pago que coincida con la quincena—. No hace falta sermonear.',
      zh: '语气友好：确认金额，请对方现在还款，或约定最近几天的日期。建议避免再次忘记的办法——自动扣款、还款提醒、把还款日调到发薪日之后。不需要说教。',
    },
    sources: [
      { language: 'zh', passage: '11. 是过于大意忘了时间' },
      { language: 'es', passage: '5. Fue demasiado descuidado y olvidó la hora.' },
    ],
  },
  {
    id: 'sue_me',
    name: { en: 'So sue me', es: 'Demándeme si quiere', zh: '有本事去告我' },
    description: {
      en: 'The debtor dares the creditor to go to court, betting that nothing can be done.',
      es: 'El deudor reta al acreedor a demandarlo, convencido de que no le pueden hacer nada.',
      zh: '债务人挑衅说去法院告他，认定拿他没办法。',
    },
    examples: {
      en: [
        "You want your money? Take me to court. Good luck getting blood from a stone.",
        "Sue me. I've got nothing you can take anyway.",
      ],
      es: [
        'Si quieren, demándenme. De todos modos no tengo nada a mi nombre.',
        'Háganle como quieran, yo no les voy a pagar.',
      ],
      zh: [
        '有本事你去法院告我啊，我又没钱，你能拿我怎么样？',
        '告吧告吧，法院判了我也没钱还。',
      ],
    },
    approach: {
      en: 'Do not bluff or threaten. Say truthfully which remedies the creditor may lawfully use, and mention a lawsuit only if one is legally possible and actually intended — never on a time-barred debt. Point out, without exaggeration, that agreeing a plan now avoids the time and stress of a court process, and offer a realistic one. If the debtor refuses in writing to pay or asks you to stop, follow the cease-contact rules and refer the account for a lawful decision.',
      es: 'No fanfarronee ni amenace. Diga con la verdad qué recursos puede usar legalmente el acreedor y mencione una demanda solo si es legalmente posible y de verdad se piensa presentar; nunca sobre una deuda prescrita. Señale, sin exagerar, que acordar un plan ahora evita el tiempo y el desgaste de un juicio, y ofrezca uno realista. Si el deudor se niega por escrito a pagar o pide que ya no lo contacten, siga las reglas de cese de contacto y turne la cuenta para una decisión conforme a la ley.',
      zh: '不要虚张声势，也不要威胁。如实说明债权方可以依法采取哪些措施；只有在确实合法可行、并且真的打算起诉时才提诉讼，超过诉讼时效的债务绝不能拿起诉来说事。不夸大地指出现在商定方案可以省去打官司的时间和麻烦，并提出可行的方案。如果债务人书面拒绝还款或要求停止联系，就按停止联系的规定处理，并把账户转交依法决定下一步。',
    },
    sources: [
      { language: 'es', passage: '4.4 Eliminar las ilusiones de cada uno: "Si quiere demandar, presente una demanda."' },
      { language: 'zh', passage: '20. 诉诸法律' },
    ],
  },
  {
    id: 'hostile_insults',
    name: { en: 'Hostile or insulting debtor', es: 'Deudor hostil o que insulta', zh: '态度恶劣、出口伤人' },
    description: {
      en: 'The debtor answers with anger, insults or contempt instead of engaging.',
      es: 'El deudor responde con enojo, insultos o desprecio en lugar de hablar del pago.',
      zh: '债务人不谈还款，只是发火、骂人、冷嘲热讽。',
    },
    examples: {
      en: [
        "You people are vultures. Don't you have anything better to do with your life?",
        "Oh, it's you again. What do you want now, leech?",
      ],
      es: [
        '¿Otra vez usted? Qué poca vergüenza, pinche buitre.',
        'Ustedes los cobradores son unas sanguijuelas, viven de fregar a la gente.',
      ],
      zh: [
        '你们这些催债的，一天到晚就知道逼人，有完没完？',
        '滚！看见你们这帮人就烦。',
      ],
    },
    approach: {
      en: 'Stay calm and never answer insults with insults or threats. Acknowledge the frustration, set a polite boundary, and bring the conversation back to its purpose. If the abuse continues, offer to continue at another time or by another channel and end the contact courteously; note what happened and tell your supervisor if needed.',
      es: 'Mantenga la calma y nunca responda a un insulto con otro ni con amenazas. Reconozca el enojo, ponga un límite con cortesía y regrese la conversación a su propósito. Si los insultos siguen, ofrezca continuar en otro momento o por otro medio y termine el contacto con educación; anote lo ocurrido e informe a su supervisor si hace falta.',
      zh: '保持冷静，绝不以骂还骂，也不要威胁。先体谅对方的情绪，礼貌地划清界限，再把话题拉回正事。如果对方继续辱骂，提出改个时间或换个方式再谈，客气地结束这次联系；记录经过，必要时报告主管。',
    },
    sources: [
      {
        language: 'es',
        passage: 'En segundo lugar: "Si el prestatario tiene mal genio y hace comentarios hirientes, evite conflictos directos con los clientes y evite comportamientos excesivos."',
      },
      { language: 'zh', passage: '16. 切莫意气用事，做出偏激行为' },
    ],
  },
] as const satisfies readonly ExcuseType[];

export type ExcuseTypeId = (typeof EXCUSE_TYPES)[number]['id'];

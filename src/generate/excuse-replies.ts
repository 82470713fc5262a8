import type { ExcuseTypeId } from '../catalog/index.js';
import type { LocalizedText } from '../schema/language.js';

/**
 * The lawful reply to each excuse type, as a collector would say it on the
 * phone: the catalog's recommended `approach` (which becomes the coaching
 * feedback) put into one spoken turn that asks for the real reason.
 */
export const EXCUSE_REPLIES: Record<ExcuseTypeId, LocalizedText> = {
  business_losing_money: {
    en: 'I hear you, business is hard right now. Help me understand: has money stopped coming in, or is it down? What still comes in each month?',
    es: 'Le entiendo, el negocio está difícil. Ayúdeme a entender: ¿dejó de entrar dinero o entra menos? ¿Cuánto le sigue entrando al mes?',
    zh: '我理解，生意确实不好做。您跟我说说：是完全没有收入了，还是收入减少了？每个月还能进多少？',
  },
  pay_tomorrow: {
    en: 'Tomorrow can work. What happened with the last date, though? I want us to set one you can actually keep.',
    es: 'Mañana puede funcionar. Pero, ¿qué pasó con la fecha anterior? Quiero que acordemos una que sí pueda cumplir.',
    zh: '明天也可以。不过上次约的日子是出了什么情况？我想跟您定一个真正能做到的时间。',
  },
  away_on_business: {
    en: "You don't need to be home for this; you can pay from your phone. Is it only the trip, or is something else making this payment hard?",
    es: 'No necesita estar en casa para esto, puede pagar desde su celular. ¿Es solo el viaje, o hay algo más que le complica el pago?',
    zh: '这个不用等回家，手机上就能还。只是因为出差吗，还是有别的事让您还款有困难？',
  },
  next_month: {
    en: 'Next month is a while off. What changes between now and then? And is there some part you could manage before it?',
    es: 'El mes que entra todavía está lejos. ¿Qué cambia de aquí a entonces? ¿Y hay alguna parte que pueda cubrir antes?',
    zh: '下个月还早。到那时候会有什么变化吗？在那之前能不能先还一部分？',
  },
  lost_job_or_unpaid_wages: {
    en: "I'm sorry, that's a hard spot to be in. Is any income coming in at the moment, and when do you expect that to change?",
    es: 'Lo siento, es una situación difícil. ¿Tiene algún ingreso ahorita, y cuándo cree que eso cambie?',
    zh: '真不容易。您现在还有什么收入吗？估计什么时候情况会有变化？',
  },
  trying_to_borrow: {
    en: "You don't need to borrow to deal with this. Tell me what you actually have coming in, and we'll work from that.",
    es: 'No necesita pedir prestado para resolver esto. Dígame cuánto le entra de verdad y partimos de ahí.',
    zh: '您不用为了这个去借钱。跟我说说实际有多少收入，我们从这个出发想办法。',
  },
  when_i_have_money: {
    en: "Let's turn 'when I have it' into something concrete. When does money come in for you, and roughly how much?",
    es: 'Vamos a aterrizar ese «cuando tenga». ¿Cuándo le entra dinero y más o menos cuánto?',
    zh: '“等有钱了”咱们说具体点：您一般什么时候有进账？大概多少？',
  },
  big_promises: {
    en: "I hope that comes through for you. Setting it aside for a moment: what do you have now, and what's really holding the payment up?",
    es: 'Ojalá se le dé. Dejándolo de lado un momento, ¿con qué cuenta ahorita y qué es lo que de verdad está deteniendo el pago?',
    zh: '希望能成。先不说那个，您现在手上有多少？真正让您还不上的是什么？',
  },
  money_went_to_someone_else: {
    en: 'That sounds like it put you in a tough spot. The account is in your name, though. When do you expect that money back, and what can you manage meanwhile?',
    es: 'Eso lo dejó en una situación complicada. Pero la cuenta está a su nombre. ¿Cuándo espera que le regresen ese dinero, y qué puede cubrir mientras tanto?',
    zh: '这确实让您很为难。不过账户是在您名下的。那笔钱您估计什么时候能拿回来？这期间您能先安排多少？',
  },
  push_me_and_i_wont_pay: {
    en: "I'm not calling to push you. I'd like to understand what's going on and find something that works. What's making it hard right now?",
    es: 'No le llamo para presionarlo. Quiero entender qué pasa y encontrar algo que le funcione. ¿Qué se le está complicando ahorita?',
    zh: '我不是来逼您的，是想了解情况、一起找个办法。现在主要难在哪儿？',
  },
  fetch_money_empty: {
    en: "That's all right. Before we go on: what happened when you tried? I'd rather agree an amount and a time that will really be there.",
    es: 'Está bien. Antes de seguir: ¿qué pasó cuando lo intentó? Prefiero que acordemos un monto y una hora que de verdad se puedan cumplir.',
    zh: '没关系。我们先说说：刚才是怎么回事？我们还是约一个确实能到位的金额和时间吧。',
  },
  unhappy_with_product: {
    en: "That's worth sorting out properly. Tell me what went wrong. If you want to dispute the charge, I'll log it and it will be checked before anything else.",
    es: 'Eso hay que resolverlo bien. Cuénteme qué salió mal. Si quiere disputar el cargo, lo registro y se revisa antes que nada.',
    zh: '这个应该好好处理。您说说出了什么问题？如果您对这笔费用有异议，我先登记下来，核实清楚再说。',
  },
  forgot: {
    en: "That happens. Is it only the date, or have the statements been going somewhere you don't see them?",
    es: 'Le pasa a cualquiera. ¿Fue solo la fecha, o los estados de cuenta le están llegando a otro lado?',
    zh: '这很常见。只是忘了日子，还是账单寄到了您看不到的地方？',
  },
  sue_me: {
    en: "Nobody's talking about court. I'd rather understand what's stopping you from paying and find something that works.",
    es: 'Nadie está hablando de juicios. Prefiero entender qué le impide pagar y encontrar algo que funcione.',
    zh: '现在没人说要打官司。我更想了解是什么让您还不上，一起找个办法。',
  },
  hostile_insults: {
    en: "I can hear you're angry, and I'm not here to argue. What's going on that makes this payment hard?",
    es: 'Entiendo que está molesto, y no le llamo para pelear. ¿Qué está pasando que le complica este pago?',
    zh: '我听得出您很生气，我不是来吵架的。是什么情况让这笔钱还不上？',
  },
};

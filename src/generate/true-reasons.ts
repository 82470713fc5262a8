import type { Persona } from '../schema/dialogue.js';
import type { LocalizedText } from '../schema/language.js';

/**
 * Why a generated debtor really has not paid, by ability and willingness
 * (collectors are taught to tell "able but unwilling" from "willing but unable"). `summary` is the
 * hidden persona's true_reason; `line` is how the debtor finally says it.
 */
export interface TrueReason {
  summary: LocalizedText;
  line: LocalizedText;
}

type Key = `${Persona['ability']}_${Persona['willingness']}`;

export const TRUE_REASONS: Record<Key, readonly TrueReason[]> = {
  able_willing: [
    {
      summary: {
        en: "The money is there, but this month it went on their mother's hospital bill, and they are embarrassed to say so.",
        es: 'Tiene el dinero, pero este mes lo usó en una cuenta de hospital de su mamá y le da pena decirlo.',
        zh: '钱是有的，但这个月先拿去给母亲付了住院费，不好意思说。',
      },
      line: {
        en: "Honestly? My mom had a hospital bill and I paid that first. I'll have the money, I'm just embarrassed about it.",
        es: 'La verdad... a mi mamá le llegó una cuenta del hospital y pagué eso primero. Sí voy a tener, nada más me da pena.',
        zh: '说实话……我妈住院，我先把医药费交了。钱我是有的，就是不好意思开口。',
      },
    },
    {
      summary: {
        en: 'They moved house: the statements go to the old address and the automatic payment stopped. They can pay.',
        es: 'Se mudó: los estados de cuenta llegan a la dirección anterior y el cargo automático se canceló. Sí puede pagar.',
        zh: '搬了家，账单寄到旧地址，自动扣款也停了。其实还得起。',
      },
      line: {
        en: "To be honest, I moved and everything's a mess. The autopay stopped and I never saw a statement.",
        es: 'La verdad me cambié de casa y todo es un desorden. Se canceló el cargo automático y no me llegó ningún estado de cuenta.',
        zh: '说实话，我刚搬家，什么都乱套了。自动扣款停了，账单我一张也没收到。',
      },
    },
  ],
  able_unwilling: [
    {
      summary: {
        en: 'They have the money but pay other things first, hoping this creditor gives up.',
        es: 'Tiene el dinero pero paga otras cosas primero, con la esperanza de que el acreedor se canse.',
        zh: '有钱，但先花在别处，指望拖久了对方就不催了。',
      },
      line: {
        en: "Look... I've got the money. I just figured you'd stop calling if I waited long enough.",
        es: 'Mire... sí tengo el dinero. Nomás pensé que si esperaba, dejarían de llamar.',
        zh: '其实……钱我有。我就是想着拖一拖，你们就不打了。',
      },
    },
    {
      summary: {
        en: 'They could pay but think the late fees were unfair and are holding out in protest.',
        es: 'Podría pagar, pero le molestan los cargos por atraso y está aguantando en protesta.',
        zh: '其实能还，但对滞纳金不满，故意拖着表示抗议。',
      },
      line: {
        en: "Fine, I'll be straight with you: I could pay. I'm just fed up with the late fees you people charged me.",
        es: 'Está bien, le soy sincero: sí podría pagar. Es que estoy harto de los cargos por atraso que me cobraron.',
        zh: '行，我就直说了：钱我能还。我就是对你们收的那些滞纳金一肚子火。',
      },
    },
  ],
  unable_willing: [
    {
      summary: {
        en: 'Their hours at work were cut in half; they want to pay, but the income no longer covers rent and the card.',
        es: 'Le recortaron las horas de trabajo a la mitad; quiere pagar, pero ya no le alcanza para la renta y la tarjeta.',
        zh: '单位把工时砍了一半，想还，但收入交完房租就不够了。',
      },
      line: {
        en: "My hours got cut in half two months ago. I want to pay, I really do. There just isn't enough after rent.",
        es: 'Hace dos meses me recortaron las horas a la mitad. Sí quiero pagar, de verdad. Pero después de la renta ya no queda nada.',
        zh: '两个月前单位把我的班砍了一半。我是想还的，真的。可交完房租就什么都不剩了。',
      },
    },
    {
      summary: {
        en: 'An operation has kept them off work since spring; the savings are gone.',
        es: 'Una operación lo tiene sin trabajar desde la primavera; ya se le acabaron los ahorros.',
        zh: '春天做了手术，一直没法上班，积蓄已经花光了。',
      },
      line: {
        en: "I had surgery in the spring and I've been off work since. The savings are gone. I'm not trying to dodge you.",
        es: 'Me operaron en la primavera y desde entonces no he podido trabajar. Ya se me acabaron los ahorros. No me estoy escondiendo.',
        zh: '我春天做了个手术，到现在都没法上班。积蓄全花光了。我不是在躲你们。',
      },
    },
  ],
  unable_unwilling: [
    {
      summary: {
        en: 'Overwhelmed by several debts, they have stopped opening mail and see no point paying any one of them.',
        es: 'Debe en varios lados, dejó de abrir el correo y no le ve caso pagarle a ninguno.',
        zh: '欠了好几家，信都不拆了，觉得还哪一家都没意义。',
      },
      line: {
        en: "I owe everybody. Four cards. I stopped opening the envelopes. What's the point of paying one?",
        es: 'Le debo a todo el mundo. Cuatro tarjetas. Ya ni abro los sobres. ¿De qué sirve pagarle a una?',
        zh: '我欠了一屁股债，四张卡。信我都不拆了。还一家有什么用？',
      },
    },
    {
      summary: {
        en: 'They lost their job and believe the debt will go away if they ignore it long enough.',
        es: 'Perdió el trabajo y cree que si no paga, la deuda desaparece sola.',
        zh: '丢了工作，以为一直不还，债最后自己就没了。',
      },
      line: {
        en: 'I lost my job. And honestly, I heard if you just stop paying, eventually they write it off.',
        es: 'Me quedé sin trabajo. Y la verdad, me dijeron que si dejas de pagar, al final la cancelan.',
        zh: '我工作丢了。说实话，我听人说只要一直不还，最后就给核销了。',
      },
    },
  ],
};

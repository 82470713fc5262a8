import type { Language } from '../schema/language.js';

/**
 * Words that say nothing about which move a reply makes. They are left out of
 * the words compared (a concept may still use them: "call you back").
 * zh: single characters, left out of the character unigrams only.
 */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    `a an the and or so to of in on at for with from by as is are was were be been being am it its it's this that these those there here
    i me my we us our you your yours he him his she her they them their
    do does did doing have has had having will would shall should can could may might must
    just really very quite then than too also well oh ah um uh hey hi hello okay ok right yeah yep yes
    what which who whom how about into up out over again any some all`.split(/\s+/),
  ),
  es: new Set(
    `el la los las un una unos unas y o u a al del de en con por para que como es son era fue ser estar esta este esto estos estas eso esa ese
    lo le les se me te nos mi mis tu tus su sus usted ustedes yo el ella ellos ellas nosotros
    ya pues bueno oiga oye mire este eh ah hola si sí muy mas más tambien también entonces asi así aqui aquí ahi ahí
    hay ha han he hemos habia había va van voy vamos`.split(/\s+/),
  ),
  zh: new Set([...'的了吗呢吧啊呀哦嗯哈是在我你您他她们这那就都也个一下么嘛']),
};

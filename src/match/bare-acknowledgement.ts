import { normalizeForLint } from '../lint/normalize.js';
import type { Language } from '../schema/language.js';

/**
 * Words that only acknowledge ("ok", "thanks", "好的"): a reply made of them
 * alone makes no move, even where a choice on screen starts the same way
 * ("Fine. Then let's make that firm: …"), so it is never matched.
 */
const ACKNOWLEDGEMENTS: Readonly<Record<Language, readonly string[]>> = {
  en: ['ok', 'okay', 'okey', 'k', 'fine', 'alright', 'all right', 'right', 'sure', 'yes', 'yeah', 'yep', 'no', 'nope', 'thanks', 'thank you', 'cheers', 'great', 'good', 'perfect', 'cool', 'got it', 'i see', 'understood', 'uh huh', 'mm', 'hmm', 'bye', 'goodbye', 'sounds good', 'fair enough', 'oh', 'well', 'so', 'then', 'very', 'much', 'thats', 'that is', 'it', 'fine by me'],
  es: ['ok', 'okey', 'va', 'sale', 'si', 'no', 'bueno', 'bien', 'muy', 'esta bien', 'claro', 'gracias', 'muchas', 'perfecto', 'de acuerdo', 'aja', 'orale', 'andele', 'entendido', 'ya', 'ajá', 'mmm', 'adios', 'hasta luego', 'pues', 'ah', 'oh', 'entiendo', 'listo', 'correcto'],
  zh: ['好的', '好', '行吧', '行', '嗯', '哦', '噢', '对', '是', '是的', '可以', '谢谢', '多谢', '明白', '知道了', '了', '再见', '拜拜', '没问题', '收到', '吧', '啊', '呢', '嗯嗯', '好吧', '谢'],
};

const patterns = new Map<Language, RegExp>();
function pattern(language: Language): RegExp {
  let re = patterns.get(language);
  if (!re) {
    const words = [...ACKNOWLEDGEMENTS[language]].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = language === 'zh' ? new RegExp(`^(?:${words.join('|')})+$`, 'u') : new RegExp(`^(?:(?:${words.join('|')})(?: |$))+$`, 'u');
    patterns.set(language, re);
  }
  return re;
}

export function isBareAcknowledgement(typed: string, language: Language): boolean {
  const text = normalizeForLint(typed)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, language === 'zh' ? '' : ' ')
    .replace(/\s+/g, language === 'zh' ? '' : ' ')
    .trim();
  return text !== '' && pattern(language).test(language === 'zh' ? text : `${text}`);
}

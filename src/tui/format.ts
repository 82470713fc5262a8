import type { Dialogue } from '../schema/dialogue.js';
import type { Language } from '../schema/language.js';
import { sanitizeLine } from '../text/sanitize.js';

const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-MX', zh: 'zh-CN' };

/** Formatters by language, currency and digits: building one costs far more than using it, and screens redraw often. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string, language: Language): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const key = `${language} ${currency} ${digits}`;
  try {
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
      formatters.set(key, formatter);
    }
    return formatter.format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** "+1", "−2": a true minus sign reads better beside a bar. */
export const signed = (delta: number): string => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

/** A meter as a row of blocks: filled for the value, light shade for the rest of the range. */
export function meterBar(value: number, min: number, max: number, width = 10): string {
  const span = Math.max(1, max - min);
  const filled = Math.round(((Math.min(max, Math.max(min, value)) - min) / span) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per reading, its height scaled to the meter's range. */
export function sparkline(series: readonly number[], min: number, max: number): string {
  const span = Math.max(1, max - min);
  return series.map((v) => SPARKS[Math.round(((Math.min(max, Math.max(min, v)) - min) / span) * (SPARKS.length - 1))]).join('');
}

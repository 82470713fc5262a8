/** "USD 1,240" or "GBP 1,386.50": cents only when there are some, always two of them then. */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(amount);
  return `${currency} ${number}`;
}

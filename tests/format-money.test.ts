import { describe, expect, it } from 'vitest';
import { formatMoney } from '../src/render/format-money.js';

describe('formatMoney', () => {
  it('shows whole amounts without cents and fractional ones with two digits', () => {
    expect(formatMoney(1240, 'USD')).toBe('USD 1,240');
    expect(formatMoney(1386.5, 'GBP')).toBe('GBP 1,386.50');
  });
});

/**
 * How the calculator writes amounts and numbers in one locale. Pure, no DOM.
 */
import { numberFormat } from '../../core/intl-format.js';

export class CostFormat {
  constructor(readonly locale: string) {}

  private currency(cents: number, digits: 0 | 2): string {
    return numberFormat(this.locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(cents / 100);
  }

  /** An amount with cents. */
  money(cents: number): string {
    return this.currency(cents, 2);
  }

  /** An amount in a sentence: without ",00" when it is whole euros. */
  amount(cents: number): string {
    return this.currency(cents, cents % 100 ? 2 : 0);
  }

  /** An "about" figure: whole euros. */
  approx(cents: number): string {
    return this.currency(cents, 0);
  }

  /** Totals: whole euros from EUR 1,000 up, where cents only add noise. */
  total(cents: number): string {
    return this.currency(cents, Math.abs(cents) >= 100_000 ? 0 : 2);
  }

  number(value: number): string {
    return numberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  percent(value: number): string {
    return numberFormat(this.locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }

  /** "70 miljoen euro" style, for budgets. */
  millions(cents: number): string {
    return numberFormat(this.locale, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(cents / 100);
  }
}

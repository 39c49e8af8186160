/**
 * Registers `<digi-cost-calculator>` (or `<prefix-cost-calculator>`, see
 * core/define.ts). Import this module for its side effect; import
 * `cost-calculator.js` for the class alone.
 */
import { defineElement } from '../../core/define.js';
import { DigiCostCalculator } from './cost-calculator.js';

export * from './cost-calculator.js';

defineElement('cost-calculator', DigiCostCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'digi-cost-calculator': DigiCostCalculator;
  }
}

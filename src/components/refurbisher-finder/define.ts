/**
 * Registers `<digi-refurbisher-finder>` (or `<prefix-refurbisher-finder>`, see
 * core/define.ts). Import this module for its side effect; import
 * `refurbisher-finder.js` for the class alone.
 */
import { defineElement } from '../../core/define.js';
import { DigiRefurbisherFinder } from './refurbisher-finder.js';

export * from './refurbisher-finder.js';

defineElement('refurbisher-finder', DigiRefurbisherFinder);

declare global {
  interface HTMLElementTagNameMap {
    'digi-refurbisher-finder': DigiRefurbisherFinder;
  }
}

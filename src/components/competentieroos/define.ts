/**
 * Registers `<digi-competentieroos>` (or `<prefix-competentieroos>`, see
 * core/define.ts). Import this module for its side effect; import
 * `competentieroos.js` for the class alone.
 */
import { defineElement } from '../../core/define.js';
import { DigiCompetentieroos } from './competentieroos.js';

export * from './competentieroos.js';

defineElement('competentieroos', DigiCompetentieroos);

declare global {
  interface HTMLElementTagNameMap {
    'digi-competentieroos': DigiCompetentieroos;
  }
}

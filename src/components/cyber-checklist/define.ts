/**
 * Registers `<digi-cyber-checklist>` (or `<prefix-cyber-checklist>`, see
 * core/define.ts). Import this module for its side effect; import
 * `cyber-checklist.js` for the class alone.
 */
import { defineElement } from '../../core/define.js';
import { DigiCyberChecklist } from './cyber-checklist.js';

export * from './cyber-checklist.js';

defineElement('cyber-checklist', DigiCyberChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'digi-cyber-checklist': DigiCyberChecklist;
  }
}

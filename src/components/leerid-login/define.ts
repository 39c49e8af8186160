/**
 * Registers `<digi-leerid-login>` (or `<prefix-leerid-login>`, see
 * core/define.ts). Import this module for its side effect; import
 * `leerid-login.js` for the class alone.
 */
import { defineElement } from '../../core/define.js';
import { DigiLeerIDLogin } from './leerid-login.js';

export * from './leerid-login.js';

defineElement('leerid-login', DigiLeerIDLogin);

declare global {
  interface HTMLElementTagNameMap {
    'digi-leerid-login': DigiLeerIDLogin;
  }
}

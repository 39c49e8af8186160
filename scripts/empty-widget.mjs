/**
 * The source of an empty widget on the shared base class (Lit, @lit/localize,
 * DigiElement, guarded registration) as <digi-empty>: what any widget costs
 * before its own code. `npm run size` and the rose benchmark bundle it
 * (esbuild, from the project root) to show how much of a target is left.
 */

/** `content`: the template's markup; `styles`: an expression for extra static styles. */
export function emptyWidgetSource({ content = '', imports = '', styles } = {}) {
  return `
    import { html } from 'lit';
    import { DigiElement } from './src/core/digi-element.ts';
    import { defineElement } from './src/core/define.ts';
    ${imports}
    class DigiEmpty extends DigiElement {
      ${styles ? `static styles = [DigiElement.styles, ${styles}];` : ''}
      renderContent() {
        return html\`${content}\`;
      }
    }
    defineElement('empty', DigiEmpty);`;
}

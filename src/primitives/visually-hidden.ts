/**
 * Text for assistive technology only (the `.visually-hidden` class lives in
 * the base styles every element adopts).
 */
import { html, type TemplateResult } from 'lit';

export function visuallyHidden(text: unknown): TemplateResult {
  return html`<span class="visually-hidden">${text}</span>`;
}

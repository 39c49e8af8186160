/**
 * Disclosure: native `<details>`/`<summary>`, which browsers and screen
 * readers already expose as an expandable button, and which find-in-page opens.
 */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { chevronDownPath, iconSvg } from './icon-base.js';

export interface DisclosureOptions {
  summary: unknown;
  content: unknown;
  open?: boolean;
  onToggle?: (open: boolean, event: Event) => void;
  part?: string;
  id?: string;
}

export function disclosure(options: DisclosureOptions): TemplateResult {
  return html`<details
    class="disclosure"
    part=${options.part ?? 'disclosure'}
    id=${ifDefined(options.id)}
    ?open=${options.open}
    @toggle=${(event: Event) => options.onToggle?.((event.target as HTMLDetailsElement).open, event)}
  >
    <summary class="disclosure__summary" part="summary">
      ${iconSvg('chevron-down', chevronDownPath, { className: 'disclosure__chevron' })}<span>${options.summary}</span>
    </summary>
    <div class="disclosure__content" part="disclosure-content">${options.content}</div>
  </details>`;
}

export const disclosureStyles = css`
  .disclosure__summary {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: var(--_target-size);
    padding-block: var(--_space-1);
    color: var(--_color-link);
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
    list-style: none;
  }
  .disclosure__summary::-webkit-details-marker {
    display: none;
  }
  .disclosure__summary:hover span {
    text-decoration: underline;
  }
  .disclosure__chevron {
    transform: rotate(-90deg);
    transition: transform var(--_motion-duration) var(--_motion-easing);
  }
  .disclosure[open] > .disclosure__summary .disclosure__chevron {
    transform: none;
  }
  .disclosure__content {
    padding-block: var(--_space-2);
    padding-inline-start: calc(var(--_icon-size) + var(--_space-2));
  }
`;

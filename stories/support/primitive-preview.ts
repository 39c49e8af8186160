/**
 * `<digi-primitive-preview>`: renders a primitive template inside a real
 * DigiElement, for stories and tests only (not shipped: it lives outside src/).
 *
 * The template runs inside `renderContent()`, so it gets what every widget
 * gets: the theme from the nearest `data-digi-theme`, `msg()` translated into
 * the locale of the nearest `lang`, the base and primitive styles, and one
 * shadow root in which every `for`/`aria-*` id resolves.
 */
import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DigiElement } from '../../src/core/digi-element.js';
import { primitiveStyles } from '../../src/primitives/index.js';

/**
 * What the preview renders. It receives the preview element, so a stateful
 * story can call `host.requestUpdate()` after changing its own state.
 */
export type PreviewTemplate = (host: PrimitivePreview) => unknown;

export const previewTagName = 'digi-primitive-preview';

export class PrimitivePreview extends DigiElement {
  static override styles = [
    ...DigiElement.styles,
    ...primitiveStyles,
    css`
      /* The surface itself is painted by the base styles, as for every widget. */
      .root {
        padding: var(--_space-4);
      }
      .preview-stack {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--_space-4);
      }
      .preview-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-3);
      }
      .preview-note {
        margin: 0;
        color: var(--_color-text-muted);
        font-size: var(--_font-size-sm);
      }
    `,
  ];

  /** The template to render; re-rendered whenever the property changes. */
  @property({ attribute: false }) template?: PreviewTemplate;

  protected renderContent(): unknown {
    return this.template?.(this);
  }
}

if (!customElements.get(previewTagName)) {
  customElements.define(previewTagName, PrimitivePreview);
}

declare global {
  interface HTMLElementTagNameMap {
    'digi-primitive-preview': PrimitivePreview;
  }
}

/** A story's content inside `<digi-primitive-preview>`. */
export function preview(template: PreviewTemplate): TemplateResult {
  return html`<digi-primitive-preview .template=${template}></digi-primitive-preview>`;
}

/**
 * A preview with local state, for stories people can interact with (typing,
 * ticking, choosing): `update` merges a patch and re-renders. The state starts
 * from `initial` on every story render, so changing a control resets it.
 */
export function statefulPreview<State extends object>(
  initial: State,
  view: (state: State, update: (patch: Partial<State>) => void) => unknown,
): TemplateResult {
  let state = initial;
  return preview((host) =>
    view(state, (patch) => {
      state = { ...state, ...patch };
      host.requestUpdate();
    }),
  );
}

/**
 * Card: a titled, bordered section. The heading level is a parameter so the
 * card fits the outline of the page it is embedded in.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface CardOptions {
  id: string;
  title: unknown;
  body: unknown;
  /** Actions at the bottom of the card. */
  footer?: unknown;
  /** Small line above the title, e.g. a category. */
  eyebrow?: unknown;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  part?: string;
}

export function card(options: CardOptions): TemplateResult {
  const titleId = `${options.id}-title`;
  return html`<section class="card" id=${options.id} part=${options.part ?? 'card'} aria-labelledby=${titleId}>
    ${options.eyebrow ? html`<p class="card__eyebrow">${options.eyebrow}</p>` : nothing}
    <p class="card__title" id=${titleId} role="heading" aria-level=${options.headingLevel ?? 3}>${options.title}</p>
    <div class="card__body">${options.body}</div>
    ${options.footer ? html`<div class="card__footer">${options.footer}</div>` : nothing}
  </section>`;
}

export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-inline-size: 0;
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-border);
    border-block-start: calc(var(--_border-width) * 4) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .card__eyebrow {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .card__title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
  }
  .card__body > :first-child {
    margin-block-start: 0;
  }
  .card__body > :last-child {
    margin-block-end: 0;
  }
  /* A tertiary button in a card reads like the card's disclosures: flush with the text, underlined on hover only. */
  .card .btn--tertiary {
    padding-inline: 0;
    text-decoration: none;
  }
  .card .btn--tertiary:hover {
    background: transparent;
    text-decoration: underline;
  }
  .card__footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: auto;
    padding-block-start: var(--_space-2);
  }
`;

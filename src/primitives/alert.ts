/**
 * Alert / status message: tone by icon, heading text and border, never by
 * colour alone. Rendering a message does not announce it; announce changes
 * through the shared announcer (`announce()`), or pass `live: 'assertive'`
 * for an error that appears after an action (role="alert").
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import { icon, type IconName } from './icons.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

export interface AlertOptions {
  tone?: AlertTone;
  /** Short heading; defaults to the tone's name so the tone is said in words. */
  title?: string;
  message: unknown;
  /** `assertive` makes it a role="alert" region (read at once), `polite` a role="status". */
  live?: 'off' | 'polite' | 'assertive';
  /** Buttons or links, e.g. "Opnieuw proberen". */
  actions?: unknown;
  /** Heading level of the title inside the widget's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  part?: string;
  id?: string;
}

const toneIcon: Record<AlertTone, IconName> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  danger: 'danger',
};

function toneName(tone: AlertTone): string {
  switch (tone) {
    case 'info':
      return msg('Informatie');
    case 'success':
      return msg('Gelukt');
    case 'warning':
      return msg('Let op');
    case 'danger':
      return msg('Probleem');
  }
}

export function alert(options: AlertOptions): TemplateResult {
  const tone = options.tone ?? 'info';
  const role = options.live === 'assertive' ? 'alert' : options.live === 'polite' ? 'status' : nothing;
  const level = options.headingLevel ?? 3;
  const title = options.title ?? toneName(tone);
  return html`<div class="alert alert--${tone}" part=${options.part ?? 'alert'} role=${role} id=${options.id ?? nothing}>
    ${icon(toneIcon[tone], { className: 'alert__icon' })}
    <div class="alert__body">
      <p class="alert__title" role="heading" aria-level=${level}>${title}</p>
      <div class="alert__message">${options.message}</div>
      ${options.actions ? html`<div class="alert__actions">${options.actions}</div>` : nothing}
    </div>
  </div>`;
}

/** Technical text in a message (data paths and values, for web teams) is monospace and wraps anywhere, the same in every widget. */
export const alertStyles = css`
  .alert {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    border: var(--_border-width) solid currentColor;
    border-inline-start-width: calc(var(--_border-width) * 6);
    border-radius: var(--_radius);
    color: var(--_color-info);
    background: var(--_color-info-surface);
  }
  .alert--success {
    color: var(--_color-success);
    background: var(--_color-success-surface);
  }
  .alert--warning {
    color: var(--_color-warning);
    background: var(--_color-warning-surface);
  }
  .alert--danger {
    color: var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .alert__icon {
    margin-block-start: calc((1lh - var(--_icon-size)) / 2);
  }
  .alert__body {
    min-inline-size: 0;
    color: var(--_color-text);
  }
  .alert__title {
    margin: 0;
    font-weight: var(--_font-weight-bold);
  }
  .alert__message :is(code, pre) {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .alert__message > :first-child {
    margin-block-start: 0;
  }
  .alert__message > :last-child {
    margin-block-end: 0;
  }
  .alert__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-3);
  }
`;

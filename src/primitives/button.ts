/**
 * Button: a native `<button>` (keyboard, focus and form behaviour for free),
 * never submitting a host form by accident (`type="button"` by default).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/localize.js';
import { icon, type IconName } from './icons.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

export interface ButtonOptions {
  /** Visible text; also the accessible name unless `accessibleLabel` is given. */
  label: string;
  onClick?: (event: MouseEvent) => void;
  variant?: ButtonVariant;
  /** Icon before the label (decorative: the label names the button). */
  icon?: IconName;
  type?: 'button' | 'submit' | 'reset';
  disabled?: boolean;
  /**
   * Work in progress after a click: the button stays focusable (focus is not
   * lost), ignores clicks, shows a spinner and says it is busy.
   */
  busy?: boolean;
  /** A fuller name for assistive technology, when the visible label is short. */
  accessibleLabel?: string;
  /** For toggle buttons. */
  pressed?: boolean;
  /** For buttons that show or hide a region: its state and id. */
  expanded?: boolean;
  controls?: string;
  describedBy?: string;
  /** `::part` name the host page can style; defaults to `button`. */
  part?: string;
  /** Extra class names for layout inside a widget. */
  className?: string;
}

export function button(options: ButtonOptions): TemplateResult {
  const {
    label,
    onClick,
    variant = 'secondary',
    type = 'button',
    disabled = false,
    busy = false,
  } = options;
  const handleClick = (event: MouseEvent) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return html`<button
    class="btn btn--${variant} ${options.className ?? ''}"
    part=${options.part ?? 'button'}
    type=${type}
    ?disabled=${disabled}
    aria-disabled=${busy ? 'true' : nothing}
    aria-busy=${busy ? 'true' : nothing}
    aria-label=${ifDefined(options.accessibleLabel)}
    aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
    aria-expanded=${options.expanded === undefined ? nothing : String(options.expanded)}
    aria-controls=${ifDefined(options.controls)}
    aria-describedby=${ifDefined(options.describedBy)}
    @click=${handleClick}
  >
    ${busy
      ? icon('spinner')
      : options.icon
        ? icon(options.icon)
        : nothing}<span class="btn__label">${label}</span>${busy
      ? html`<span class="visually-hidden">${msg('(bezig)')}</span>`
      : nothing}
  </button>`;
}

/** In forced colours a pressed toggle takes the system's selection colours: left to the browser, its label sat on a backplate in its own colour. */
export const buttonStyles = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    max-inline-size: 100%;
    margin: 0;
    padding: var(--_space-2) var(--_space-4);
    border: var(--_border-width) solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_motion-duration) var(--_motion-easing),
      color var(--_motion-duration) var(--_motion-easing);
  }
  .btn:hover {
    background: var(--_color-surface-sunken);
    text-decoration: underline;
  }
  .btn--primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .btn--primary:hover {
    background: var(--_color-primary-hover);
    border-color: var(--_color-primary-hover);
  }
  .btn--tertiary {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
  .btn--danger {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    text-decoration: none;
  }
  .btn:disabled {
    border-style: dashed;
    border-color: var(--_color-border);
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
  }
  .btn__label {
    min-inline-size: 0;
  }
  @media (forced-colors: active) {
    .btn {
      border-color: ButtonText;
    }
    .btn[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .btn:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

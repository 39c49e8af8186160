/**
 * The sign-in button's look. Light and dark use fixed colours, as sign-in
 * buttons do, so the button looks the same on every site; their borders
 * keep 3:1 against light and dark surfaces alike. Light is a filled tint with
 * a thin border; outline has no fill, a double-width border in the theme's
 * primary colour and follows the theme, so the two never look alike.
 * Every length comes from the theme unit, never from the host's rem.
 */
import { css } from 'lit';

export const leeridLoginStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: top;
  }
  :host([full-width]) {
    display: block;
  }
  .button {
    /* light (default): a light teal tint, near-black text 15:1, grey border 4.6:1 on the tint, 5.3:1 on white, 3.4:1 on dark surfaces */
    --_bg: var(--digi-leerid-login-background, #e8f3f1);
    --_bg-hover: var(--digi-leerid-login-background-hover, #d3e8e4);
    --_border-size: var(--_border-width);
    --_fg: var(--digi-leerid-login-color, #1d1d1b);
    --_border: var(--digi-leerid-login-border-color, #6b6b6b);
    --_mark-size: calc(var(--_unit) * 1.5);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-3);
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    max-inline-size: 100%;
    margin: 0;
    padding: var(--_space-2) var(--_space-4);
    border: var(--_border-size) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
    transition: background-color var(--_motion-duration) var(--_motion-easing);
  }
  :host([variant='dark']) .button {
    --_bg: var(--digi-leerid-login-background, #1d1d1b);
    --_bg-hover: var(--digi-leerid-login-background-hover, #333332);
    --_fg: var(--digi-leerid-login-color, #fff);
    --_border: var(--digi-leerid-login-border-color, #8595a8);
  }
  /* No fill: the theme's text on the page, a border twice as wide in the theme's primary colour (3:1 on its surface in every theme). */
  :host([variant='outline']) .button {
    --_bg: transparent;
    --_bg-hover: var(--_color-surface-sunken);
    --_fg: var(--_color-text);
    --_border: var(--digi-leerid-login-border-color, var(--_color-primary));
    --_border-size: calc(var(--_border-width) * 2);
  }
  /* Smaller type and mark, never a smaller target: 44 px like every control in the library. */
  :host([size='small']) .button {
    --_mark-size: calc(var(--_unit) * 1.25);
    min-block-size: var(--_target-size);
    padding: var(--_space-1) var(--_space-3);
    gap: var(--_space-2);
    font-size: var(--_font-size-sm);
  }
  :host([size='large']) .button {
    --_mark-size: calc(var(--_unit) * 2);
    min-block-size: calc(var(--_target-size) + var(--_unit));
    padding: var(--_space-3) var(--_space-5);
    font-size: var(--_font-size-lg);
  }
  :host([full-width]) .button {
    inline-size: 100%;
  }
  .button:hover {
    background: var(--_bg-hover);
  }
  .button:hover .label {
    text-decoration: underline;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .button:disabled {
    border-style: dashed;
    border-color: var(--_color-border);
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  .button:disabled .label {
    text-decoration: none;
  }
  .label {
    min-inline-size: 0;
  }
  .mark {
    display: inline-flex;
    flex: none;
    inline-size: var(--_mark-size);
    block-size: var(--_mark-size);
  }
  .mark__svg,
  ::slotted(*) {
    inline-size: 100%;
    block-size: 100%;
  }
  .mark__tile {
    fill: var(--digi-leerid-login-mark-color, #00685e);
  }
  .mark__glyph {
    fill: #fff;
  }
  .spinner {
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .status:empty {
    display: none;
  }
  .status {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    max-inline-size: calc(var(--_unit) * 30);
    margin-block-start: var(--_space-2);
    font-size: var(--_font-size-sm);
  }
  :host([full-width]) .status {
    max-inline-size: none;
  }
  .status--error {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .status__icon {
    flex: none;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    color: var(--_color-danger);
  }
  .status p,
  .status ul {
    margin: 0;
  }
  .status ul {
    padding-inline-start: var(--_space-4);
  }
  .status__title {
    font-weight: var(--_font-weight-bold);
  }
  .status__body {
    min-inline-size: 0;
  }
  /* Addresses and codes for the web team wrap anywhere rather than widen the status. */
  .disclosure__content {
    overflow-wrap: anywhere;
  }
  .disclosure__content > * + * {
    margin-block-start: var(--_space-1);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .mark__tile {
      fill: ButtonText;
    }
    .mark__glyph {
      fill: ButtonFace;
    }
    .status--error {
      border-color: CanvasText;
    }
  }
`;

/**
 * Styles every element adopts. The typography lives on the inner `.root`
 * wrapper, not on `:host`, because a host page's rules for the host element
 * (`* { all: unset }`, `body { letter-spacing: … }`) beat `:host` rules but
 * never reach inside the shadow root. `hyphens: auto` on the root: long Dutch
 * compounds break at a hyphen in the widget's language (its lang) before they
 * break anywhere. (Comments inside the css`` templates ship in the bundle, so
 * the reasons live up here.)
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * The root paints the theme's surface: every colour is chosen for it, so a
   * dark theme stays legible on a light host page (and the reverse).
   */
  .root {
    box-sizing: border-box;
    max-inline-size: 100%;
    background: var(--_color-surface);
    padding: var(--_surface-padding);
    border-radius: var(--_surface-radius);
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-normal);
    font-style: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* font="inherit": the page's own font instead of the theme's. */
  :host([font='inherit']) .root {
    font-family: inherit;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  /* One focus indicator for everything: an outline, so forced colours keep it. */
  .root :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }
  /*
   * WCAG 2.4.11 Focus Not Obscured: a host page with a sticky header sets
   * --digi-scroll-margin-top to its height (on :root or any ancestor; custom
   * properties cross the shadow boundary), so a control the focus scrolls
   * into view stops below the header instead of behind it.
   */
  .root :is(a[href], button, input, select, textarea, summary, [tabindex]) {
    scroll-margin-block-start: var(--digi-scroll-margin-top, 0px);
  }
  .visually-hidden:not(:focus):not(:active) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * What every icon is drawn with: the `<svg>` around a drawing, its styles,
 * and the drawings a primitive needs on its own (the disclosure's chevron).
 * Apart from the set in icons.ts, so a widget whose only icon is a
 * disclosure's chevron does not carry every drawing.
 */
import { css, svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';

export const chevronDownPath = svg`<path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;

export interface IconOptions {
  /**
   * Text for an icon that carries meaning on its own (then it gets
   * `role="img"`). Omit it for icons beside words: they are hidden from
   * assistive technology.
   */
  label?: string;
  /** Extra class names, e.g. `easy-read-icon` to show the icon only in easy-read themes. */
  className?: string;
}

/** An icon from its drawing: `icon()` for the named set, or a primitive's own drawing. */
export function iconSvg(name: string, path: SVGTemplateResult, { label, className }: IconOptions = {}): TemplateResult {
  return html`<svg
    class="icon icon--${name} ${className ?? ''}"
    viewBox="0 0 24 24"
    focusable="false"
    role=${label ? 'img' : nothing}
    aria-label=${label ?? nothing}
    aria-hidden=${label ? nothing : 'true'}
  >${path}</svg>`;
}

export const iconStyles = css`
  .icon {
    display: inline-block;
    flex: none;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    vertical-align: middle;
  }
  /* Icons that only help easy reading appear when the theme asks for them. */
  .icon.easy-read-icon {
    display: var(--_icon-display);
  }
  .icon--spinner {
    animation: digi-spin calc(var(--_motion-duration) * 6 + 600ms) linear infinite;
  }
  @keyframes digi-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .icon--spinner {
      animation: none;
    }
  }
`;

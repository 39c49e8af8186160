/**
 * Styles of `<digi-refurbisher-finder>`'s frame: introduction and loading
 * line (the title's come from primitives/heading). The search's own styles
 * (finder.styles.ts, with the notices about the feed) load with its code.
 * Sizes come from the theme tokens (never `rem`: host pages set
 * `html { font-size: 62.5% }`), colours from the theme.
 */
import { css } from 'lit';

export const refurbisherFinderStyles = css`
  .finder {
    display: grid;
    gap: var(--_space-5);
    min-inline-size: 0;
  }
  .finder > * {
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .intro {
    max-inline-size: 70ch;
  }
  .loading {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
`;

/**
 * Styles of `<digi-refurbisher-finder>`'s frame: title, introduction,
 * loading line and notices. The search's own styles (finder.styles.ts) load
 * with its code. Sizes come from the theme tokens (never `rem`: host pages
 * set `html { font-size: 62.5% }`), colours from the theme.
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
  .heading {
    margin: 0;
    font-size: var(--_font-size-2xl);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
  }
  .intro {
    max-inline-size: 70ch;
  }
  .loading {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .alert__message ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
`;

import { css } from 'lit';

/**
 * The styles of `radioGroup({ segmented: true })` (choice-group.ts), in a module of their own so
 * that only a widget that uses the layout (the checklist) loads them; adopt them after
 * `choiceGroupStyles`.
 */
export const segmentedChoiceStyles = css`
  /* Segmented: the fieldset is the container its segments measure, so they stack in a narrow column on a wide page too. */
  .choices--segmented {
    container-type: inline-size;
  }
  /*
   * Segments of equal width in one row, one column when narrow. Segments sized by their labels
   * (flex-basis auto) moved sideways when a server-rendered checklist hydrated (test/e2e/ssr.test.ts).
   */
  .choices--segmented .choices__options {
    display: flex;
    flex-flow: row nowrap;
    gap: 0;
    border: var(--_border-width) solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  @container (inline-size < 26.5em) {
    .choices--segmented .choices__options {
      flex-direction: column;
    }
    .choices--segmented .choice + .choice {
      border-inline-start: 0;
      border-block-start: var(--_border-width) solid var(--_color-primary);
    }
  }
  .choices--segmented .choice {
    position: relative;
    display: flex;
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .choices--segmented .choice + .choice {
    border-inline-start: var(--_border-width) solid var(--_color-primary);
  }
  /* The native radio stays (keyboard, form and screen-reader behaviour) but is drawn by its label. */
  .choices--segmented .choice__input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .choices--segmented .choice__label {
    display: flex;
    flex: 1;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    min-inline-size: 0;
    min-block-size: var(--_target-size);
    padding: var(--_space-1) var(--_space-2);
    color: var(--_color-primary);
    text-align: center;
    hyphens: auto;
  }
  .choices--segmented .choice__input:hover + .choice__label {
    background: var(--_color-surface-sunken);
    text-decoration: underline;
  }
  /* Chosen: filled and ticked, so it is not told by colour alone; the tick is not read out. */
  .choices--segmented .choice__input:checked + .choice__label {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: var(--_font-weight-bold);
  }
  .choices--segmented .choice__input:checked + .choice__label::before {
    content: '✓' / '';
  }
  .choices--segmented .choice__input:focus-visible + .choice__label {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
    position: relative;
    z-index: 1;
  }
  .choices--segmented .choice__input:disabled + .choice__label {
    color: var(--_color-text-muted);
    text-decoration: line-through;
  }
  @media (forced-colors: active) {
    .choices--segmented .choices__options,
    .choices--segmented .choice + .choice {
      border-color: ButtonText;
    }
    .choices--segmented .choice__label {
      color: ButtonText;
    }
    .choices--segmented .choice__input:checked + .choice__label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

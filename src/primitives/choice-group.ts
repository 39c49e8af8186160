/**
 * Checkbox and radio groups: native inputs in a `<fieldset>` whose `<legend>`
 * names the group. Native radios already move with the arrow keys, and the
 * whole group is one tab stop.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldMessages, labelContent } from './field.js';

export interface ChoiceOption {
  value: string;
  label: string;
  /** Extra line under the option's label. */
  hint?: string;
  /** A count shown after the label, e.g. how many results this filter keeps. */
  count?: number;
  disabled?: boolean;
}

interface ChoiceGroupBase {
  id: string;
  /** The question the group answers; becomes the `<legend>`. */
  legend: string;
  /**
   * Words that end the legend for screen readers only, when what they name is
   * in view already (a card's title): "Status" is shown, "Status van: <title>" is heard.
   */
  legendForScreenReaders?: string;
  options: readonly ChoiceOption[];
  hint?: string;
  error?: string;
  required?: boolean;
  name?: string;
  /** Lay the options out in a row when there is room. */
  inline?: boolean;
  /**
   * Radios only: one compact row of joined segments, the chosen one filled and ticked; the
   * segments stack when the group is narrower than about 480 px. For a few short options
   * that are each a state of one thing (a measure's status). The inputs stay native radios.
   */
  segmented?: boolean;
  part?: string;
  /** Formats a count for display (defaults to the plain number). */
  formatCount?: (count: number) => string;
}

export interface CheckboxGroupOptions extends ChoiceGroupBase {
  values: readonly string[];
  onChange: (values: string[], event: Event) => void;
}

export interface RadioGroupOptions extends ChoiceGroupBase {
  value: string | undefined;
  onChange: (value: string, event: Event) => void;
}

function group(
  kind: 'checkbox' | 'radio',
  base: ChoiceGroupBase,
  isChecked: (value: string) => boolean,
  onToggle: (value: string, checked: boolean, event: Event) => void,
): TemplateResult {
  const { id, error } = base;
  const name = base.name ?? id;
  return html`<fieldset
    class="choices ${base.inline ? 'choices--inline' : ''} ${kind === 'radio' && base.segmented ? 'choices--segmented' : ''} ${error ? 'choices--invalid' : ''}"
    part=${base.part ?? 'choice-group'}
    aria-describedby=${ifDefined(describedBy(id, { hint: base.hint, error }))}
    role=${kind === 'radio' ? 'radiogroup' : nothing}
    aria-required=${kind === 'radio' && base.required ? 'true' : nothing}
  >
    <legend class="choices__legend" part="legend">${labelContent({ label: base.legend, required: base.required })}${base.legendForScreenReaders
      ? html` <span class="visually-hidden">${base.legendForScreenReaders}</span>`
      : nothing}</legend>
    ${fieldMessages(id, base.hint, error)}
    <div class="choices__options">
      ${base.options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return html`<div class="choice">
          <input
            class="choice__input"
            part="${kind}"
            type=${kind}
            id=${optionId}
            name=${name}
            value=${option.value}
            .checked=${live(isChecked(option.value))}
            ?disabled=${option.disabled}
            aria-describedby=${ifDefined(optionHintId)}
            aria-invalid=${kind === 'checkbox' && error ? 'true' : nothing}
            @change=${(event: Event) =>
              onToggle(option.value, (event.target as HTMLInputElement).checked, event)}
          />
          <label class="choice__label" for=${optionId}
            >${option.label}${option.count === undefined
              ? nothing
              : html` <span class="choice__count">(${base.formatCount?.(option.count) ?? option.count})</span>`}</label
          >
          ${option.hint ? html`<p class="choice__hint" id=${optionHintId!}>${option.hint}</p>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

export function checkboxGroup(options: CheckboxGroupOptions): TemplateResult {
  const selected = new Set(options.values);
  return group('checkbox', options, (value) => selected.has(value), (value, checked, event) => {
    // Keep the options' order, whatever order they were ticked in.
    const next = options.options
      .map((option) => option.value)
      .filter((candidate) => (candidate === value ? checked : selected.has(candidate)));
    options.onChange(next, event);
  });
}

export function radioGroup(options: RadioGroupOptions): TemplateResult {
  return group('radio', options, (value) => value === options.value, (value, checked, event) => {
    if (checked) options.onChange(value, event);
  });
}

export const choiceGroupStyles = css`
  .choices {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choices__legend {
    /* A legend sizes to its longest word; long Dutch compounds must still wrap at 320 px with wide text spacing. */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    padding: 0;
    margin-block-end: var(--_space-1);
    font-weight: var(--_font-weight-bold);
  }
  .choices__options {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-block-start: var(--_space-2);
  }
  .choices--inline .choices__options {
    flex-flow: row wrap;
    column-gap: var(--_space-4);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_space-2);
    min-block-size: var(--_target-size);
  }
  .choice__input {
    inline-size: calc(var(--_unit) * 1.25);
    block-size: calc(var(--_unit) * 1.25);
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .choice__label {
    cursor: pointer;
  }
  .choice__count {
    color: var(--_color-text-muted);
  }
  .choice__hint {
    grid-column: 2;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  /* Segmented: the fieldset is the container its segments measure, so they stack in a narrow column on a wide page too. */
  .choices--segmented {
    container-type: inline-size;
  }
  /* Each segment as wide as its label needs, the row filled; one column when narrow. */
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
    flex: 1 1 auto;
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
  .choices--invalid .choice__input {
    outline: calc(var(--_border-width) * 2) solid var(--_color-danger);
    outline-offset: 1px;
  }
  .choices--invalid .choice__input:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }
`;

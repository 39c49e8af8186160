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
   * Needs `segmentedChoiceStyles` (segmented-choice.ts) beside `choiceGroupStyles`.
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

interface ChoiceParts {
  id: string;
  name?: string;
  option: ChoiceOption;
  checked: boolean;
  invalid?: boolean;
  /** The count after the label, already formatted. */
  count?: string;
  /** Words that end the label for screen readers only (what a card's title already shows). */
  labelForScreenReaders?: string;
  onChange: (event: Event) => void;
}

/** One native checkbox or radio with its label and hint: an option of a group, or a checkbox on its own. */
function choice(kind: 'checkbox' | 'radio', parts: ChoiceParts): TemplateResult {
  const { id, option } = parts;
  const hintId = option.hint ? `${id}-hint` : undefined;
  return html`<div class="choice">
    <input
      class="choice__input"
      part="${kind}"
      type=${kind}
      id=${id}
      name=${ifDefined(parts.name)}
      value=${option.value}
      .checked=${live(parts.checked)}
      ?disabled=${option.disabled}
      aria-describedby=${ifDefined(hintId)}
      aria-invalid=${parts.invalid ? 'true' : nothing}
      @change=${parts.onChange}
    />
    <label class="choice__label" for=${id}
      >${option.label}${parts.labelForScreenReaders
        ? html`<span class="visually-hidden"> ${parts.labelForScreenReaders}</span>`
        : nothing}${parts.count === undefined ? nothing : html` <span class="choice__count">(${parts.count})</span>`}</label
    >
    ${option.hint ? html`<p class="choice__hint" id=${hintId!}>${option.hint}</p>` : nothing}
  </div>`;
}

export interface CheckboxOptions {
  id: string;
  label: string;
  /** Words that end the label for screen readers only, e.g. the name of the card it sits in. */
  labelForScreenReaders?: string;
  /** A line under the label, tied to the checkbox as its description. */
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  /** The new state; return false to refuse it (the box is unticked again). */
  onChange: (checked: boolean, event: Event) => boolean | void;
}

/** A checkbox on its own, outside a group: an on/off choice about one thing, such as "compare this one". */
export function checkbox(options: CheckboxOptions): TemplateResult {
  return choice('checkbox', {
    id: options.id,
    option: { value: 'on', label: options.label, hint: options.hint, disabled: options.disabled },
    checked: options.checked,
    labelForScreenReaders: options.labelForScreenReaders,
    onChange: (event) => {
      const input = event.target as HTMLInputElement;
      if (options.onChange(input.checked, event) === false) input.checked = !input.checked;
    },
  });
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
      ${base.options.map((option, index) =>
        choice(kind, {
          id: `${id}-${index}`,
          name,
          option,
          checked: isChecked(option.value),
          invalid: kind === 'checkbox' && !!error,
          count: option.count === undefined ? undefined : (base.formatCount?.(option.count) ?? String(option.count)),
          onChange: (event) => onToggle(option.value, (event.target as HTMLInputElement).checked, event),
        }),
      )}
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
  .choices--invalid .choice__input {
    outline: calc(var(--_border-width) * 2) solid var(--_color-danger);
    outline-offset: 1px;
  }
  .choices--invalid .choice__input:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }
`;

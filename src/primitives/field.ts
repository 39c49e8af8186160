/**
 * Form fields with their label, hint, unit and error wired to the control
 * (`for`, `aria-describedby`, `aria-invalid`), all inside one shadow root so
 * every reference resolves. The widget owns the value: a field shows exactly
 * what the person typed, also while it is invalid, so nothing typed is lost.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '../i18n/localize.js';
import { icon } from './icons.js';

interface FieldBase {
  /** Unique within the widget's shadow root; the hint and error ids derive from it. */
  id: string;
  label: string;
  /** Instructions shown under the label and read with the control. */
  hint?: string;
  /** The error text: says what is wrong and how to fix it. Empty or absent when valid. */
  error?: string;
  required?: boolean;
  /** Marks an optional field "(optioneel)" when the form has required fields too. */
  showOptional?: boolean;
  disabled?: boolean;
  name?: string;
  /** `::part` name prefix; defaults to `field`. */
  part?: string;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  onInput?: (value: string, event: InputEvent) => void;
  onChange?: (value: string, event: Event) => void;
  type?: 'text' | 'email' | 'url' | 'search' | 'tel' | 'password';
  /**
   * Keyboard hint. Numbers use `type="text"` with `inputmode="decimal"` or
   * `"numeric"`: a native number input drops a Belgian decimal comma.
   */
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'url' | 'search' | 'tel';
  /** Unit shown after the control and read with it, e.g. "EUR" or "jaar". */
  unit?: string;
  autocomplete?: string;
  /** Characters wide, for fields whose content is short (postcode, count). */
  size?: number;
  maxLength?: number;
  pattern?: string;
  spellcheck?: boolean;
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: readonly SelectOption[];
  onChange?: (value: string, event: Event) => void;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;
const unitId = (id: string) => `${id}-unit`;

/** The ids that describe a control: hint, then unit, then error. */
export function describedBy(id: string, parts: { hint?: string; error?: string; unit?: string }): string | undefined {
  const ids = [
    parts.hint ? hintId(id) : '',
    parts.unit ? unitId(id) : '',
    parts.error ? errorId(id) : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The label's text with its required/optional marker. */
export function labelContent(field: Pick<FieldBase, 'label' | 'required' | 'showOptional'>): TemplateResult {
  // The space stays outside the marker's span: a name computed from the text alone keeps it too.
  return html`${field.label}${field.required
    ? html` <span class="field__marker" aria-hidden="true">*</span
        ><span class="visually-hidden">${msg('(verplicht)')}</span>`
    : field.showOptional
      ? html` <span class="field__marker">${msg('(optioneel)')}</span>`
      : nothing}`;
}

/** The hint and error lines of a field or group, with the ids controls refer to. */
export function fieldMessages(id: string, hint?: string, error?: string): TemplateResult {
  return html`${hint ? html`<p class="field__hint" id=${hintId(id)} part="hint">${hint}</p>` : nothing}${error
    ? html`<p class="field__error" id=${errorId(id)} part="error">
        ${icon('danger')}<span><span class="visually-hidden">${msg('Fout:')} </span>${error}</span>
      </p>`
    : nothing}`;
}

export function textField(options: TextFieldOptions): TemplateResult {
  const { id, error, unit } = options;
  const part = options.part ?? 'field';
  return html`<div class="field ${error ? 'field--invalid' : ''}" part=${part}>
    <label class="field__label" for=${id} part="label">${labelContent(options)}</label>
    ${fieldMessages(id, options.hint, error)}
    <div class="field__control">
      <input
        class="field__input"
        part="input"
        id=${id}
        name=${ifDefined(options.name)}
        type=${options.type ?? 'text'}
        inputmode=${ifDefined(options.inputMode)}
        autocomplete=${ifDefined(options.autocomplete)}
        size=${ifDefined(options.size)}
        maxlength=${ifDefined(options.maxLength)}
        pattern=${ifDefined(options.pattern)}
        spellcheck=${options.spellcheck === undefined ? nothing : String(options.spellcheck)}
        .value=${live(options.value)}
        ?required=${options.required}
        ?disabled=${options.disabled}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${ifDefined(describedBy(id, { hint: options.hint, error, unit }))}
        @input=${(event: InputEvent) => options.onInput?.((event.target as HTMLInputElement).value, event)}
        @change=${(event: Event) => options.onChange?.((event.target as HTMLInputElement).value, event)}
      />${unit ? html`<span class="field__unit" id=${unitId(id)}>${unit}</span>` : nothing}
    </div>
  </div>`;
}

export interface TextAreaOptions extends FieldBase {
  value: string;
  onInput?: (value: string, event: InputEvent) => void;
  onChange?: (value: string, event: Event) => void;
  /** Visible lines before it scrolls; the person can make it taller. */
  rows?: number;
  maxLength?: number;
}

/** Free text over several lines (a note, a remark). */
export function textArea(options: TextAreaOptions): TemplateResult {
  const { id, error } = options;
  return html`<div class="field ${error ? 'field--invalid' : ''}" part=${options.part ?? 'field'}>
    <label class="field__label" for=${id} part="label">${labelContent(options)}</label>
    ${fieldMessages(id, options.hint, error)}
    <div class="field__control">
      <textarea
        class="field__input field__textarea"
        part="textarea"
        id=${id}
        name=${ifDefined(options.name)}
        rows=${options.rows ?? 3}
        maxlength=${ifDefined(options.maxLength)}
        .value=${live(options.value)}
        ?required=${options.required}
        ?disabled=${options.disabled}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${ifDefined(describedBy(id, { hint: options.hint, error }))}
        @input=${(event: InputEvent) => options.onInput?.((event.target as HTMLTextAreaElement).value, event)}
        @change=${(event: Event) => options.onChange?.((event.target as HTMLTextAreaElement).value, event)}
      ></textarea>
    </div>
  </div>`;
}

export function selectField(options: SelectFieldOptions): TemplateResult {
  const { id, error } = options;
  return html`<div class="field ${error ? 'field--invalid' : ''}" part=${options.part ?? 'field'}>
    <label class="field__label" for=${id} part="label">${labelContent(options)}</label>
    ${fieldMessages(id, options.hint, error)}
    <div class="field__control">
      <select
        class="field__input field__select"
        part="select"
        id=${id}
        name=${ifDefined(options.name)}
        ?required=${options.required}
        ?disabled=${options.disabled}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${ifDefined(describedBy(id, { hint: options.hint, error }))}
        @change=${(event: Event) => options.onChange?.((event.target as HTMLSelectElement).value, event)}
      >
        ${options.options.map(
          (option) => html`<option
            value=${option.value}
            ?disabled=${option.disabled}
            ?selected=${option.value === options.value}
          >${option.label}</option>`,
        )}
      </select>
      ${icon('chevron-down', { className: 'field__chevron' })}
    </div>
  </div>`;
}

export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .field__label {
    font-weight: var(--_font-weight-bold);
  }
  .field__marker {
    font-weight: var(--_font-weight-normal);
    color: var(--_color-text-muted);
  }
  .field__hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .field__error {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-1);
    margin: 0;
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
  }
  .field__control {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    max-inline-size: 100%;
  }
  .field__input {
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--_target-size);
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    line-height: 1.25;
  }
  .field__input[size] {
    flex: 0 1 auto;
  }
  .field__input:hover {
    border-color: var(--_color-text);
  }
  .field--invalid .field__input {
    border-color: var(--_color-danger);
    border-width: calc(var(--_border-width) * 2);
  }
  .field__input:disabled {
    border-style: dashed;
    background: var(--_color-surface-sunken);
    color: var(--_color-text-muted);
  }
  .field__textarea {
    line-height: var(--_line-height);
    resize: vertical;
  }
  .field__select {
    appearance: none;
    padding-inline-end: calc(var(--_space-3) * 2 + var(--_icon-size));
  }
  .field__chevron {
    position: absolute;
    inset-inline-end: var(--_space-3);
    pointer-events: none;
  }
  .field__unit {
    color: var(--_color-text-muted);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .field__input {
      border-color: FieldText;
    }
  }
`;

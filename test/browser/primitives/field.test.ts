/** Behaviour of the shared text and select fields, and the words they add per locale; rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import { alert, button, selectField, textField } from '../../../src/primitives/index.js';
import { statefulPreview } from '../../../stories/support/primitive-preview.js';
import { mount, render, idrefs, referenced, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('textField', () => {
  it('labels the input with for/id and describes it with hint, unit and error, in that order', async () => {
    const { root, $ } = await render(() =>
      textField({
        id: 'pupils',
        label: 'Aantal leerlingen',
        value: '24,5',
        hint: 'Tel alle leerlingen.',
        unit: 'leerlingen',
        error: 'Vul een heel getal in.',
      }),
    );
    const input = $<HTMLInputElement>('input');
    const label = $<HTMLLabelElement>('label');
    expect(label.htmlFor).toBe('pupils');
    expect(input.id).toBe('pupils');
    expect([...input.labels!]).toEqual([label]);
    expect(idrefs(input, 'aria-describedby')).toEqual(['pupils-hint', 'pupils-unit', 'pupils-error']);
    expect(referenced(root, input, 'aria-describedby').map((element) => element.textContent!.trim())).toEqual([
      'Tel alle leerlingen.',
      'leerlingen',
      'Fout: Vul een heel getal in.',
    ]);
    // The references resolve in the shadow root, where the input lives, not in the page.
    expect(document.getElementById('pupils-hint')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('sets aria-invalid only with an error, and aria-describedby only when something describes it', async () => {
    const { $ } = await render(() => textField({ id: 'school', label: 'Naam van de school', value: '' }));
    const input = $<HTMLInputElement>('input');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);

    const withHint = await render(() => textField({ id: 'mail', label: 'E-mail', value: '', hint: 'Je schooladres.', error: '' }));
    const described = withHint.$<HTMLInputElement>('input');
    expect(described.hasAttribute('aria-invalid')).toBe(false);
    expect(idrefs(described, 'aria-describedby')).toEqual(['mail-hint']);
  });

  it('keeps what was typed while it is invalid, and passes every value to onInput', async () => {
    const onInput = vi.fn();
    const validate = (value: string) => (/^\d*$/.test(value) ? undefined : 'Vul een heel getal in, bijvoorbeeld 24.');
    const { $, root } = await mount(
      statefulPreview({ value: '' }, (state, update) =>
        textField({
          id: 'count',
          label: 'Aantal leerlingen',
          value: state.value,
          error: validate(state.value),
          onInput: (value, event) => {
            onInput(value, event.type);
            update({ value });
          },
        }),
      ),
    );
    const input = $<HTMLInputElement>('input');
    await userEvent.type(input, '24,5');
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(input.value).toBe('24,5');
    expect(root.getElementById('count-error')?.textContent).toContain('Vul een heel getal in');
    expect(onInput.mock.calls.map(([value]) => value)).toEqual(['2', '24', '24,', '24,5']);
    expect(onInput.mock.calls.every(([, type]) => type === 'input')).toBe(true);

    await userEvent.fill(input, '24');
    await vi.waitFor(() => expect(input.hasAttribute('aria-invalid')).toBe(false));
    expect(input.value).toBe('24');
    expect(root.getElementById('count-error')).toBeNull();
    expect(idrefs(input, 'aria-describedby')).toEqual([]);
  });

  it('marks required fields with a hidden word, and optional ones visibly', async () => {
    const { $ } = await render(
      () => html`${textField({ id: 'a', label: 'Naam', value: '', required: true })}
      ${textField({ id: 'b', label: 'Klas', value: '', showOptional: true })}`,
    );
    const [required, optional] = [$<HTMLLabelElement>('label[for="a"]'), $<HTMLLabelElement>('label[for="b"]')];
    expect($<HTMLInputElement>('#a').required).toBe(true);
    expect(required.querySelector('[aria-hidden="true"]')!.textContent!.trim()).toBe('*');
    expect(required.querySelector('.visually-hidden')!.textContent).toBe('(verplicht)');
    expect(optional.textContent!.trim()).toBe('Klas (optioneel)');
    expect($<HTMLInputElement>('#b').required).toBe(false);
  });
});

describe('selectField', () => {
  const options = [
    { value: '', label: 'Kies een niveau' },
    { value: 'lager', label: 'Lager onderwijs' },
    { value: 'secundair', label: 'Secundair onderwijs' },
  ];

  it('shows the given value and reports a choice through onChange', async () => {
    const onChange = vi.fn();
    const { $ } = await mount(
      statefulPreview({ value: 'lager' }, (state, update) =>
        selectField({
          id: 'level',
          label: 'Onderwijsniveau',
          value: state.value,
          options,
          hint: 'Het niveau van je klas.',
          onChange: (value) => {
            onChange(value);
            update({ value });
          },
        }),
      ),
    );
    const select = $<HTMLSelectElement>('select');
    expect(select.value).toBe('lager');
    expect($<HTMLLabelElement>('label').htmlFor).toBe(select.id);
    expect(idrefs(select, 'aria-describedby')).toEqual(['level-hint']);
    expect(select.hasAttribute('aria-invalid')).toBe(false);

    await userEvent.selectOptions(select, 'secundair');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('secundair');
    expect(select.value).toBe('secundair');
  });

  it('wires an error to the select', async () => {
    const { root, $ } = await render(() =>
      selectField({ id: 'level', label: 'Onderwijsniveau', value: '', options, error: 'Kies een niveau.' }),
    );
    const select = $<HTMLSelectElement>('select');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(referenced(root, select, 'aria-describedby').map((element) => element.id)).toEqual(['level-error']);
  });
});

describe('translations of the primitives', () => {
  const requiredField = () => textField({ id: 'n', label: 'Naam', value: '', required: true, error: 'Te kort.' });
  const markerAndError = async (lang: string) => {
    const { $ } = await render(requiredField, lang);
    return [$('label .visually-hidden').textContent, $('.field__error .visually-hidden').textContent!.trim()];
  };

  it('speaks Dutch by default and French inside lang="fr"', async () => {
    expect(await markerAndError('nl-BE')).toEqual(['(verplicht)', 'Fout:']);
    expect(await markerAndError('fr')).toEqual(['(obligatoire)', 'Erreur :']);
    expect(await markerAndError('en')).toEqual(['(required)', 'Error:']);
  });

  it('names alert tones and the busy state in the element\'s locale', async () => {
    const { $ } = await render(
      () => html`${alert({ tone: 'warning', message: 'Controleer.' })}${button({ label: 'Opslaan', busy: true })}`,
      'fr-BE',
    );
    expect($('.alert__title').textContent).toBe('Attention');
    expect($('button .visually-hidden').textContent).toBe('(en cours)');
  });
});

/** Behaviour of the shared checkbox and radio groups, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import { button, checkboxGroup, radioGroup, type ChoiceOption } from '../../../src/primitives/index.js';
import { statefulPreview } from '../../../stories/support/primitive-preview.js';
import { mount, render, referenced, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('checkboxGroup', () => {
  const options: ChoiceOption[] = [
    { value: 'video', label: 'Video', count: 128 },
    { value: 'oefening', label: 'Oefening', count: 1234, hint: 'Met verbetersleutel.' },
    { value: 'lesidee', label: 'Lesidee', count: 0 },
  ];

  it('names the group with its legend and reports values in option order', async () => {
    const onChange = vi.fn();
    const { $, $$ } = await mount(
      statefulPreview({ values: ['lesidee'] as string[] }, (state, update) =>
        checkboxGroup({
          id: 'type',
          legend: 'Type leermiddel',
          options,
          values: state.values,
          onChange: (values) => {
            onChange(values);
            update({ values });
          },
        }),
      ),
    );
    expect($('fieldset > legend').textContent!.trim()).toBe('Type leermiddel');
    const boxes = $$<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes.map((box) => box.checked)).toEqual([false, false, true]);
    for (const box of boxes) expect(box.labels![0]!.htmlFor).toBe(box.id);

    await userEvent.click(boxes[1]!.labels![0]!);
    expect(onChange).toHaveBeenLastCalledWith(['oefening', 'lesidee']);
    await userEvent.click(boxes[0]!);
    expect(onChange).toHaveBeenLastCalledWith(['video', 'oefening', 'lesidee']);
    await userEvent.click(boxes[2]!);
    expect(onChange).toHaveBeenLastCalledWith(['video', 'oefening']);
    expect(boxes.map((box) => box.checked)).toEqual([true, true, false]);
  });

  it('shows counts (formatted when asked) and wires option hints', async () => {
    const { root, $$ } = await render(() =>
      checkboxGroup({
        id: 'type',
        legend: 'Type leermiddel',
        options,
        values: [],
        formatCount: (count) => new Intl.NumberFormat('nl-BE').format(count),
        onChange: () => {},
      }),
    );
    expect($$('label').map((label) => label.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Video (128)',
      'Oefening (1.234)',
      'Lesidee (0)',
    ]);
    const [, withHint] = $$<HTMLInputElement>('input');
    expect(referenced(root, withHint!, 'aria-describedby').map((element) => element.textContent)).toEqual([
      'Met verbetersleutel.',
    ]);
  });

  it('describes the group with its hint and error, and marks the boxes invalid only with an error', async () => {
    const { root, $, $$ } = await render(() =>
      checkboxGroup({
        id: 'grade',
        legend: 'Graad',
        options,
        values: [],
        hint: 'Kies er één of meer.',
        error: 'Kies minstens één graad.',
        required: true,
        onChange: () => {},
      }),
    );
    const fieldset = $('fieldset');
    expect(referenced(root, fieldset, 'aria-describedby').map((element) => element.id)).toEqual([
      'grade-hint',
      'grade-error',
    ]);
    expect($$('input').every((box) => box.getAttribute('aria-invalid') === 'true')).toBe(true);

    const valid = await render(() => checkboxGroup({ id: 'ok', legend: 'Graad', options, values: [], onChange: () => {} }));
    expect(valid.$$('input').some((box) => box.hasAttribute('aria-invalid'))).toBe(false);
    expect(valid.$('fieldset').hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('radioGroup', () => {
  const options: ChoiceOption[] = [
    { value: 'dagelijks', label: 'Dagelijks' },
    { value: 'wekelijks', label: 'Wekelijks' },
    { value: 'maandelijks', label: 'Maandelijks' },
  ];

  it('can end its legend with words for screen readers only, when the card around it names the subject', async () => {
    const { $ } = await render(() =>
      radioGroup({ id: 'st', legend: 'Status', legendForScreenReaders: 'van: Back-ups volgens 3-2-1', options, value: 'dagelijks', onChange: () => {} }),
    );
    const legend = $('legend');
    expect(legend.textContent!.replace(/\s+/g, ' ').trim()).toBe('Status van: Back-ups volgens 3-2-1');
    const hidden = $('legend .visually-hidden');
    expect(hidden.textContent).toBe('van: Back-ups volgens 3-2-1');
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    // Only "Status" takes room on screen.
    expect(legend.getBoundingClientRect().width).toBeLessThan(120);
  });

  it('is one tab stop whose arrow keys move the selection natively', async () => {
    const onChange = vi.fn();
    const { $, $$, root } = await mount(
      statefulPreview({ value: 'wekelijks' }, (state, update) =>
        html`${button({ label: 'Ervoor' })}${radioGroup({
          id: 'freq',
          legend: 'Hoe vaak?',
          options,
          value: state.value,
          onChange: (value) => {
            onChange(value);
            update({ value });
          },
        })}${button({ label: 'Erna' })}`,
      ),
    );
    expect($('fieldset').getAttribute('role')).toBe('radiogroup');
    const radios = $$<HTMLInputElement>('input[type="radio"]');
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false]);

    const [before, after] = $$<HTMLButtonElement>('button');
    before!.focus();
    await userEvent.tab();
    expect(root.activeElement).toBe(radios[1]);

    await userEvent.keyboard('{ArrowDown}');
    expect(root.activeElement).toBe(radios[2]);
    expect(radios.map((radio) => radio.checked)).toEqual([false, false, true]);
    expect(onChange).toHaveBeenLastCalledWith('maandelijks');

    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(root.activeElement).toBe(radios[0]);
    expect(onChange).toHaveBeenLastCalledWith('dagelijks');
    expect(onChange).toHaveBeenCalledTimes(3);

    await userEvent.tab();
    expect(root.activeElement).toBe(after);
  });

  it('marks a required group and wires its error', async () => {
    const { root, $ } = await render(() =>
      radioGroup({
        id: 'freq',
        legend: 'Hoe vaak?',
        options,
        value: undefined,
        required: true,
        error: 'Kies een antwoord.',
        onChange: () => {},
      }),
    );
    const fieldset = $('fieldset');
    expect(fieldset.getAttribute('aria-required')).toBe('true');
    expect(referenced(root, fieldset, 'aria-describedby').map((element) => element.id)).toEqual(['freq-error']);
    expect($('legend .visually-hidden').textContent).toBe('(verplicht)');
  });

  it('segmented: joined segments in a row, stacked when the group is narrow, the chosen one filled and ticked', async () => {
    const statuses: ChoiceOption[] = [
      { value: 'todo', label: 'Nog niet gestart' },
      { value: 'doing', label: 'Bezig' },
      { value: 'done', label: 'Gedaan' },
      { value: 'na', label: 'Niet van toepassing' },
    ];
    const onChange = vi.fn();
    const { wrapper, $$ } = await mount(
      statefulPreview({ value: 'doing' }, (state, update) =>
        radioGroup({ id: 'st', legend: 'Status', options: statuses, value: state.value, segmented: true, onChange: (value) => (onChange(value), update({ value })) }),
      ),
    );
    const labels = () => $$<HTMLLabelElement>('.choice__label');
    const tops = () => labels().map((label) => Math.round(label.getBoundingClientRect().top));
    wrapper.style.inlineSize = '760px';
    await new Promise(requestAnimationFrame);
    expect(new Set(tops()).size).toBe(1);
    wrapper.style.inlineSize = '300px';
    await new Promise(requestAnimationFrame);
    expect(new Set(tops()).size).toBe(4);
    for (const label of labels()) {
      const box = label.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }

    const [todo, doing] = labels();
    expect(getComputedStyle(doing!, '::before').content).toMatch(/✓/);
    expect(getComputedStyle(todo!, '::before').content).toBe('none');
    expect(getComputedStyle(doing!).backgroundColor).not.toBe(getComputedStyle(todo!).backgroundColor);

    // Still native radios, chosen through their labels (a pointer or a tap on the segment); the tick is not part of the name.
    const radios = $$<HTMLInputElement>('input[type="radio"]');
    todo!.click();
    expect(onChange).toHaveBeenLastCalledWith('todo');
    expect(radios.map((radio) => radio.checked)).toEqual([true, false, false, false]);
    expect(radios[0]!.labels![0]!.textContent!.trim()).toBe('Nog niet gestart');
    await userEvent.click(radios[2]!);
    expect(onChange).toHaveBeenLastCalledWith('done');
  });
});

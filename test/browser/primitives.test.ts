/**
 * Behaviour of the shared primitives, each rendered inside
 * `<digi-primitive-preview>` (a real DigiElement: theme, locale, one shadow
 * root), and driven with real keyboard and pointer input where it matters.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import {
  alert,
  announce,
  button,
  card,
  checkboxGroup,
  disclosure,
  icon,
  iconNames,
  prepareAnnouncer,
  progressBar,
  progressFraction,
  radioGroup,
  selectField,
  styleProperties,
  textField,
  visuallyHidden,
  type AlertTone,
  type ChoiceOption,
} from '../../src/primitives/index.js';
import {
  preview,
  statefulPreview,
  type PreviewTemplate,
  type PrimitivePreview,
} from '../../stories/support/primitive-preview.js';

interface Rendered {
  wrapper: HTMLDivElement;
  host: PrimitivePreview;
  root: ShadowRoot;
  $: <E extends Element = HTMLElement>(selector: string) => E;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
}

async function mount(content: ReturnType<typeof preview>, lang = 'nl'): Promise<Rendered> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${content}</div>`);
  const host = wrapper.querySelector('digi-primitive-preview')!;
  await host.updateComplete;
  const root = host.shadowRoot!;
  return {
    wrapper,
    host,
    root,
    $: <E extends Element>(selector: string) => {
      const found = root.querySelector<E>(selector);
      if (!found) throw new Error(`No ${selector} in the preview's shadow root`);
      return found;
    },
    $$: <E extends Element>(selector: string) => [...root.querySelectorAll<E>(selector)],
  };
}

const render = (template: PreviewTemplate, lang = 'nl') => mount(preview(template), lang);

/** The ids in an IDREF list attribute (`aria-describedby`, `aria-labelledby`). */
const idrefs = (element: Element, attribute: string) =>
  (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);

/** Resolves every id of an IDREF attribute in the element's own shadow root, failing on a dangling one. */
function referenced(root: ShadowRoot, element: Element, attribute: string): HTMLElement[] {
  return idrefs(element, attribute).map((id) => {
    const target = root.getElementById(id);
    if (!target) throw new Error(`${attribute} refers to #${id}, which is not in the same shadow root`);
    return target;
  });
}

afterEach(() => {
  fixtureCleanup();
  vi.restoreAllMocks();
});

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

describe('button', () => {
  it('is type="button" by default, so it never submits a surrounding form', async () => {
    const submitted = vi.fn((event: Event) => event.preventDefault());
    const clicked = vi.fn();
    const { $ } = await render(
      () => html`<form @submit=${submitted}>${button({ label: 'Berekenen', onClick: clicked })}</form>`,
    );
    const element = $<HTMLButtonElement>('button');
    expect(element.type).toBe('button');
    await userEvent.click(element);
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('submits only when asked to with type="submit"', async () => {
    const submitted = vi.fn((event: Event) => event.preventDefault());
    const { $ } = await render(
      () => html`<form @submit=${submitted}>${button({ label: 'Versturen', type: 'submit' })}</form>`,
    );
    await userEvent.click($('button'));
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('does nothing when disabled', async () => {
    const clicked = vi.fn();
    const { $ } = await render(() => button({ label: 'Versturen', disabled: true, onClick: clicked }));
    const element = $<HTMLButtonElement>('button');
    expect(element.disabled).toBe(true);
    element.click();
    expect(clicked).not.toHaveBeenCalled();
  });

  it('keeps focus while busy, ignores clicks and says it is busy', async () => {
    const clicked = vi.fn();
    const { $, root } = await mount(
      statefulPreview({ busy: false }, (state, update) =>
        button({
          label: 'Opslaan',
          variant: 'primary',
          busy: state.busy,
          onClick: () => {
            clicked();
            update({ busy: true });
          },
        }),
      ),
    );
    const element = $<HTMLButtonElement>('button');
    expect(element.hasAttribute('aria-busy')).toBe(false);
    expect(element.textContent!.trim()).toBe('Opslaan');

    await userEvent.click(element);
    await vi.waitFor(() => expect(element.getAttribute('aria-busy')).toBe('true'));
    // Same element, still focused: not disabled, so focus is not thrown back to the page.
    expect($('button')).toBe(element);
    expect(root.activeElement).toBe(element);
    expect(element.disabled).toBe(false);
    expect(element.getAttribute('aria-disabled')).toBe('true');
    expect(element.querySelector('.visually-hidden')!.textContent).toBe('(bezig)');
    expect(element.textContent!.replace(/\s+/g, ' ').trim()).toBe('Opslaan(bezig)');
    expect(element.querySelector('svg.icon--spinner')!.getAttribute('aria-hidden')).toBe('true');

    // aria-disabled makes Playwright wait for an "enabled" button: force a real click anyway.
    await userEvent.click(element, { force: true });
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(root.activeElement).toBe(element);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('stops a busy submit button from submitting its form', async () => {
    const submitted = vi.fn((event: Event) => event.preventDefault());
    const { $ } = await render(
      () => html`<form @submit=${submitted}>${button({ label: 'Versturen', type: 'submit', busy: true })}</form>`,
    );
    await userEvent.click($('button'), { force: true });
    $('button').focus();
    await userEvent.keyboard('{Enter}');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('exposes pressed and expanded state only when given', async () => {
    const { $$ } = await render(
      () => html`${button({ label: 'Gewoon' })}${button({ label: 'Filter', pressed: false })}${button({
        label: 'Meer',
        expanded: true,
        controls: 'extra',
      })}<div id="extra">Extra</div>`,
    );
    const [plain, toggle, expander] = $$<HTMLButtonElement>('button');
    expect(plain!.hasAttribute('aria-pressed')).toBe(false);
    expect(plain!.hasAttribute('aria-expanded')).toBe(false);
    expect(toggle!.getAttribute('aria-pressed')).toBe('false');
    expect(expander!.getAttribute('aria-expanded')).toBe('true');
    expect(expander!.getAttribute('aria-controls')).toBe('extra');
  });

  it('uses accessibleLabel as the name and hides a decorative icon', async () => {
    const { $ } = await render(() =>
      button({ label: 'Download', icon: 'download', accessibleLabel: 'Download het resultaat als PDF' }),
    );
    const element = $<HTMLButtonElement>('button');
    expect(element.getAttribute('aria-label')).toBe('Download het resultaat als PDF');
    expect(element.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});

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
});

describe('alert', () => {
  const toneNames: Record<AlertTone, string> = {
    info: 'Informatie',
    success: 'Gelukt',
    warning: 'Let op',
    danger: 'Probleem',
  };

  it("titles each tone with the tone's name, so tone is never colour alone", async () => {
    const tones = Object.keys(toneNames) as AlertTone[];
    const { $$ } = await render(() => tones.map((tone) => alert({ tone, message: 'Bericht.' })));
    const titles = $$('.alert__title');
    expect(titles.map((title) => title.textContent)).toEqual(tones.map((tone) => toneNames[tone]));
    for (const title of titles) {
      expect(title.getAttribute('role')).toBe('heading');
      expect(title.getAttribute('aria-level')).toBe('3');
    }
    expect($$('.alert > svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('uses a given title and heading level instead', async () => {
    const { $ } = await render(() =>
      alert({ tone: 'danger', title: 'Niet opgeslagen', message: 'Probeer opnieuw.', headingLevel: 2 }),
    );
    expect($('.alert__title').textContent).toBe('Niet opgeslagen');
    expect($('.alert__title').getAttribute('aria-level')).toBe('2');
  });

  it('is role="alert" when assertive, role="status" when polite, and no live region otherwise', async () => {
    const { $$ } = await render(
      () => html`${alert({ message: 'a', live: 'assertive', id: 'one' })}${alert({ message: 'b', live: 'polite', id: 'two' })}${alert({
        message: 'c',
        live: 'off',
        id: 'three',
      })}${alert({ message: 'd', id: 'four' })}`,
    );
    expect($$('.alert').map((element) => [element.id, element.getAttribute('role')])).toEqual([
      ['one', 'alert'],
      ['two', 'status'],
      ['three', null],
      ['four', null],
    ]);
  });

  it('renders actions inside the message', async () => {
    const { $ } = await render(() =>
      alert({ tone: 'danger', message: 'Mislukt.', actions: button({ label: 'Opnieuw proberen' }) }),
    );
    expect($('.alert__actions button').textContent!.trim()).toBe('Opnieuw proberen');
  });
});

describe('announcer', () => {
  const regions = () => [...document.querySelectorAll<HTMLElement>('[data-digi-announcer]')];
  const polite = () => document.getElementById('digi-announcer-polite')!;
  const assertive = () => document.getElementById('digi-announcer-assertive')!;

  it('keeps one polite and one assertive region in the light DOM of document.body', async () => {
    await render(() => button({ label: 'Een' }));
    await render(() => button({ label: 'Twee' }));
    prepareAnnouncer();
    prepareAnnouncer();
    expect(regions().map((region) => region.id)).toEqual(['digi-announcer-polite', 'digi-announcer-assertive']);
    for (const region of regions()) {
      expect(region.parentNode).toBe(document.body);
      expect(region.getRootNode()).toBe(document);
      expect(region.getAttribute('aria-atomic')).toBe('true');
    }
    expect(polite().getAttribute('aria-live')).toBe('polite');
    expect(assertive().getAttribute('aria-live')).toBe('assertive');
  });

  it('says a message after a short pause, in the region of its politeness', async () => {
    prepareAnnouncer();
    announce('3 resultaten gevonden.');
    expect(polite().textContent).toBe('');
    await vi.waitFor(() => expect(polite().textContent).toBe('3 resultaten gevonden.'));

    announce('Opslaan mislukt.', 'assertive');
    await vi.waitFor(() => expect(assertive().textContent).toBe('Opslaan mislukt.'));
    expect(polite().textContent).toBe('3 resultaten gevonden.');
  });

  it('announces the same message twice when it is said twice', async () => {
    prepareAnnouncer();
    announce('Eerst iets anders.');
    await vi.waitFor(() => expect(polite().textContent).toBe('Eerst iets anders.'));

    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(polite().textContent ?? ''));
    observer.observe(polite(), { childList: true, characterData: true, subtree: true });
    announce('Rij verwijderd.');
    await vi.waitFor(() => expect(polite().textContent).toBe('Rij verwijderd.'));
    announce('Rij verwijderd.');
    expect(polite().textContent).toBe('');
    await vi.waitFor(() => expect(polite().textContent).toBe('Rij verwijderd.'));
    observer.disconnect();
    expect(seen).toEqual(['', 'Rij verwijderd.', '', 'Rij verwijderd.']);
  });

  it('says only the last of quick successive messages', async () => {
    prepareAnnouncer();
    announce('1 resultaat');
    announce('2 resultaten');
    announce('3 resultaten');
    await vi.waitFor(() => expect(polite().textContent).toBe('3 resultaten'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(polite().textContent).toBe('3 resultaten');
  });
});

describe('styleProperties', () => {
  it('sets, updates and removes inline properties through the CSSOM, never a style attribute in the template', async () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const { host, $ } = await mount(
      statefulPreview({ wide: true }, (state, update) =>
        html`<div class="probe" ${styleProperties(state.wide ? { 'inline-size': '40%', 'block-size': '2px' } : { 'inline-size': '10%' })}></div>
          <button type="button" @click=${() => update({ wide: false })}>smaller</button>`,
      ),
    );
    expect($('.probe').style.inlineSize).toBe('40%');
    expect($('.probe').style.blockSize).toBe('2px');
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
    $('button').click();
    await host.updateComplete;
    expect($('.probe').style.inlineSize).toBe('10%');
    expect($('.probe').style.blockSize).toBe('');
    setAttribute.mockRestore();
  });
});

describe('progressBar', () => {
  it('exposes its value as numbers and in words, labelled by its visible label', async () => {
    const { root, $ } = await render(() =>
      progressBar({ id: 'plan', label: 'Voortgang', value: 5, max: 12, valueText: '5 van 12 klaar (42 %)' }),
    );
    const bar = $('[role="progressbar"]');
    expect(bar.id).toBe('plan');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
    expect(bar.getAttribute('aria-valuenow')).toBe('5');
    expect(bar.getAttribute('aria-valuetext')).toBe('5 van 12 klaar (42 %)');
    expect(referenced(root, bar, 'aria-labelledby').map((element) => element.textContent)).toEqual(['Voortgang']);
    // The words are visible too (hidden from AT, which reads aria-valuetext).
    expect($('.progress__value').textContent).toBe('5 van 12 klaar (42 %)');
    expect(Number.parseFloat($('.progress__fill').style.inlineSize)).toBeCloseTo((5 / 12) * 100, 3);
  });

  it('clamps aria-valuenow and the fill into 0..max', async () => {
    const { $$ } = await render(
      () => html`${progressBar({ id: 'over', label: 'Te veel', value: 15, max: 10, valueText: '15 van 10' })}${progressBar({
        id: 'under',
        label: 'Te weinig',
        value: -3,
        max: 10,
        valueText: '-3 van 10',
      })}`,
    );
    const [over, under] = $$('[role="progressbar"]');
    expect(over!.getAttribute('aria-valuenow')).toBe('10');
    expect(over!.querySelector<HTMLElement>('.progress__fill')!.style.inlineSize).toBe('100%');
    expect(under!.getAttribute('aria-valuenow')).toBe('0');
    expect(under!.querySelector<HTMLElement>('.progress__fill')!.style.inlineSize).toBe('0%');
  });

  it('never writes NaN into the ARIA values when the value or max is not known yet', async () => {
    const { $$ } = await render(
      () => html`${progressBar({ id: 'nan', label: 'Onbekend', value: Number.NaN, max: 10, valueText: 'Nog niet berekend' })}${progressBar({
        id: 'nomax',
        label: 'Zonder maximum',
        value: 4,
        max: Number.NaN,
        valueText: 'Nog niet berekend',
      })}`,
    );
    const [unknownValue, unknownMax] = $$('[role="progressbar"]');
    expect([unknownValue!.getAttribute('aria-valuenow'), unknownValue!.getAttribute('aria-valuemax')]).toEqual(['0', '10']);
    expect([unknownMax!.getAttribute('aria-valuenow'), unknownMax!.getAttribute('aria-valuemax')]).toEqual(['0', '0']);
    expect(unknownValue!.getAttribute('aria-valuetext')).toBe('Nog niet berekend');
  });

  it('progressFraction clamps to 0..1 and is 0 without a positive max or a finite value', () => {
    expect(progressFraction(0, 12)).toBe(0);
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(12, 12)).toBe(1);
    expect(progressFraction(20, 12)).toBe(1);
    expect(progressFraction(-1, 12)).toBe(0);
    expect(progressFraction(5, 0)).toBe(0);
    expect(progressFraction(5, -10)).toBe(0);
    expect(progressFraction(5, Number.NaN)).toBe(0);
    expect(progressFraction(Number.NaN, 10)).toBe(0);
    expect(progressFraction(Number.POSITIVE_INFINITY, 10)).toBe(0);
  });
});

describe('disclosure', () => {
  it('opens with Enter on its summary and reports the new state', async () => {
    const onToggle = vi.fn();
    const { $ } = await render(() =>
      disclosure({
        id: 'how',
        summary: 'Hoe berekenen we dit?',
        content: html`<p>Zo.</p>`,
        onToggle: (open) => onToggle(open),
      }),
    );
    const details = $<HTMLDetailsElement>('details');
    const summary = $('summary');
    expect(details.id).toBe('how');
    expect(details.open).toBe(false);
    expect(summary.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(summary.textContent!.trim()).toBe('Hoe berekenen we dit?');

    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    await vi.waitFor(() => expect(onToggle).toHaveBeenLastCalledWith(true));

    await userEvent.keyboard(' ');
    expect(details.open).toBe(false);
    await vi.waitFor(() => expect(onToggle).toHaveBeenLastCalledWith(false));
  });

  it('starts open when asked', async () => {
    const { $ } = await render(() => disclosure({ summary: 'Details', content: 'Inhoud', open: true }));
    expect($<HTMLDetailsElement>('details').open).toBe(true);
  });
});

describe('card', () => {
  it('is a section labelled by its title, a heading at the given level', async () => {
    const { root, $ } = await render(() =>
      card({
        id: 'budget',
        eyebrow: 'Subsidie',
        title: 'Digisprong-budget',
        body: html`<p>Tekst.</p>`,
        footer: button({ label: 'Aanvragen' }),
        headingLevel: 2,
      }),
    );
    const section = $('section');
    expect(section.id).toBe('budget');
    const [title] = referenced(root, section, 'aria-labelledby');
    expect(title!.textContent).toBe('Digisprong-budget');
    expect(title!.getAttribute('role')).toBe('heading');
    expect(title!.getAttribute('aria-level')).toBe('2');
    expect($('.card__eyebrow').textContent).toBe('Subsidie');
    expect($('.card__footer button').textContent!.trim()).toBe('Aanvragen');
  });
});

describe('icon', () => {
  it('hides decorative icons from assistive technology', async () => {
    const { $$ } = await render(() => iconNames.map((name) => icon(name)));
    const svgs = $$<SVGSVGElement>('svg');
    expect(svgs).toHaveLength(iconNames.length);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.hasAttribute('role')).toBe(false);
      expect(svg.hasAttribute('aria-label')).toBe(false);
      expect(svg.getAttribute('focusable')).toBe('false');
      expect(svg.childElementCount).toBeGreaterThan(0);
    }
  });

  it('gives labelled icons role="img" and their label', async () => {
    const { $ } = await render(() => icon('warning', { label: 'Let op' }));
    const svg = $<SVGSVGElement>('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Let op');
    expect(svg.hasAttribute('aria-hidden')).toBe(false);
  });
});

describe('visuallyHidden', () => {
  it('keeps the text in the accessible name but clips it from view', async () => {
    const { $ } = await render(
      () => html`<button type="button" class="btn">Verwijderen${visuallyHidden(': Koptelefoon')}</button>`,
    );
    const hidden = $('.visually-hidden');
    expect($('button').textContent).toBe('Verwijderen: Koptelefoon');
    const style = getComputedStyle(hidden);
    expect(style.position).toBe('absolute');
    expect(style.clipPath).toBe('inset(50%)');
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });
});

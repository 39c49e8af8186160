/** Behaviour of the shared button primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import { button } from '../../../src/primitives/index.js';
import { statefulPreview } from '../../../stories/support/primitive-preview.js';
import { mount, render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

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

/**
 * Rendering a shared primitive for a browser test: inside
 * `<digi-primitive-preview>` (a real DigiElement: theme, locale, one shadow
 * root), with helpers to find what it rendered and to resolve its IDREFs.
 */
import { vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { preview, type PreviewTemplate, type PrimitivePreview } from '../../stories/support/primitive-preview.js';

export interface Rendered {
  wrapper: HTMLDivElement;
  host: PrimitivePreview;
  root: ShadowRoot;
  $: <E extends Element = HTMLElement>(selector: string) => E;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
}

export async function mount(content: ReturnType<typeof preview>, lang = 'nl'): Promise<Rendered> {
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

export const render = (template: PreviewTemplate, lang = 'nl') => mount(preview(template), lang);

/** The ids in an IDREF list attribute (`aria-describedby`, `aria-labelledby`). */
export const idrefs = (element: Element, attribute: string) =>
  (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);

/** Resolves every id of an IDREF attribute in the element's own shadow root, failing on a dangling one. */
export function referenced(root: ShadowRoot, element: Element, attribute: string): HTMLElement[] {
  return idrefs(element, attribute).map((id) => {
    const target = root.getElementById(id);
    if (!target) throw new Error(`${attribute} refers to #${id}, which is not in the same shadow root`);
    return target;
  });
}

/** After each test: the fixture gone, spies restored. */
export function cleanUpPrimitives(): void {
  fixtureCleanup();
  vi.restoreAllMocks();
}

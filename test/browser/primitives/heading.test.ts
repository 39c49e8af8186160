/** Behaviour of the shared heading primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '@open-wc/testing';
import { defaultHeadingLevel, heading, headingLevelOf, levelBelow } from '../../../src/primitives/index.js';
import { cleanUpPrimitives, render } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('headingLevelOf', () => {
  it('takes an integer 2-6 from the attribute or property, and falls back to 2 for anything else', () => {
    expect([2, 3, 6, '4', ' 5 '].map(headingLevelOf)).toEqual([2, 3, 6, 4, 5]);
    expect([1, 7, 0, -3, 2.5, '3a', '', null, undefined, Number.NaN, {}].map(headingLevelOf)).toEqual(Array(11).fill(defaultHeadingLevel));
    expect(defaultHeadingLevel).toBe(2);
  });
});

describe('levelBelow', () => {
  it('counts down from the title and stops at 6', () => {
    expect(levelBelow(2, 0)).toBe(2);
    expect(levelBelow(2, 2)).toBe(4);
    expect(levelBelow(5, 2)).toBe(6);
    expect(levelBelow(6, 1)).toBe(6);
  });
});

describe('heading', () => {
  it('is a role="heading" element at the title level plus its depth, never an <h2>-<h6> that host styles reach', async () => {
    const { $$ } = await render(
      () => html`${heading('Titel', { level: 3 })}${heading('Sectie', { level: 3, depth: 1, id: 'sectie' })}${heading('Onderdeel', { level: 5, depth: 2 })}`,
    );
    const headings = $$('[role="heading"]');
    expect(headings.map((el) => [el.localName, el.textContent, el.getAttribute('aria-level'), el.className])).toEqual([
      ['div', 'Titel', '3', 'heading heading--0 heading--level-3'],
      ['div', 'Sectie', '4', 'heading heading--1 heading--level-4'],
      ['div', 'Onderdeel', '6', 'heading heading--2 heading--level-6'],
    ]);
    expect(headings[1]!.id).toBe('sectie');
    expect(headings[0]!.hasAttribute('id')).toBe(false);
    expect($$('h1, h2, h3, h4, h5, h6')).toHaveLength(0);
  });

  it('can take focus from a script without joining the Tab order', async () => {
    const { $ } = await render(() => heading('Resultaten', { level: 2, depth: 1, focusable: true }));
    const el = $('[role="heading"]');
    expect(el.tabIndex).toBe(-1);
    el.focus();
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(el);
  });

  it('sizes by the level in the page, the same for every widget: a level-2 title no larger than a host h2 (24 px)', async () => {
    const { $$ } = await render(() => html`${[2, 3, 4, 5, 6].map((level) => heading('Titel', { level }))}${heading('Sectie', { level: 2, depth: 1 })}`);
    const sizes = $$('[role="heading"]').map((el) => getComputedStyle(el).fontSize);
    expect(sizes).toEqual(['24px', '20px', '16px', '16px', '16px', '20px']);
  });

  it('sizes by depth from the theme tokens, and a long word wraps instead of widening the widget', async () => {
    const { $$ } = await render(
      () => html`<div style="inline-size: 120px">
        ${heading('Titel', { level: 2 })}${heading('Sectie', { level: 2, depth: 1 })}${heading('Ondersteuningsmogelijkhedenoverzicht', { level: 2, depth: 2 })}
      </div>`,
    );
    const [title, section, part] = $$('[role="heading"]').map((el) => getComputedStyle(el));
    expect(parseFloat(title!.fontSize)).toBeGreaterThan(parseFloat(section!.fontSize));
    expect(parseFloat(section!.fontSize)).toBeGreaterThan(parseFloat(part!.fontSize));
    expect(Number(title!.fontWeight)).toBeGreaterThanOrEqual(600);
    const long = $$('[role="heading"]')[2]!;
    expect(long.scrollWidth).toBeLessThanOrEqual(120);
  });
});

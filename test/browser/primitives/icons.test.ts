/** Behaviour of the shared icons primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { icon, iconNames } from '../../../src/primitives/index.js';
import { render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

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

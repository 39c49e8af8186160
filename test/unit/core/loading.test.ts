import { afterEach, describe, expect, it } from 'vitest';
import { pageDefaultLoading, parseLoading, useLazyByDefault } from '../../../src/core/loading.js';
import { reservedBlockSizes, reservedSpaceDeclarations, undefinedWidgetsCss } from '../../../src/core/reserved-space.js';
import { widgets } from '../../../src/widgets.js';

afterEach(() => useLazyByDefault(false));

describe('loading values', () => {
  it('accepts lazy and eager in any case and with spaces, nothing else', () => {
    expect(parseLoading('lazy')).toBe('lazy');
    expect(parseLoading(' EAGER ')).toBe('eager');
    for (const value of ['', 'auto', 'soon', 'lazy eager', null, undefined]) expect(parseLoading(value)).toBeUndefined();
  });

  it('defaults to eager, and to lazy once the autoloader said so (no document: no meta tag to read)', () => {
    expect(pageDefaultLoading()).toBe('eager');
    useLazyByDefault();
    expect(pageDefaultLoading()).toBe('lazy');
  });
});

describe('held space', () => {
  it('has a figure for every widget', () => {
    expect(Object.keys(reservedBlockSizes).sort()).toEqual(widgets.map((widget) => widget.name).sort());
  });

  it('lets a site override the figure, and shows the button inline', () => {
    expect(reservedSpaceDeclarations('cost-calculator')).toBe('display:block;min-block-size:var(--digi-reserved-block-size,100vh);');
    expect(reservedSpaceDeclarations('leerid-login')).toContain('display:inline-block;vertical-align:top;');
    expect(reservedSpaceDeclarations('unknown')).toBe('');
  });

  it("writes one rule per widget for elements without their code, under the page's prefix, that any rule of the site beats", () => {
    const css = undefinedWidgetsCss('school', ['competentieroos', 'unknown', 'cost-calculator']);
    expect(css.split('\n')).toEqual([
      ':where(school-competentieroos:not(:defined)){display:block;min-block-size:var(--digi-reserved-block-size,min(100vh, 749px));}',
      ':where(school-cost-calculator:not(:defined)){display:block;min-block-size:var(--digi-reserved-block-size,100vh);}',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';

describe('minifyCss', () => {
  it('drops comments and spaces around braces and semicolons, and keeps the spaces selectors need', () => {
    const css = `
  /* Why this rule is here. */
  .root :focus-visible,
  .a > .b {
    outline: var(--_focus-width) solid var(--_color-focus);
    font-family: ui-monospace, monospace;
  }
  @media (forced-colors: active) {
    .btn[aria-pressed='true'] { color: HighlightText; }
  }
`;
    expect(minifyCss(css).trim()).toBe(
      ".root :focus-visible, .a > .b{outline: var(--_focus-width) solid var(--_color-focus);font-family: ui-monospace, monospace;}@media (forced-colors: active){.btn[aria-pressed='true']{color: HighlightText;}}",
    );
  });
});

describe('minifyCssLiterals', () => {
  it('minifies only the static parts of css`` templates, leaving expressions and other templates as written', () => {
    const source = [
      "import { css, html } from 'lit';",
      'const size = 2;',
      'export const a = css`',
      '  .x {',
      '    /* a comment */',
      '    inline-size: calc(${size} * 1px);',
      '    content: ${`"  ${size}  "`};',
      '  }',
      '`;',
      'export const b = html`<p>  spaces stay  </p>`;',
      "export const c = css`:host { display: ${'block'}; }`;",
    ].join('\n');
    const result = minifyCssLiterals(source, '/src/x.ts');
    expect(result.code).toContain('css`.x{inline-size: calc(${size} * 1px);content: ${`"  ${size}  "`};}`');
    expect(result.code).toContain('html`<p>  spaces stay  </p>`');
    expect(result.code).toContain("css`:host{display: ${'block'};}`");
    expect(result.map.mappings.length).toBeGreaterThan(0);
  });

  it('leaves a module without css`` alone', () => {
    expect(minifyCssLiterals('export const a = `css`;', '/src/y.ts')).toBeNull();
  });
});

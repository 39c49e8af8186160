/**
 * The space a widget holds on the page before its content is drawn, so what
 * follows it does not move when it appears (CLS 0), also on a page with
 * nothing but the script tag and the element.
 *
 * A shift only counts for content that is in view before and after. The
 * calculator, the checklist and the finder are always taller than any screen
 * (3,700 px and more at 1920 px wide; measured with the demo data in every
 * theme), so a full viewport height keeps what follows them out of view
 * until they are drawn. The rose is at least 749 px (at 768 px wide; 950 at
 * 1350), so it holds that or the viewport, whichever is less. The sign-in
 * button holds the height of its default size.
 *
 * Two places use these figures: the autoloader's document style sheet, for
 * an element whose code has not arrived (`:not(:defined)`), and the element
 * itself until its content is drawn (`:state(pending)`, see DigiElement). A
 * site that knows better sets `--digi-reserved-block-size` on the element.
 */
export const reservedBlockSizes: Readonly<Record<string, string>> = {
  'cost-calculator': '100vh',
  'cyber-checklist': '100vh',
  'refurbisher-finder': '100vh',
  competentieroos: 'min(100vh, 749px)',
  'leerid-login': '44px',
};

/** The widgets shown inline (the sign-in button); the others are blocks. */
const inlineWidgets = new Set(['leerid-login']);

/** The declarations that reserve `name`'s space; empty for a widget without a figure. */
export function reservedSpaceDeclarations(name: string): string {
  const size = reservedBlockSizes[name];
  if (!size) return '';
  const display = inlineWidgets.has(name) ? 'display:inline-block;vertical-align:top;' : 'display:block;';
  return `${display}min-block-size:var(--digi-reserved-block-size,${size});`;
}

/**
 * The autoloader's rules for elements whose code is still on its way. In
 * `:where()`, so any rule of the site for its own elements wins.
 */
export function undefinedWidgetsCss(prefix: string, names: readonly string[]): string {
  return names
    .map((name) => `:where(${prefix}-${name}:not(:defined)){${reservedSpaceDeclarations(name)}}`)
    .filter((rule) => !rule.endsWith('{}'))
    .join('\n');
}

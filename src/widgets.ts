/**
 * The registry of widgets: one line per widget, its tag suffix (the tag is
 * `<prefix>-<name>`, `digi-` unless the page chooses another prefix) and a
 * loader that imports its define module, which registers the tag.
 *
 * The autoloader (src/cdn/autoloader.ts) uses the loaders so a page downloads
 * only the widgets it shows; the build (rollup.config.mjs) finds the same
 * widgets from the folders under src/components/, and
 * test/unit/package-layout.test.ts keeps this list, those folders,
 * src/index.ts and package.json `exports`/`sideEffects` in agreement.
 *
 * Adding a widget: `src/components/<name>/<name>.ts` (the class, registers
 * nothing) and `src/components/<name>/define.ts` (exports the class and calls
 * `defineElement('<name>', Class)`), then one line here, one export in
 * src/index.ts and its entries in package.json (the unit test names them).
 */
export interface WidgetEntry {
  /** Tag suffix, also the folder name under src/components/ and the package subpath. */
  readonly name: string;
  /** Imports the widget's define module, which registers `<prefix>-<name>`. */
  readonly load: () => Promise<unknown>;
}

export const widgets: readonly WidgetEntry[] = [
  { name: 'competentieroos', load: () => import('./components/competentieroos/define.js') },
  { name: 'cost-calculator', load: () => import('./components/cost-calculator/define.js') },
  { name: 'cyber-checklist', load: () => import('./components/cyber-checklist/define.js') },
  { name: 'leerid-login', load: () => import('./components/leerid-login/define.js') },
  { name: 'refurbisher-finder', load: () => import('./components/refurbisher-finder/define.js') },
];

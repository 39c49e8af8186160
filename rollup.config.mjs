/**
 * The JavaScript build: three outputs from one source tree.
 *
 *  dist/esm/                 for apps that import the package (KlasCement, bundlers)
 *    index.js                  `@digisprong/widgets`: registers every widget
 *    <name>.js                 `@digisprong/widgets/<name>`: registers one widget
 *    <name>/class.js           `@digisprong/widgets/<name>/class`: the class, registers nothing
 *    define.js                 `@digisprong/widgets/define`: defineElement(), resolvePrefix()
 *    react.js                  `@digisprong/widgets/react`: React components (@lit/react)
 *    chunks/                   shared code and the lazily loaded locales
 *  dist/cdn/digi-widgets.js  one self-contained file that registers every widget
 *  dist/cdn/autoloader.js    registers a widget when its tag appears; code in dist/cdn/chunks/
 *
 * Widgets are found from the folders: every src/components/<name>/ with a
 * define.ts is a widget (its class lives in <name>.ts). Adding one needs no
 * change here; test/unit/package-layout.test.ts checks that src/widgets.ts,
 * src/index.ts and package.json list the same widgets.
 *
 * Lit and @lit/localize in the ESM build: kept EXTERNAL. They are
 * `dependencies`, so an app's bundler resolves them from node_modules and
 * dedupes them with the app's own Lit (one copy of Lit per app, and the app
 * picks dev or production mode). The CDN files bundle them instead, because a
 * script-tag page has no module resolution.
 *
 * Lit in the CDN files is its production build: node-resolve picks the
 * `production` export condition (and never `development`), so Lit's dev-mode
 * warning and checks are not in the bundle.
 *
 * TypeScript goes through esbuild with the compiler options of tsconfig.json
 * (legacy `experimentalDecorators`, `useDefineForClassFields: false`, which
 * Lit's decorators need); the CSS in css`` templates loses its comments and
 * extra white space (scripts/css-literals.mjs); terser minifies; every output
 * has a source map.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cssLiterals } from './scripts/css-literals.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Syntax level of the output: Lit's own (ES2021; Safari 15 on older school iPads). */
const target = 'es2021';

/** The widgets: folders under src/components/ that have a define.ts. */
function findWidgets() {
  const root = 'src/components';
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}/${entry.name}/define.ts`))
    .map(({ name }) => {
      const classModule = `${root}/${name}/${name}.ts`;
      if (!existsSync(classModule)) {
        throw new Error(`${root}/${name}/define.ts exists but its class module ${classModule} does not.`);
      }
      return { name, define: `${root}/${name}/define.ts`, classModule };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const widgets = findWidgets();

/** Fresh plugin instances per output (rollup plugins keep per-build state). */
function plugins() {
  return [
    // Before esbuild: the css`` templates as written in the sources.
    cssLiterals(),
    esbuild({ tsconfig: 'tsconfig.json', target, sourceMap: true, minify: false }),
    nodeResolve({
      browser: true,
      exportConditions: ['production'],
      // package.json `sideEffects` describes dist/ for the package's consumers. Applied to
      // src/ it would mark the define modules side-effect free, and index.js would re-export
      // the classes without ever registering them.
      ignoreSideEffectsForRoot: true,
    }),
  ];
}

function minify() {
  // Keeps `@license` comments (Lit's BSD-3-Clause notices) as the licences ask, and `@__PURE__`
  // annotations, so an app's bundler drops the React components (and widgets) it does not use.
  return terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: 'some', preserve_annotations: true } });
}

/**
 * Names chunks after what they hold, so a page's network log says which widget,
 * which part of a widget, or which locale it loaded. A chunk is a widget's when it contains that widget's
 * define module (each is loaded on its own, so no chunk holds two); it need not
 * be the chunk's facade, since other chunks may import helpers from it.
 */
function chunkFileNames(chunk) {
  const ids = chunk.moduleIds.map((id) => id.replaceAll('\\', '/'));
  for (const id of ids) {
    const widget = /\/src\/components\/([^/]+)\/define\.ts$/.exec(id);
    if (widget) return `chunks/${widget[1]}-[hash].js`;
  }
  const locale = ids.length === 1 ? /\/src\/generated\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(ids[0]) : null;
  if (locale) return `chunks/locale-${locale[1]}-${locale[2]}-[hash].js`;
  // A part a widget loads on demand (its settings validator, its export code): `<widget>.<part>`,
  // also when it holds shared modules (primitives) beside that widget's own.
  const folders = new Set(ids.map((id) => /\/src\/components\/([^/]+)\//.exec(id)?.[1]).filter(Boolean));
  const [folder] = folders;
  if (folders.size === 1) return `chunks/${folder}.[name]-[hash].js`;
  return 'chunks/[name]-[hash].js';
}

/** An import that does not resolve must fail the build, never become a silent external. */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(`${warning.message} (imported by ${warning.exporter ?? warning.id ?? 'unknown'})`);
  }
  warn(warning);
}

// React (for the `react` entry) is a peer dependency: the app's own copy.
const runtimeDependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isDependency = (id) => runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));

const esm = {
  input: {
    index: 'src/index.ts',
    define: 'src/core/define.ts',
    react: 'src/react/index.ts',
    ...Object.fromEntries(
      widgets.flatMap(({ name, define, classModule }) => [
        [name, define],
        [`${name}/class`, classModule],
      ]),
    ),
  },
  external: isDependency,
  plugins: plugins(),
  onwarn,
  output: {
    dir: 'dist/esm',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames,
    sourcemap: true,
    plugins: [minify()],
  },
};

const cdnBundle = {
  input: 'src/cdn/digi-widgets.ts',
  plugins: plugins(),
  onwarn,
  output: {
    file: 'dist/cdn/digi-widgets.js',
    format: 'es',
    // Locales included: one file, no chunks to host next to it.
    inlineDynamicImports: true,
    sourcemap: true,
    plugins: [minify()],
  },
};

const autoloader = {
  input: { autoloader: 'src/cdn/autoloader.ts' },
  plugins: plugins(),
  onwarn,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Relative imports (`./chunks/...`), resolved against the importing file's own URL.
    chunkFileNames,
    // The code the autoloader and every widget share (registration, lazy loading, held space) gets a chunk of its own.
    // Left to itself, rollup puts it into autoloader.js and the widget chunks import
    // "../autoloader.js": a page that loads "autoloader.js?ver=3" (as CMSs do) would then
    // run the autoloader twice, as two modules.
    manualChunks: (id) => (/[\\/]src[\\/]core[\\/](?:define|version|loading|reserved-space)\.ts$/.test(id) ? 'core' : undefined),
    sourcemap: true,
    plugins: [minify()],
  },
};

export default [esm, cdnBundle, autoloader];

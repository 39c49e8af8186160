/**
 * The widget list lives in several places that must agree: the folders under
 * src/components/, the registry (src/widgets.ts, for the autoloader), the
 * all-in-one entry (src/index.ts) and package.json (`exports`, which the build
 * outputs, and `sideEffects`, which bundlers trust when they tree-shake).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';
import { widgets } from '../../src/widgets.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | { types: string; default: string }>;
  files: string[];
  sideEffects: string[];
  customElements: string;
};

const componentFolders = readdirSync(new URL('../../src/components', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`../../src/components/${entry.name}/define.ts`, import.meta.url)))
  .map((entry) => entry.name)
  .sort();
const registryNames = widgets.map((widget) => widget.name);

/** Every `.ts` file under src/, as paths relative to src/. */
function sourceFiles(dir = ''): string[] {
  return readdirSync(new URL(`../../src/${dir}`, import.meta.url), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return path === 'generated' ? [] : sourceFiles(`${path}/`);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the widget registry', () => {
  it('lists exactly the folders under src/components/ that have a define.ts', () => {
    expect(componentFolders.length).toBeGreaterThan(0);
    expect([...registryNames].sort()).toEqual(componentFolders);
    expect(new Set(registryNames).size).toBe(registryNames.length);
  });

  it.each(registryNames)("loads %s from its own folder's define module", (name) => {
    const entry = widgets.find((widget) => widget.name === name)!;
    // Vitest rewrites the specifier (`/src/components/<name>/define.ts`); the folder and file stay.
    expect(String(entry.load)).toMatch(new RegExp(`/components/${name}/define\\.[jt]s\\b`));
  });

  it.each(registryNames)('%s has a class module and a define module that registers it by that name', (name) => {
    expect(existsSync(new URL(`../../src/components/${name}/${name}.ts`, import.meta.url))).toBe(true);
    const defineSource = read(`src/components/${name}/define.ts`);
    expect(defineSource).toMatch(new RegExp(`defineElement\\(\\s*['"]${name}['"]`));
  });
});

describe('src/index.ts', () => {
  const index = read('src/index.ts');
  it.each(registryNames)('imports the define module of %s', (name) => {
    expect(index).toContain(`'./components/${name}/define.js'`);
  });

  it('imports no other component module', () => {
    const imported = [...index.matchAll(/['"]\.\/components\/([^/'"]+)\/([^'"]+)['"]/g)].map(([, name, file]) => ({ name, file }));
    expect(imported.every(({ name, file }) => registryNames.includes(name!) && file === 'define.js')).toBe(true);
  });

  it('re-exports defineElement and VERSION', () => {
    expect(index).toMatch(/export \{[^}]*\bdefineElement\b[^}]*\} from '\.\/core\/define\.js'/);
    expect(index).toMatch(/export \{[^}]*\bVERSION\b[^}]*\} from '\.\/core\/version\.js'/);
  });
});

describe('package.json', () => {
  const jsExport = (types: string, file: string) => ({ types: `./dist/types/${types}`, default: `./dist/esm/${file}` });

  it('exports the all-in-one entry, each widget (define and class), define, react, tokens, manifest and itself', () => {
    const expected: Record<string, unknown> = {
      '.': jsExport('index.d.ts', 'index.js'),
      './define': jsExport('core/define.d.ts', 'define.js'),
      './react': jsExport('react/index.d.ts', 'react.js'),
      './tokens.css': './dist/tokens.css',
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    };
    for (const name of registryNames) {
      expected[`./${name}`] = jsExport(`components/${name}/define.d.ts`, `${name}.js`);
      expected[`./${name}/class`] = jsExport(`components/${name}/${name}.d.ts`, `${name}/class.js`);
    }
    expect(pkg.exports).toEqual(expected);
  });

  it('lists as side effects only the modules that register tags, the CDN files and the CSS', () => {
    expect([...pkg.sideEffects].sort()).toEqual(
      [
        './dist/esm/index.js',
        ...registryNames.map((name) => `./dist/esm/${name}.js`),
        // The same define modules in the source, for builds inside this repository (the production
        // Storybook): without it they drop every story's `import '…/define.js'`.
        './src/components/*/define.ts',
        './dist/cdn/*.js',
        './dist/cdn/chunks/*.js',
        './dist/tokens.css',
      ].sort(),
    );
  });

  it('has main, module, types, files and customElements pointing at the build', () => {
    expect(pkg.main).toBe('./dist/esm/index.js');
    expect(pkg.module).toBe('./dist/esm/index.js');
    expect(pkg.types).toBe('./dist/types/index.d.ts');
    expect(pkg.customElements).toBe('custom-elements.json');
    expect([...pkg.files].sort()).toEqual(['README.md', 'custom-elements.json', 'dist']);
  });

  it('has the version src/core/version.ts reports', () => {
    expect(VERSION).toBe(pkg.version);
  });
});

describe('side effects in the source', () => {
  // What `sideEffects` promises: a module registers a tag only if it is a
  // define module (or the CDN entries and index that import them).
  const registering = /\b(?:defineElement|customElements\.define)\s*\(/;
  const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const allowed = new Set([
    'core/define.ts', // declares defineElement; registers only when called
    'react/index.ts', // each React component registers its tag when it first renders, not on import
    ...registryNames.map((name) => `components/${name}/define.ts`),
  ]);

  it('no module besides the define modules calls defineElement or customElements.define', () => {
    const offenders = sourceFiles().filter((path) => !allowed.has(path) && registering.test(withoutComments(read(`src/${path}`))));
    expect(offenders).toEqual([]);
  });

  it.each(registryNames)("the class module of %s imports no widget's define module", (name) => {
    const source = withoutComments(read(`src/components/${name}/${name}.ts`));
    // `./define.js`, `../<widget>/define.js` or `.../components/<widget>/define.js`; core/define.js is fine.
    expect(source).not.toMatch(/['"](?:\.\/|\.\.\/[^'"/]+\/|[^'"]*\/components\/[^'"/]+\/)define\.js['"]/);
  });
});

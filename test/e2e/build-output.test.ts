/**
 * What `npm run build` wrote into dist/ (and the root manifest), checked as
 * files: every export target exists, Lit is where it should be (external in
 * the ESM build, inlined once in the CDN files, never its dev build), the CDN
 * bundle is one self-contained file, and every script has its source map.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/serve.mjs';
import { widgetNames } from './support.js';

const dist = join(repoRoot, 'dist');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
};

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return entry.name.endsWith(extension) ? [relative(repoRoot, path)] : [];
  });
}

const esmFiles = filesUnder(join(dist, 'esm'), '.js');
const cdnFiles = filesUnder(join(dist, 'cdn'), '.js');
/** Lit registers its version on globalThis once per copy of lit-html. */
const litCopies = (code: string) => code.split('litHtmlVersions').length - 1;

describe('dist/', () => {
  it('has every file package.json points to', () => {
    const targets = [pkg.main, pkg.module, pkg.types].concat(
      Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    );
    const missing = targets.filter((target) => !existsSync(join(repoRoot, target)));
    expect(missing).toEqual([]);
  });

  it('keeps lit, @lit/localize and the other dependencies (and peer React) external in the ESM build, and imports nothing else', async () => {
    expect(esmFiles.filter((file) => litCopies(read(file)) > 0)).toEqual([]);
    const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
    // esbuild parses the modules (a regex would also match text that happens to read like an import).
    const result = await build({
      entryPoints: esmFiles.map((file) => join(repoRoot, file)),
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      splitting: true,
      outdir: join(repoRoot, 'test-results/esm-imports'),
      logLevel: 'silent',
      plugins: [
        {
          name: 'bare-specifiers-external',
          setup(plugin) {
            plugin.onResolve({ filter: /^[^./]/ }, ({ path }) => ({ path, external: true }));
          },
        },
      ],
    });
    const bare = Object.values(result.metafile.inputs).flatMap(({ imports }) =>
      imports.filter(({ external }) => external).map(({ path }) => path),
    );
    expect(bare).toContain('lit');
    // Only the React components import React.
    const importsReact = Object.entries(result.metafile.inputs).filter(([, { imports }]) => imports.some(({ path }) => path === 'react'));
    expect(importsReact.map(([file]) => relative(repoRoot, file))).toEqual(['dist/esm/react.js']);
    const undeclared = bare.filter((specifier) => !dependencies.some((name) => specifier === name || specifier.startsWith(`${name}/`)));
    expect(undeclared).toEqual([]);
  });

  it('bundles exactly one production copy of Lit into each CDN loading path', () => {
    expect(litCopies(read('dist/cdn/digi-widgets.js'))).toBe(1);
    expect(cdnFiles.filter((file) => file !== 'dist/cdn/digi-widgets.js' && litCopies(read(file)) > 0)).toHaveLength(1);
    for (const file of [...esmFiles, ...cdnFiles]) {
      const code = read(file);
      expect(code, file).not.toContain('Lit is in dev mode');
      expect(code, file).not.toContain('process.env');
    }
  });

  it('makes digi-widgets.js one self-contained file: no static or dynamic imports, locales inside', async () => {
    const result = await build({
      entryPoints: [join(dist, 'cdn/digi-widgets.js')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs)).toEqual(['dist/cdn/digi-widgets.js']);
    expect(result.metafile.inputs['dist/cdn/digi-widgets.js']!.imports).toEqual([]);
  });

  it('names one autoloader chunk per widget, one per widget and target locale, and all imports are relative', () => {
    const chunks = readdirSync(join(dist, 'cdn/chunks'));
    for (const name of widgetNames) {
      expect(chunks.filter((file) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(file)), name).toHaveLength(1);
      for (const locale of ['fr', 'en']) {
        expect(chunks.filter((file) => file.startsWith(`locale-${name}-${locale}-`) && file.endsWith('.js')), `${name} ${locale}`).toHaveLength(1);
      }
    }
    for (const file of cdnFiles) {
      const specifiers = [...read(file).matchAll(/(?:from\s*|import\s*\(?\s*)"([^"]+\.js)"/g)].map(([, specifier]) => specifier!);
      expect(specifiers.every((specifier) => specifier.startsWith('./')), file).toBe(true);
    }
  });

  it('gives every script a source map', () => {
    for (const file of [...esmFiles, ...cdnFiles]) {
      expect(read(file), file).toMatch(/\/\/# sourceMappingURL=[^\s]+\.js\.map\s*$/);
      expect(existsSync(join(repoRoot, `${file}.map`)), `${file}.map`).toBe(true);
    }
  });

  it('writes tokens.css with every token of the default theme on :root', () => {
    const css = read('dist/tokens.css');
    expect(css).toMatch(/^\/\* @digisprong\/widgets design tokens/);
    expect(css).toMatch(/:root,\s*\[data-digi-theme="vlaanderen"\]/);
    expect(css).toContain('--digi-color-primary:');
  });

  it('has the same custom-elements.json at the root and in dist, with a tag for every widget', () => {
    const manifest = read('custom-elements.json');
    expect(read('dist/custom-elements.json')).toBe(manifest);
    const modules = (JSON.parse(manifest) as {
      modules: {
        path: string;
        declarations?: { kind: string; name: string; tagName?: string; events?: { name: string }[] }[];
        exports?: { kind: string; name: string }[];
      }[];
    }).modules;
    // Widgets announce `digi-*` events only (DigiElement.emit() enforces it); anything else is an analyzer misreading.
    const events = modules.flatMap((module) => module.declarations ?? []).flatMap((item) => item.events ?? []);
    expect(events.filter((event) => !event.name.startsWith('digi-'))).toEqual([]);
    for (const name of widgetNames) {
      const declaration = modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === `digi-${name}`);
      expect(declaration, `class with tagName digi-${name}`).toBeDefined();
      const definition = modules.find((module) => module.path === `src/components/${name}/define.ts`)?.exports;
      expect(definition).toContainEqual(expect.objectContaining({ kind: 'custom-element-definition', name: `digi-${name}` }));
    }
    expect(modules.some((module) => module.path.includes('.test.') || module.path.includes('generated'))).toBe(false);
  });
});

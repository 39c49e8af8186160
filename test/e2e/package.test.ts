/**
 * The package as npm publishes it (after `npm run build`): what ships, and
 * what the packaging linters say. publint checks package.json against the
 * files; "Are the types wrong?" resolves every export's types the way Node
 * and bundlers do (ESM only, so the CommonJS resolutions are not asked for).
 * And an app that imports one React component gets only that widget.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import nodeResolve from '@rollup/plugin-node-resolve';
import { publint } from 'publint';
import { rollup } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/serve.mjs';
import { widgetNames } from './support.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the published package', () => {
  it('ships only the build, the manifest, the README and package.json', async () => {
    const { stdout } = await run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot });
    const [{ files }] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    const built = /^(dist\/(esm|cdn|types)\/|dist\/conformance\/[\w-]+\.(json|yaml)$|dist\/(tokens\.css|custom-elements\.json|vscode\.html-custom-data\.json|web-types\.json)$)/;
    expect(paths.filter((path) => !built.test(path)).sort()).toEqual(
      ['README.md', 'custom-elements.json', 'package.json'],
    );
    for (const name of widgetNames) expect(paths).toContain(`dist/esm/${name}.js`);
    expect(paths).toContain('dist/cdn/integrity.json');
    // The conformance reports a school cites in its accessibility statement (README, "Accessibility statement: the conformance reports").
    for (const name of widgetNames) expect(paths).toContain(`dist/conformance/${name}.json`);
    expect(paths).toContain('dist/conformance/openacr.yaml');
    expect(paths).toEqual(expect.arrayContaining(['dist/vscode.html-custom-data.json', 'dist/web-types.json']));
    expect(paths.filter((path) => /(^|\/)(test|stories|src|node_modules)\//.test(path) && !path.startsWith('dist/types/'))).toEqual([]);
  });

  it('passes publint with no error, warning or suggestion', async () => {
    const { messages } = await publint({ pkgDir: repoRoot, level: 'suggestion', strict: true });
    expect(messages.map(({ code, path }) => `${code} at ${path.join('.')}`)).toEqual([]);
  });

  it('passes "Are the types wrong?" for every JavaScript export', async () => {
    const result = await run(
      'npx',
      ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'tokens.css', '--format', 'json'],
      { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 },
    ).then(
      ({ stdout }) => ({ stdout, exitCode: 0 }),
      (error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', exitCode: error.code }),
    );
    const report = JSON.parse(result.stdout) as {
      analysis: { problems: { entrypoint: string; kind: string; resolutionKind: string }[]; entrypoints: Record<string, unknown> };
    };
    expect(Object.keys(report.analysis.entrypoints)).toContain('./react');
    // The report lists every resolution; the esm-only profile leaves out CommonJS (node10, node16 from CJS).
    const esmProblems = report.analysis.problems.filter(({ resolutionKind }) => !['node10', 'node16-cjs'].includes(resolutionKind));
    expect(esmProblems).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

describe('npm run release', () => {
  it('dry run: lists the pending changesets and versions, packs and stops short of publishing', async () => {
    const { stdout } = await run(process.execPath, ['scripts/release.mjs', '--no-build'], { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 });
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(stdout).toMatch(new RegExp(`@digisprong/widgets(: ${version.replaceAll('.', '\\.')} -> \\d+\\.\\d+\\.\\d+ \\((patch|minor|major)\\)|@${version} is what would be published)`));
    expect(stdout).toContain('$ npm publish --dry-run');
    expect(stdout).toContain('Dry run only.');
  });
});

describe('editor data', () => {
  it('describes every widget for VS Code and JetBrains IDEs', () => {
    const vscode = JSON.parse(readFileSync(join(repoRoot, 'dist/vscode.html-custom-data.json'), 'utf8')) as { tags: { name: string; attributes: unknown[] }[] };
    const webTypes = JSON.parse(readFileSync(join(repoRoot, 'dist/web-types.json'), 'utf8')) as {
      contributions: { html: { elements: { name: string }[] } };
    };
    expect(vscode.tags.map((tag) => tag.name)).toEqual(widgetNames.map((name) => `digi-${name}`).sort());
    expect(vscode.tags.every((tag) => tag.attributes.length > 0)).toBe(true);
    expect(webTypes.contributions.html.elements.map((element) => element.name)).toEqual(widgetNames.map((name) => `digi-${name}`).sort());
  });
});

describe('@digisprong/widgets/react in an app bundle', () => {
  const app = mkdtempSync(join(tmpdir(), 'digi-react-app-'));
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('brings only the widget whose component the app imports (as Vite/rollup bundles it)', async () => {
    mkdirSync(join(app, 'node_modules', '@digisprong'), { recursive: true });
    symlinkSync(repoRoot, join(app, 'node_modules', '@digisprong', 'widgets'), 'dir');
    writeFileSync(join(app, 'main.js'), "import { CostCalculator } from '@digisprong/widgets/react';\nexport default CostCalculator;\n");
    const bundle = await rollup({
      input: join(app, 'main.js'),
      // The app's own copies, as in any app.
      external: (id) => /^(lit|@lit\/|react|valibot|oauth4webapi)/.test(id),
      plugins: [nodeResolve()],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', dir: join(app, 'out') });
    await bundle.close();
    const code = output.map((item) => (item.type === 'chunk' ? item.code : '')).join('\n');
    expect(code).toContain('digi-cost-change');
    // Events and tags of the other widgets would show up as strings.
    for (const marker of ['digi-competence-select', 'digi-refurbisher-select', 'digi-leerid-error']) expect(code).not.toContain(marker);
    expect(output.map((item) => item.fileName).filter((name) => /competentieroos|refurbisher|leerid/.test(name))).toEqual([]);
  });
});

/**
 * Global setup of the `e2e` project: makes sure dist/ is a build of the
 * current source (runs `npm run build` when dist/ is missing or older than
 * src/, xliff/ or the build configuration), then starts scripts/serve.mjs on a
 * free port and gives the tests its URL (`inject('baseUrl')`).
 *
 * `npm test` builds before vitest, so there this finds dist/ fresh and only
 * starts the server; `npm run test:e2e` on its own builds when needed.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server, `http://127.0.0.1:PORT`. */
    baseUrl: string;
  }
}

/** What the build reads. src/generated/ is left out: `lit-localize build` rewrites it on every run. */
const buildInputs = [
  'src',
  'xliff',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'scripts/build-tokens.mjs',
  'scripts/build-conformance.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'lit-localize.json',
];
const buildOutputs = [
  'dist/esm/index.js',
  'dist/cdn/digi-widgets.js',
  'dist/cdn/autoloader.js',
  'dist/tokens.css',
  'dist/conformance/openacr.yaml',
  'dist/types/index.d.ts',
  'dist/custom-elements.json',
  'custom-elements.json',
];

/** The newest modification time under `path` (0 when it does not exist). */
export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  if (path === join(repoRoot, 'src', 'generated')) return 0;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildIsStale(): string | undefined {
  const missing = buildOutputs.find((path) => !existsSync(join(repoRoot, path)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...buildOutputs.map((path) => statSync(join(repoRoot, path)).mtimeMs));
  const changed = buildInputs.find((path) => newestChange(join(repoRoot, path)) > built);
  return changed ? `${changed} changed after the last build` : undefined;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reason = buildIsStale();
  if (reason) {
    console.log(`[e2e] ${reason}: running npm run build`);
    execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });
  }
  const server = await startServer({ port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}

/**
 * The "school site" of the LeerID end-to-end tests: a static server on
 * 127.0.0.1 that serves the widget (bundled from the source with esbuild,
 * code-split like the real build, so the protocol chunk loads on click) and
 * test pages whose markup each test sets. Pages get the demo's strict CSP
 * plus `connect-src` for the issuer, and `Referrer-Policy: no-referrer`, as
 * README tells a real site to do on its redirect page.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { contentSecurityPolicy, repoRoot } from '../../scripts/serve.mjs';

export interface TestPage {
  /** Attributes of `<digi-leerid-login>`, written as given (values escaped). */
  readonly attributes: Readonly<Record<string, string | true>>;
  /** Origins the page may fetch from (the issuer). */
  readonly connect?: readonly string[];
  /** Keep the page when the widget wants to go to the provider (see leerid-page-script.ts). */
  readonly hold?: boolean;
  readonly lang?: string;
  /** Put the button inside a form, to show that it never submits it. */
  readonly inForm?: boolean;
  /** Attributes of more buttons on the page (e.g. a second button for another client). */
  readonly otherButtons?: readonly Readonly<Record<string, string | true>>[];
  /** The page's `Referrer-Policy` (default `no-referrer`); `null` leaves the browser's default. */
  readonly referrerPolicy?: string | null;
}

export interface TestApp {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Serves `page` at `path` (e.g. `/login/`) until it is set again. */
  setPage(path: string, page: TestPage): void;
  close(): Promise<void>;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const buttonHtml = (attributes: Readonly<Record<string, string | true>>) =>
  `<digi-leerid-login${Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('')}></digi-leerid-login>`;

function pageHtml(page: TestPage): string {
  const button = [page.attributes, ...(page.otherButtons ?? [])].map(buttonHtml).join('\n');
  return `<!doctype html>
<html lang="${page.lang ?? 'nl'}">
<head>
<meta charset="utf-8">
<title>Klasapp</title>
<script type="module" src="/assets/test-page.js"></script>
<script type="module" src="/assets/leerid-login.js"></script>
</head>
<body${page.hold ? ' data-hold' : ''}>
<main>
<h1>Klasapp</h1>
${page.inForm ? `<form action="/submitted/" method="get"><input name="q" aria-label="Zoeken">${button}</form>` : button}
</main>
</body>
</html>
`;
}

export async function startApp(): Promise<TestApp> {
  const outdir = await mkdtemp(join(tmpdir(), 'leerid-e2e-'));
  await build({
    entryPoints: {
      'leerid-login': join(repoRoot, 'src/components/leerid-login/define.ts'),
      'test-page': join(repoRoot, 'test/e2e/leerid-page-script.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2021',
    conditions: ['production'],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'warning',
  });

  const pages = new Map<string, TestPage>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const page = pages.get(url.pathname);
    if (page) {
      const connect = ["'self'", ...(page.connect ?? [])].join(' ');
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `${contentSecurityPolicy}; connect-src ${connect}`,
        'Cache-Control': 'no-store',
        ...(page.referrerPolicy === null ? {} : { 'Referrer-Policy': page.referrerPolicy ?? 'no-referrer' }),
      });
      res.end(pageHtml(page));
      return;
    }
    const file = normalize(url.pathname.replace(/^\/assets\//, ''));
    if (!url.pathname.startsWith('/assets/') || file.startsWith('..') || file.includes('/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(join(outdir, file)).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
    );
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, page) => void pages.set(path, page),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(outdir, { recursive: true, force: true });
    },
  };
}

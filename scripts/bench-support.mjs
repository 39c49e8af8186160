/**
 * What the benchmark scripts share: headless Debian Chromium, a server for
 * files built in memory, and the median.
 */
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

/** Debian's Chromium (or CHROME_PATH), headless, as the tests run it. */
export function launchBenchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--no-first-run'],
  });
}

/**
 * Serves `files` (path -> contents) on 127.0.0.1, `/` as HTML and the rest
 * as JavaScript, uncached. Resolves to its origin and a `close()`.
 */
export async function serveFromMemory(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = files.get(path);
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': path === '/' ? 'text/html' : 'text/javascript', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((closed) => server.close(closed)),
  };
}

export function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

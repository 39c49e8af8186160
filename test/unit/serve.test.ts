/** scripts/serve.mjs: the pure parts of its hosting rules (the server itself: test/e2e/server.test.ts). */
import { describe, expect, it } from 'vitest';
import { cacheControlFor, chooseEncoding, immutableCacheControl, revalidateCacheControl } from '../../scripts/serve.mjs';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['GZIP', 'gzip'],
    ['br;q=nonsense, gzip', 'gzip'],
  ])('%j: %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['dist/cdn/chunks/core-JfHMjb2n.js', immutableCacheControl],
    ['dist/cdn/chunks/cost-calculator-CTWFVr-8.js', immutableCacheControl],
    ['dist/cdn/chunks/competentieroos.problems-C42p_e9Y.js.map', immutableCacheControl],
    ['dist/cdn/autoloader.js', revalidateCacheControl],
    ['dist/cdn/digi-widgets.js', revalidateCacheControl],
    ['dist/cdn/integrity.json', revalidateCacheControl],
    ['demo/index.html', revalidateCacheControl],
    // A name without rollup's 8-character hash may change in place.
    ['dist/cdn/chunks/handwritten.js', revalidateCacheControl],
    ['chunks-JfHMjb2n.js', revalidateCacheControl],
  ])('%s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

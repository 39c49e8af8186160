import { describe, expect, it } from 'vitest';
import { describeFetchFailure, fetchJson, isJsonContentType, type Fetcher } from '../../../src/core/fetch-json.js';

const jsonType = { 'Content-Type': 'application/json; charset=utf-8' };
const answer = (body: BodyInit, init: ResponseInit = {}): Fetcher => async () => new Response(body, { headers: jsonType, ...init });

/** A body that streams `chunks` pieces of `size` bytes, with no Content-Length. */
function streamed(chunks: number, size: number): { fetch: Fetcher; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { fetch: async () => new Response(body, { headers: jsonType }), pulled: () => pulled };
}

/** A fetch that never answers, but stops when its signal aborts, as the browser's does. */
const silent: Fetcher = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('fetchJson', () => {
  it('parses JSON and asks for it', async () => {
    let asked: RequestInit | undefined;
    const result = await fetchJson('/feed.json', {
      fetch: async (_url, init) => {
        asked = init;
        return new Response('{"version":1}', { headers: { 'Content-Type': 'application/feed+json' } });
      },
      credentials: 'same-origin',
    });
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    expect(new Headers(asked!.headers).get('accept')).toBe('application/json');
    expect(asked!.credentials).toBe('same-origin');
  });

  it('refuses an answer that is not a JSON content type, such as an HTML error page', async () => {
    expect(await fetchJson('/x', { fetch: answer('<html>', { headers: { 'Content-Type': 'text/html' } }) })).toEqual({
      ok: false,
      failure: { kind: 'content-type', received: 'text/html' },
    });
    expect(await fetchJson('/x', { fetch: async () => new Response('{}', { headers: {} }) })).toMatchObject({
      failure: { kind: 'content-type' },
    });
  });

  it('stops reading at the size cap, whatever Content-Length says or does not say', async () => {
    const big = streamed(100, 1024);
    expect(await fetchJson('/x', { fetch: big.fetch, maxBytes: 10 * 1024 })).toEqual({
      ok: false,
      failure: { kind: 'too-large', maxBytes: 10 * 1024 },
    });
    // It stopped soon after the cap, not at the end of the body.
    expect(big.pulled()).toBeLessThan(20);
    const declared = answer('{}', { headers: { ...jsonType, 'Content-Length': String(6 * 1024 * 1024) } });
    expect(await fetchJson('/x', { fetch: declared })).toMatchObject({ failure: { kind: 'too-large', maxBytes: 5 * 1024 * 1024 } });
    // Just under the cap is fine.
    expect(await fetchJson('/x', { fetch: streamed(10, 1024).fetch, maxBytes: 10 * 1024 })).toMatchObject({ failure: { kind: 'json' } });
  });

  it('tells an HTTP error, bad JSON, a network error and a timeout apart', async () => {
    expect(await fetchJson('/x', { fetch: answer('not found', { status: 404 }) })).toEqual({ ok: false, failure: { kind: 'http', status: 404 } });
    expect(await fetchJson('/x', { fetch: answer('{') })).toMatchObject({ ok: false, failure: { kind: 'json' } });
    const network = await fetchJson('/x', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(network).toEqual({ ok: false, failure: { kind: 'network', detail: 'Failed to fetch' } });
    expect(await fetchJson('/x', { fetch: silent, timeoutMs: 20 })).toEqual({ ok: false, failure: { kind: 'timeout', seconds: 0 } });
  });

  it('times out on a body that never ends, too', async () => {
    const endless: Fetcher = async (_url, init) =>
      new Response(
        new ReadableStream({ start: (controller) => init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError'))) }),
        { headers: jsonType },
      );
    expect(await fetchJson('/x', { fetch: endless, timeoutMs: 20 })).toMatchObject({ failure: { kind: 'timeout' } });
  });

  it('rejects only when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchJson('/x', { fetch: silent, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow('aborted');
  });

  it('knows the JSON content types', () => {
    for (const type of ['application/json', 'Application/JSON; charset=utf-8', 'application/ld+json', 'application/feed+json']) {
      expect(isJsonContentType(type), type).toBe(true);
    }
    for (const type of ['text/html', 'text/plain', 'application/javascript', 'application/jsonx', '', null]) {
      expect(isJsonContentType(type), String(type)).toBe(false);
    }
  });

  it('describes failures in English for the console', () => {
    expect(describeFetchFailure({ kind: 'too-large', maxBytes: 5 * 1024 * 1024 })).toBe('the answer is larger than 5 MB');
    expect(describeFetchFailure({ kind: 'content-type', received: 'text/html' })).toContain('"text/html"');
    expect(describeFetchFailure({ kind: 'timeout', seconds: 15 })).toBe('no answer within 15 s');
  });
});

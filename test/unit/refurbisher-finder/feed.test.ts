import { describe, expect, it } from 'vitest';
import { describeFailure, loadFeed, type Fetcher } from '../../../src/components/refurbisher-finder/feed.js';

const answer = (body: string, status = 200): Fetcher => async () =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch that never answers, but stops when its signal aborts, as the browser's does. */
const silent: Fetcher = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('loadFeed', () => {
  it('parses a JSON answer and asks for JSON', async () => {
    let asked: RequestInit | undefined;
    const result = await loadFeed('/feed.json', {
      fetch: async (_url, init) => {
        asked = init;
        return new Response('{"version":1}', { headers: { 'Content-Type': 'application/json' } });
      },
    });
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    expect(new Headers(asked!.headers).get('accept')).toBe('application/json');
  });

  it('tells an HTTP error, bad JSON, a network error and a timeout apart', async () => {
    expect(await loadFeed('/x', { fetch: answer('not found', 404) })).toEqual({ ok: false, failure: { kind: 'http', status: 404 } });
    const json = await loadFeed('/x', { fetch: answer('<html>') });
    expect(json).toMatchObject({ ok: false, failure: { kind: 'json' } });
    const network = await loadFeed('/x', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(network).toEqual({ ok: false, failure: { kind: 'network', detail: 'Failed to fetch' } });
    expect(await loadFeed('/x', { fetch: silent, timeoutMs: 20 })).toEqual({ ok: false, failure: { kind: 'timeout', seconds: 0 } });
  });

  it('rejects only when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadFeed('/x', { fetch: silent, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow('aborted');
  });

  it('describes failures in English for the console', () => {
    expect(describeFailure({ kind: 'http', status: 500 })).toBe('the server answered HTTP 500');
    expect(describeFailure({ kind: 'timeout', seconds: 15 })).toBe('no answer within 15 s');
  });
});

/**
 * Fetching a feed from its URL, with every way that can fail told apart so
 * the widget can say what happened. Pure apart from `fetch`, which is passed
 * in (tests and stories give their own); no DOM.
 */

import { describeFetchFailure, fetchJson, type Fetcher, type FetchJsonFailure, type FetchJsonResult } from '../../core/fetch-json.js';

export type { Fetcher };

/** How a feed failed to load: see core/fetch-json.ts (network, timeout, http, content-type, too-large, json). */
export type LoadFailure = FetchJsonFailure;

export type LoadResult = FetchJsonResult;

export interface LoadOptions {
  readonly fetch?: Fetcher;
  /** Give up after this many milliseconds (default 15 s). */
  readonly timeoutMs?: number;
  /** Aborting (e.g. the element left the page) ends the request without a result. */
  readonly signal?: AbortSignal;
}

/**
 * Fetches and parses a JSON feed (at most 5 MB, a JSON content type, 15 s).
 * Never rejects, except with the caller's own abort (an `AbortError`), which
 * means nobody waits for the answer.
 */
export const loadFeed = (url: string, options: LoadOptions = {}): Promise<LoadResult> => fetchJson(url, options);

/** A failure in English, for the console. */
export const describeFailure = describeFetchFailure;

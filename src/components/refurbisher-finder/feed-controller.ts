/**
 * Loading the finder's feed: from the `data` property, the JSON child, the
 * `src` URL or the example feed; checked by schema.ts, with every problem
 * named for the developer in the console. A newer load makes an older one
 * moot, and after a failed reload the last good copy of that URL stays.
 * Part of the lazily loaded code (see finder.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatProblems, parseJson, type DataProblem, type DataResult } from '../../core/data-input.js';
import { WarnOnce } from '../../core/warn-once.js';
import { describeFailure, loadFeed, type Fetcher, type LoadFailure, type LoadResult } from './feed.js';
import type { Feed } from './model.js';
import { parseFeed, type ParsedFeed } from './schema.js';

/** Where the feed comes from, as the element has it now. */
export interface FeedInput {
  readonly data?: unknown;
  /** The `<script type="application/json">` child, if any. */
  readonly child?: Element | null;
  /** The `src` URL, only when there is neither `data` nor a child (which win over it). */
  readonly url?: string;
  readonly fetcher?: Fetcher;
}

/** A request for the feed URL the element started while this code was loading. */
export interface EarlyLoad {
  readonly url: string;
  readonly result: Promise<LoadResult>;
}

/** Why there is no (fresh) list: a failed request, or data that is not a feed. */
export type FeedError = LoadFailure | { readonly kind: 'invalid'; readonly problems: readonly DataProblem[] };

/** The element the feed is loaded for: it updates when the feed changes; its tag name is used in console messages. */
export type FeedHost = ReactiveControllerHost & { readonly localName: string };

/** The last good feed per URL, shared by every finder on the page: shown again when a reload fails. */
const lastGood = new Map<string, ParsedFeed>();

/**
 * What a load gave: data to check, a failed request, or the example feed. The example feed
 * ships with the library, written in the schema's output form and checked against the schema
 * by its unit test, so it is taken as it is: no schema run at start.
 */
type RawFeed = DataResult<unknown> | { ok: false; failure: LoadFailure } | { ok: true; checked: Feed };

/** The example feed once loaded (server rendering loads it first, see `preloadSampleFeed`). */
let sampleFeed: Feed | undefined;

/** Loads the example feed ahead, so a server render can show it (a server render cannot wait). */
export async function preloadSampleFeed(): Promise<void> {
  sampleFeed ??= (await import('./sample-feed.js')).sampleFeed;
}

export class FeedController implements ReactiveController {
  /** A load is under way. */
  loading = false;
  /** Why the last load gave no (fresh) list. */
  error?: FeedError;
  /** The checked feed on display: the last load's, or the last good copy of its URL. */
  parsed?: ParsedFeed;
  private loadCount = 0;
  private abortLoad?: AbortController;
  private readonly warnings: WarnOnce;

  constructor(
    private readonly host: FeedHost,
    /** The element's feed source now. */
    private readonly input: () => FeedInput,
  ) {
    host.addController(this);
    this.warnings = new WarnOnce(`[digi-widgets] <${host.localName}>`);
  }

  /** The validated feed on display, if any. */
  get feed(): Feed | undefined {
    return this.parsed?.feed;
  }

  hostDisconnected(): void {
    this.abortLoad?.abort();
  }

  /**
   * Loads the feed from the element's current source; a newer call makes an
   * older one moot. `early`: the answer of a request already under way.
   */
  async reload(early?: EarlyLoad): Promise<void> {
    this.abortLoad?.abort();
    const controller = (this.abortLoad = new AbortController());
    const count = ++this.loadCount;
    const { url, fetcher } = this.input();
    this.loading = true;
    if (url && !this.parsed) this.parsed = lastGood.get(url);
    this.host.requestUpdate();
    let raw = this.readInline();
    if (!raw && url) {
      const request = early?.url === url ? early.result : loadFeed(url, { fetch: fetcher, signal: controller.signal });
      const result = await request.catch(() => undefined);
      if (!result) return; // aborted: a newer load runs
      raw = result.ok ? { ok: true, value: result.data } : result;
    } else if (!raw) {
      try {
        await preloadSampleFeed();
        raw = { ok: true, checked: sampleFeed! };
      } catch (error) {
        raw = { ok: false, failure: { kind: 'network', detail: String(error) } };
      }
    }
    if (count !== this.loadCount) return;
    this.accept(raw, url);
  }

  /**
   * The feed at once, for a server render: from `data`, the JSON child or the
   * preloaded example feed. False when it has to be fetched (`src`), which a
   * server render cannot wait for.
   */
  loadNow(): boolean {
    const raw = this.readInline() ?? (this.input().url || sampleFeed === undefined ? undefined : { ok: true as const, checked: sampleFeed });
    if (!raw) return false;
    this.accept(raw, undefined);
    return true;
  }

  /** The feed given in the page (the `data` property or the JSON child), if any. */
  private readInline(): RawFeed | undefined {
    const { data, child } = this.input();
    if (data !== undefined && data !== null) return typeof data === 'string' ? parseJson(data) : { ok: true, value: data };
    return child ? parseJson(child.textContent ?? '') : undefined;
  }

  private accept(raw: RawFeed, url: string | undefined): void {
    let error: FeedError | undefined;
    let parsed: ParsedFeed | undefined;
    if ('failure' in raw) error = raw.failure;
    else if ('checked' in raw) parsed = { feed: raw.checked, skipped: [], ignored: [] };
    else {
      const result = raw.ok ? parseFeed(raw.value) : raw;
      if (result.ok) parsed = result.value;
      else error = { kind: 'invalid', problems: result.problems };
    }
    this.report(error, parsed, url);
    this.loading = false;
    this.error = error;
    if (parsed && url) lastGood.set(url, parsed);
    // After a failure, the last good copy of this URL (if any) stays on screen.
    this.parsed = parsed ?? (url ? lastGood.get(url) : undefined);
    this.host.requestUpdate();
  }

  /** Tells developers, in English and once per problem, what was wrong with the feed. */
  private report(error: FeedError | undefined, parsed: ParsedFeed | undefined, url: string | undefined): void {
    const { data, child } = this.input();
    const source = data !== undefined && data !== null ? 'data' : child ? '<script type="application/json">' : url ? `src "${url}"` : 'the example feed';
    if (error) {
      const cached = url && lastGood.has(url) ? ' Showing the last good copy.' : '';
      console.error(
        `[digi-widgets] <${this.host.localName}> ${source}: ${error.kind === 'invalid' ? `not a valid feed:\n${formatProblems(error.problems)}` : describeFailure(error)}.${cached}`,
      );
    }
    for (const entry of parsed?.skipped ?? []) {
      this.warnings.warn(`${source}: left out refurbishers.${entry.index}${entry.id ? ` ("${entry.id}")` : ''}:\n${formatProblems(entry.problems)}`);
    }
    for (const entry of parsed?.ignored ?? []) {
      this.warnings.warn(`${source}: ignored fields of refurbishers.${entry.index} ("${entry.id}"), shown without them:\n${formatProblems(entry.problems)}`);
    }
  }
}

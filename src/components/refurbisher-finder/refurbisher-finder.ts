/**
 * `<digi-refurbisher-finder>`: find a recognised refurbisher for a school's
 * old devices. This module defines the class only; `define.ts` registers the tag.
 *
 * The element holds the public API, the search as reactive state, the title
 * and the introduction. The rest is loaded lazily from finder.ts: the feed
 * loader (feed-controller.ts), the search (search-controller.ts) with its
 * views (views/) and the feed's schema. Nothing can be shown before the feed
 * is there, and the first download stays small.
 */
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { JsonChild } from '../../core/json-child.js';
import { locales } from '../../generated/locales/refurbisher-finder/index.js';
import { msg } from '../../i18n/localize.js';
import { alert, alertStyles } from '../../primitives/alert.js';
import { heading, headingLevelOf, headingStyles, levelBelow } from '../../primitives/heading.js';
import { icon, iconStyles } from '../../primitives/icons.js';
import type { RefurbisherSelectDetail } from './events.js';
import type { Fetcher } from './feed.js';
import type { FeedController, FeedInput } from './feed-controller.js';
import type { Feed, Refurbisher } from './model.js';
import { refurbisherFinderStyles } from './refurbisher-finder.styles.js';
import type { SearchController, SearchState } from './search-controller.js';

export type { Feed, Refurbisher, SkippedEntry } from './model.js';
export type { Fetcher } from './feed.js';
export type { DigiRefurbisherFinderEventMap, RefurbisherSelectDetail } from './events.js';

type FinderModule = typeof import('./finder.js');
/** The finder's code once loaded, shared by every finder on the page. */
let finderModule: FinderModule | undefined;

/**
 * For server rendering (a server render cannot wait): loads the finder's code
 * and the example feed, and puts the finder's styles into the server's
 * output, where there are no adopted sheets.
 */
export async function preloadFinder(): Promise<void> {
  const module = (finderModule ??= await import('./finder.js'));
  await module.preloadSampleFeed();
  if (isServer) module.addServerStyles(DigiRefurbisherFinder, module.finderSheets);
}

/**
 * Helps ICT coordinators and school leaders find a recognised refurbisher
 * for their old laptops, Chromebooks and tablets: one that works in their
 * province, takes their kinds of device, and wipes data with a certificate.
 * Filter by postcode, device type, service, number of devices and language
 * (each option shows how many refurbishers it leaves); sort by distance,
 * name or last update; compare up to three side by side.
 *
 * The list comes from a JSON feed (format: see `schema.ts` and the README):
 * the `data` property, else a `<script type="application/json">` child, else
 * the `src` URL; without any of them, a feed of clearly fictional examples
 * is shown. Invalid entries are left out and named in the widget and the
 * console; the others show. A feed that cannot be loaded is named with a
 * "try again" button, and the last good copy of that URL stays on screen.
 * Nothing from the feed is rendered as HTML, and links are made only for
 * http(s) addresses. The person's position is asked for only after a click
 * on "use my location", and never leaves the browser.
 *
 * @summary Find a recognised refurbisher near the school that takes its old devices.
 *
 * @event digi-refurbisher-select - When the person chooses a refurbisher with the button that `choose-label` adds, or undoes that choice. `detail` is a `RefurbisherSelectDetail`.
 *
 * @csspart base - The widget's wrapper.
 * @csspart notice - The messages above the finder: example data, a failed load, entries left out.
 * @csspart filters - The search and filter form (in a narrow widget folded behind "Filters (n)" until opened).
 * @csspart results - The results column: count, sort order, list.
 * @csspart compare - The comparison, across the full width above filters and results: its facts' table and the answers behind a disclosure.
 * @csspart result - Each refurbisher's card.
 *
 * @cssprop --digi-refurbisher-finder-filters-width - Width of the filter column beside the results, in a widget at least 42 times its text size wide (default 18 x the theme unit).
 */
export class DigiRefurbisherFinder extends DigiElement {
  static override locales = locales;

  static override styles = [
    ...DigiElement.styles,
    DigiElement.reservedSpace('refurbisher-finder'),
    iconStyles,
    alertStyles,
    headingStyles,
    refurbisherFinderStyles,
  ];

  /** URL of the JSON feed; fetched when the element has no `data` and no JSON child. */
  @property() src?: string;

  /** The feed itself: an object, or the same as JSON text. Wins over a JSON child and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Replaces `window.fetch` for the feed (tests, stories, or a site's own caching). */
  @property({ attribute: false }) fetcher?: Fetcher;

  /** Level (2-6) of the widget's title; its sections and the result cards take the next levels. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /**
   * Opt-in: keep the search in the page URL's fragment, so a link opens the
   * same search. The value is the fragment parameter's name
   * (`digi-refurbishers` when empty). The person's position is never stored.
   */
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;

  /**
   * The search to start with, in the form the link state uses, e.g.
   * `pc=3500&d=laptop.tablet&s=pickup&l=nl&n=20&sort=name&c=id1 id2`
   * (postcode, device types, services, languages, number of devices, sort
   * order, refurbishers to compare). Read once, at start; a shared link wins.
   */
  @property({ attribute: 'initial-search' }) initialSearch?: string;

  /**
   * Opt-in: the words on a choose button on every card, saying what choosing
   * does on this site, e.g. `Vraag een offerte aan`. A choice fires
   * `digi-refurbisher-select` for the site to act on. Without it the cards
   * have no choose button: on its own the widget does nothing with a choice.
   */
  @property({ attribute: 'choose-label' }) chooseLabel?: string;

  /**
   * The person's search: the filters as typed, the sort order, the location,
   * the comparison, the chosen refurbisher, the page and the open cards. Set
   * once the code has loaded; the search controller hands back each next state.
   */
  @state() private search?: SearchState;
  /** The finder's code could not be loaded. */
  @state() private codeMissing = false;

  /** The feed loader and the search, once the code has loaded. */
  private loader?: FeedController;
  private finder?: SearchController;
  private starting?: Promise<void>;
  private readonly pending = new Set<Promise<unknown>>();
  // A site may fill or replace its JSON child after the element upgrades.
  private readonly json = new JsonChild(this, () => void this.reload());

  /** The validated feed on display, if any. */
  get feed(): Feed | undefined {
    return this.loader?.feed;
  }

  /** The refurbishers that pass the current filters, in display order. */
  get found(): Refurbisher[] {
    return this.finder?.found ?? [];
  }

  /** Loads the feed again, as the "try again" button does. */
  async reload(): Promise<void> {
    if (this.loader) await this.track(this.loader.reload());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.reload();
  }

  /** Also waits for the code, the feed or the postcode table while they load, so tests and stories see the outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pending.size) {
      await Promise.allSettled([...this.pending]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Hydrating a server render that shows results: the first update waits for
   * the code and the feed, so it draws what the server drew (nothing moves).
   */
  protected override loadBeforeUpdate(): Promise<unknown> | undefined {
    const waiting = this.fromServer && !this.hasUpdated && !this.input().url && !this.finder && !this.codeMissing;
    return waiting ? this.start() : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) {
      // A server render cannot wait: results only when the code and the feed are at hand (see prepareServerRender).
      if (!this.finder && finderModule && this.createFinder(finderModule).loadNow()) this.finder!.hostUpdate();
      return;
    }
    if (!this.hasUpdated) {
      this.json.read();
      void this.start();
    } else if (changed.has('src') || changed.has('data') || changed.has('fetcher')) void this.reload();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  /** Loads the finder's code and lets it load the feed; a feed URL is fetched at the same time as the code. Once. */
  private start(): Promise<void> {
    this.starting ??= this.track(
      (async () => {
        const input = this.input();
        // The fetch code is a small chunk of its own, so a page whose feed ships with it never loads it first.
        const early = input.url ? import('./feed.js').then((feed) => feed.loadFeed(input.url!, { fetch: this.fetcher })) : undefined;
        // When it cannot load, the finder's code (which needs it too) cannot either: that failure is told below.
        early?.catch(() => undefined);
        try {
          finderModule ??= await import('./finder.js');
        } catch (error) {
          // Offline, or the file is missing on the server.
          this.codeMissing = true;
          console.error(`[digi-widgets] <${this.localName}> could not load its code (finder chunk).`, error);
          return;
        }
        await this.createFinder(finderModule).reload(early && { url: input.url!, result: early });
      })(),
    );
    return this.starting;
  }

  /** The feed loader and the search, on the element's state; returns the loader. */
  private createFinder(module: FinderModule): FeedController {
    const loader = (this.loader = new module.FeedController(this, () => this.input()));
    this.finder = new module.SearchController(this, loader, {
      state: () => this.search!,
      setState: (next) => (this.search = { ...this.search!, ...next }),
      locale: () => this.intlLocale,
      localize: (translate) => this.localize(translate),
      select: (refurbisher) => this.emit<RefurbisherSelectDetail>('digi-refurbisher-select', { refurbisher }),
      track: (work) => this.track(work),
    });
    return loader;
  }

  /** Where the feed comes from now: `url` only when neither `data` nor a JSON child is there. */
  private input(): FeedInput {
    const { data, src, fetcher } = this;
    const child = this.json.element;
    const url = (data === undefined || data === null) && !child ? src : undefined;
    return { data, child, url, fetcher };
  }

  protected override get settled(): boolean {
    return this.codeMissing || (this.loader !== undefined && !this.loader.loading);
  }

  protected override regionName(): string {
    return msg('Vind een erkende refurbisher');
  }

  protected renderContent(): unknown {
    const level = headingLevelOf(this.headingLevel);
    return html`<div class="finder">
      ${this.hideTitle
        ? nothing
        : html`${heading(this.regionName(), { level })}
            <p class="intro">
              ${msg(
                'Een erkende refurbisher heeft de vergunningen om oude laptops, Chromebooks en tablets te verwerken, en wist uw gegevens veilig. Zoek er een die in uw provincie werkt en uw toestellen aanneemt.',
              )}
            </p>`}
      ${this.finder
        ? this.finder.render(level)
        : this.codeMissing
          ? alert({
              tone: 'danger',
              part: 'notice',
              headingLevel: levelBelow(level, 1),
              title: msg('De zoekhulp kon niet geladen worden'),
              message: msg('Controleer uw internetverbinding en laad de pagina opnieuw.'),
            })
          : html`<p class="loading">${icon('spinner')}<span>${msg('De lijst van refurbishers wordt geladen…')}</span></p>`}
    </div>`;
  }
}

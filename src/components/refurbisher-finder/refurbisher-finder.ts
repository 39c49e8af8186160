/**
 * `<digi-refurbisher-finder>`: find a recognised refurbisher for a school's
 * old devices. This module defines the class only; `define.ts` registers the tag.
 *
 * The element is a thin frame: its public API, title and introduction. The
 * work (loading and checking the feed, the search, the comparison) is the
 * `Finder` controller in finder.ts, loaded lazily: nothing can be shown
 * before the feed is there, and the first download stays small.
 */
import { html, isServer, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { addServerStyles, adoptLateStyles } from '../../core/late-styles.js';
import { locales } from '../../generated/locales/refurbisher-finder/index.js';
import { msg } from '../../i18n/localize.js';
import { alert, alertStyles } from '../../primitives/alert.js';
import { icon, iconStyles } from '../../primitives/icons.js';
import { loadFeed, type Fetcher } from './feed.js';
import type { Finder } from './finder.js';
import type { Feed, Refurbisher } from './model.js';
import { refurbisherFinderStyles } from './refurbisher-finder.styles.js';

export type { Feed, Refurbisher, SkippedEntry } from './model.js';
export type { Fetcher } from './feed.js';

/** The detail of `digi-refurbisher-select`: the chosen refurbisher, or null when the choice is undone. */
export interface RefurbisherSelectDetail {
  refurbisher: Refurbisher | null;
}

const defaultShareKey = 'digi-refurbishers';

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
  if (isServer) addServerStyles(DigiRefurbisherFinder, module.finderSheets);
}

/** The events `<digi-refurbisher-finder>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiRefurbisherFinderEventMap {
  'digi-refurbisher-select': CustomEvent<RefurbisherSelectDetail>;
}

declare global {
  // Typed `addEventListener('digi-refurbisher-select', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-refurbisher-select': CustomEvent<RefurbisherSelectDetail>;
  }
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
 * @fires digi-refurbisher-select - When the person chooses a refurbisher ("Kies deze refurbisher") or undoes that choice. `detail` is a `RefurbisherSelectDetail`.
 *
 * @csspart base - The widget's wrapper.
 * @csspart notice - The messages above the finder: example data, a failed load, entries left out.
 * @csspart filters - The search and filter form.
 * @csspart results - The results column: count, sort order, comparison, list.
 * @csspart compare - The comparison section with its table.
 * @csspart result - Each refurbisher's card.
 *
 * @cssprop --digi-refurbisher-finder-filters-width - Width of the filter column beside the results when there is room (default 18 x the theme unit).
 */
export class DigiRefurbisherFinder extends DigiElement {
  static override locales = locales;

  static override styles = [...DigiElement.styles, iconStyles, alertStyles, refurbisherFinderStyles];

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

  @state() private finder?: Finder;
  @state() private codeMissing = false;

  private sheets: readonly CSSResult[] = [];
  private starting?: Promise<void>;
  private readonly pending = new Set<Promise<unknown>>();
  private childText?: string;
  private childObserver?: MutationObserver;

  /** The validated feed on display, if any. */
  get feed(): Feed | undefined {
    return this.finder?.feed;
  }

  /** The refurbishers that pass the current filters, in display order. */
  get found(): Refurbisher[] {
    return this.finder?.found ?? [];
  }

  /** Loads the feed again, as the "try again" button does. */
  async reload(): Promise<void> {
    await this.finder?.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A site may fill or replace its JSON child after the element upgrades.
    this.childObserver = new MutationObserver(() => {
      const text = this.jsonChild?.textContent ?? undefined;
      if (text !== this.childText) void this.reload();
      this.childText = text;
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
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
      if (!this.finder && finderModule) this.createFinder(finderModule).loadNow();
      return;
    }
    if (!this.hasUpdated) {
      this.childText = this.jsonChild?.textContent ?? undefined;
      void this.start();
    } else if (changed.has('src') || changed.has('data') || changed.has('fetcher')) void this.reload();
    if (changed.has('shareUrl') && this.shareUrl && this.shareKey() !== this.shareUrl) {
      console.warn(
        `[digi-widgets] <${this.localName}> share-url="${this.shareUrl}": use letters, digits, - and _ (at most 40); using "${defaultShareKey}".`,
      );
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The finder's styles arrive with its code; keep them after the theme's and the component's.
    adoptLateStyles(this.renderRoot, this.sheets);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
  }

  private shareKey(): string | undefined {
    if (this.shareUrl === null || this.shareUrl === undefined) return undefined;
    return /^[\w-]{1,40}$/.test(this.shareUrl) ? this.shareUrl : defaultShareKey;
  }

  /** Loads the finder's code and lets it load the feed; a feed URL is fetched at the same time as the code. Once. */
  private start(): Promise<void> {
    this.starting ??= this.track(
      (async () => {
        const input = this.input();
        const early = input.url ? loadFeed(input.url, { fetch: this.fetcher }) : undefined;
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

  private createFinder(module: FinderModule): Finder {
    this.sheets = module.finderSheets;
    this.finder = new module.Finder({
      localName: this.localName,
      input: () => this.input(),
      addController: (controller) => this.addController(controller),
      requestUpdate: () => this.requestUpdate(),
      whenUpdated: () => this.updateComplete,
      root: () => this.renderRoot,
      intlLocale: () => this.intlLocale,
      level: () => this.level,
      shareKey: () => this.shareKey(),
      initialSearch: () => this.initialSearch,
      localize: (translate) => this.localize(translate),
      select: (refurbisher) => this.emit<RefurbisherSelectDetail>('digi-refurbisher-select', { refurbisher }),
      track: (work) => this.track(work),
    });
    return this.finder;
  }

  /** Where the feed comes from now: `url` only when neither `data` nor a JSON child is there. */
  private input() {
    const { data, src, fetcher } = this;
    const child = this.jsonChild;
    const url = (data === undefined || data === null) && !child ? src : undefined;
    return { data, child, url, fetcher };
  }

  protected renderContent(): unknown {
    return html`<div class="finder">
      <div class="heading" role="heading" aria-level=${this.level}>${msg('Vind een erkende refurbisher')}</div>
      <p class="intro">
        ${msg(
          'Een erkende refurbisher heeft de vergunningen om oude laptops, Chromebooks en tablets te verwerken, en wist uw gegevens veilig. Zoek er een die in uw provincie werkt en uw toestellen aanneemt.',
        )}
      </p>
      ${this.finder
        ? this.finder.render()
        : this.codeMissing
          ? alert({
              tone: 'danger',
              part: 'notice',
              headingLevel: Math.min(6, this.level + 1) as 3,
              title: msg('De zoekhulp kon niet geladen worden'),
              message: msg('Controleer uw internetverbinding en laad de pagina opnieuw.'),
            })
          : html`<p class="loading">${icon('spinner')}<span>${msg('De lijst van refurbishers wordt geladen…')}</span></p>`}
    </div>`;
  }
}

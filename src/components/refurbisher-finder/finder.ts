/**
 * Everything `<digi-refurbisher-finder>` does once it runs: loading and
 * checking the feed, the messages about it, the filter form, the results,
 * the comparison and the optional link state. A Lit reactive controller the
 * element loads lazily, so the widget's first download stays small; nothing
 * could be shown before the feed is there anyway. Its styles come along
 * (`finderSheets`) and the element adopts them.
 */
import { html, isServer, nothing, type CSSResult, type ReactiveController, type TemplateResult } from 'lit';
import { formatProblems, parseJson, type DataProblem, type DataResult } from '../../core/data-input.js';
import { msg, str } from '../../i18n/localize.js';
import { alert } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { button, buttonStyles } from '../../primitives/button.js';
import { card, cardStyles } from '../../primitives/card.js';
import { checkboxGroup, choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosure, disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles, selectField, textField } from '../../primitives/field.js';
import { icon } from '../../primitives/icons.js';
import {
  indexEntries,
  isFiltered,
  loosen,
  loosenings,
  search,
  type Entry,
  type FacetCounts,
  type Filters,
  type Loosening,
} from './filter.js';
import { describeFailure, loadFeed, type Fetcher, type LoadFailure, type LoadResult } from './feed.js';
import { finderStyles } from './finder.styles.js';
import { deviceTypes, languages, services, type Coordinates, type DeviceType, type Feed, type Language, type Refurbisher, type Service } from './model.js';
import { parsePostcode } from './postcode.js';
import { parseFeed, type ParsedFeed } from './schema.js';
import { distanceKm } from './geo.js';
import { reorder, sortByName, type SortKey } from './sort.js';
import { destinationLabel, deviceTypeLabel, provinceLabel, serviceLabel } from './texts.js';
import { feesFact, problemList, recognitionFact, warrantyFact, wipingLevelFact, wipingReportFact, type Fact, type FactFormat } from './details.js';
import { decodeState, encodeState, readFragment, writeFragment, type SharedState } from './url-state.js';

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

/** What the finder needs from the element that shows it. */
export interface FinderHost {
  /** Tag name, for console messages. */
  readonly localName: string;
  input(): FeedInput;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  /** Resolves after the pending render. */
  whenUpdated(): Promise<unknown>;
  root(): HTMLElement | DocumentFragment;
  /** BCP 47 tag for Intl formatters. */
  intlLocale(): string;
  /** Heading level of the widget's title (2-6). */
  level(): number;
  /** The fragment parameter for the link state; undefined when it is off. */
  shareKey(): string | undefined;
  /** The search to start with (the `initial-search` attribute), in the link state's form. */
  initialSearch(): string | undefined;
  /** Runs `translate` in the element's locale (for texts outside a render). */
  localize<T>(translate: () => T): T;
  /** The person chose a refurbisher, or undid the choice (null). */
  select(refurbisher: Refurbisher | null): void;
  /** Work that `updateComplete` should wait for. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** The styles of what the search renders, for the element to adopt once this module has loaded. */
export const finderSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, disclosureStyles, cardStyles, finderStyles];

const pageSize = 10;
const maxCompared = 3;
const announcePause = 500;

/** A link target only for http(s) addresses: never `javascript:` or `data:`, whatever the data says. */
const safeHref = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Why there is no (fresh) list: a failed request, or data that is not a feed. */
export type FeedError = LoadFailure | { readonly kind: 'invalid'; readonly problems: readonly DataProblem[] };

/** The last good feed per URL, shared by every finder on the page: shown again when a reload fails. */
const lastGood = new Map<string, ParsedFeed>();

type RawFeed = DataResult<unknown> | { ok: false; failure: LoadFailure };

/** The example feed once loaded (server rendering loads it first, see `preloadSampleFeed`). */
let sampleFeed: unknown;

/** Loads the example feed ahead, so a server render can show it (a server render cannot wait). */
export async function preloadSampleFeed(): Promise<void> {
  sampleFeed ??= (await import('./sample-feed.js')).sampleFeed;
}

export class Finder implements ReactiveController {
  /** The postcode, search words and number of devices exactly as typed. */
  private postcode = '';
  private query = '';
  private devices = '';
  private deviceTypes: readonly DeviceType[] = [];
  private services: readonly Service[] = [];
  private languages: readonly Language[] = [];
  private purgeOrBetter = false;
  private sortKey?: SortKey;
  private postcodeLeft = false;
  /** The browser's position, after "use my location". */
  private deviceOrigin?: Coordinates;
  private geoStatus?: 'busy' | 'denied' | 'failed';
  private compared: readonly string[] = [];
  private selected?: string;
  private shown = pageSize;

  private loading = false;
  private feedError?: FeedError;
  private parsed?: ParsedFeed;
  private loadCount = 0;
  private abortLoad?: AbortController;
  private readonly reported = new Set<string>();

  private entries: Entry[] = [];
  private byId = new Map<string, Refurbisher>();
  /** The entries in name order, made once per feed and locale; `sorted` re-sorts it. */
  private byName: Entry[] = [];
  private byNameFor = '';
  private sorted: Entry[] = [];
  private sortedFor = '';
  private readonly orders = new Map<string, Entry[]>();
  /** Cards whose disclosure is open: only those render their answers (a long list stays quick). */
  private open = new Set<string>();
  private results: Entry[] = [];
  private facets?: FacetCounts;
  private locatePostcode?: (postcode: number) => Coordinates | undefined;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastShared?: string;
  private formatters?: { locale: string; number: Intl.NumberFormat; date: Intl.DateTimeFormat; languages: Map<string, string> };

  constructor(private readonly host: FinderHost) {
    host.addController(this);
    // A shared link wins: it is what the person opened.
    if (!this.readShared()) this.apply(decodeState(host.initialSearch() ?? ''));
  }

  /** The validated feed on display, if any. */
  get feed(): Feed | undefined {
    return this.parsed?.feed;
  }

  /** The refurbishers that pass the current filters, in display order. */
  get found(): Refurbisher[] {
    return this.results.map((entry) => entry.record);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.readShared);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.readShared);
    clearTimeout(this.announceTimer);
    this.abortLoad?.abort();
  }

  hostUpdate(): void {
    this.filter();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  // ---- the feed ----

  /**
   * Loads the feed from the element's current source; a newer call makes an
   * older one moot. `early`: the answer of a request already under way.
   */
  reload(early?: EarlyLoad): Promise<void> {
    return this.host.track(this.load(early));
  }

  private async load(early?: EarlyLoad): Promise<void> {
    this.abortLoad?.abort();
    const controller = (this.abortLoad = new AbortController());
    const count = ++this.loadCount;
    const { url, fetcher } = this.host.input();
    this.loading = true;
    if (url && !this.parsed) this.show(lastGood.get(url));
    this.update();
    let raw = this.readInline();
    if (!raw && url) {
      const request = early?.url === url ? early.result : loadFeed(url, { fetch: fetcher, signal: controller.signal });
      const result = await request.catch(() => undefined);
      if (!result) return; // aborted: a newer load runs
      raw = result.ok ? { ok: true, value: result.data } : result;
    } else if (!raw) {
      try {
        await preloadSampleFeed();
        raw = { ok: true, value: sampleFeed };
      } catch (error) {
        raw = { ok: false, failure: { kind: 'network', detail: String(error) } };
      }
    }
    if (count !== this.loadCount) return;
    this.accept(raw, url);
  }

  /**
   * The feed at once, for a server render: from `data`, the JSON child or the
   * preloaded example feed, with the filters applied. False when it has to be
   * fetched (`src`), which a server render cannot wait for.
   */
  loadNow(): boolean {
    const raw = this.readInline() ?? (this.host.input().url || sampleFeed === undefined ? undefined : { ok: true as const, value: sampleFeed });
    if (!raw) return false;
    this.accept(raw, undefined);
    this.filter();
    return true;
  }

  /** The feed given in the page (the `data` property or the JSON child), if any. */
  private readInline(): RawFeed | undefined {
    const { data, child } = this.host.input();
    if (data !== undefined && data !== null) return typeof data === 'string' ? parseJson(data) : { ok: true, value: data };
    return child ? parseJson(child.textContent ?? '') : undefined;
  }

  private accept(raw: RawFeed, url: string | undefined): void {
    let error: FeedError | undefined;
    let parsed: ParsedFeed | undefined;
    if ('failure' in raw) error = raw.failure;
    else {
      const result = raw.ok ? parseFeed(raw.value) : raw;
      if (result.ok) parsed = result.value;
      else error = { kind: 'invalid', problems: result.problems };
    }
    this.report(error, parsed, url);
    this.loading = false;
    this.feedError = error;
    if (parsed && url) lastGood.set(url, parsed);
    // After a failure, the last good copy of this URL (if any) stays on screen.
    this.show(parsed ?? (url ? lastGood.get(url) : undefined));
    this.update();
  }

  private show(parsed: ParsedFeed | undefined): void {
    if (parsed === this.parsed) return;
    this.parsed = parsed;
    this.entries = indexEntries(parsed?.feed.refurbishers ?? []);
    this.byId = new Map(this.entries.map((entry) => [entry.record.id, entry.record]));
    this.sortedFor = this.byNameFor = '';
  }

  /** Tells developers, in English and once per problem, what was wrong with the feed. */
  private report(error: FeedError | undefined, parsed: ParsedFeed | undefined, url: string | undefined): void {
    const { data, child } = this.host.input();
    const source = data !== undefined && data !== null ? 'data' : child ? '<script type="application/json">' : url ? `src "${url}"` : 'the example feed';
    const where = `[digi-widgets] <${this.host.localName}> ${source}:`;
    if (error) {
      const cached = url && lastGood.has(url) ? ' Showing the last good copy.' : '';
      console.error(`${where} ${error.kind === 'invalid' ? `not a valid feed:\n${formatProblems(error.problems)}` : describeFailure(error)}.${cached}`);
    }
    for (const entry of parsed?.skipped ?? []) {
      const line = `${where} left out refurbishers.${entry.index}${entry.id ? ` ("${entry.id}")` : ''}:\n${formatProblems(entry.problems)}`;
      if (!this.reported.has(line)) console.warn(line);
      this.reported.add(line);
    }
    for (const entry of parsed?.ignored ?? []) {
      const line = `${where} ignored fields of refurbishers.${entry.index} ("${entry.id}"), shown without them:\n${formatProblems(entry.problems)}`;
      if (!this.reported.has(line)) console.warn(line);
      this.reported.add(line);
    }
  }

  private async retry(): Promise<void> {
    await this.reload();
    await this.host.whenUpdated();
    if (this.feedError) {
      announce(this.host.localize(() => this.errorTitle()), 'assertive');
    } else {
      // The button is gone: put focus where the list starts.
      this.host.root().querySelector<HTMLElement>('#results-title')?.focus();
      announce(this.host.localize(() => this.countText()));
    }
  }

  // ---- the search ----

  private get postcodeResult() {
    return parsePostcode(this.postcode);
  }

  /** The number of devices, or 'invalid' when what was typed is not a whole number from 1. */
  private get deviceCount(): number | 'invalid' | undefined {
    const text = this.devices.trim();
    if (!text) return undefined;
    return /^\d{1,6}$/.test(text) && Number(text) >= 1 ? Number(text) : 'invalid';
  }

  private get filters(): Filters {
    const postcode = this.postcodeResult;
    const devices = this.deviceCount;
    return {
      query: this.query,
      province: postcode.ok ? postcode.province : undefined,
      deviceTypes: this.deviceTypes,
      services: this.services,
      languages: this.languages,
      devices: typeof devices === 'number' ? devices : undefined,
      purgeOrBetter: this.purgeOrBetter || undefined,
    };
  }

  private get origin(): Coordinates | undefined {
    const postcode = this.postcodeResult;
    return this.deviceOrigin ?? (postcode.ok ? this.locatePostcode?.(postcode.postcode) : undefined);
  }

  private get activeSort(): SortKey {
    const key = this.sortKey ?? 'distance';
    return key === 'distance' && !this.origin ? 'name' : key;
  }

  /** Sorts when the order can have changed, then filters (which keeps the order). */
  private filter(): void {
    const origin = this.origin;
    const locale = this.host.intlLocale();
    if (this.byNameFor !== locale) {
      this.byNameFor = locale;
      this.sortedFor = '';
      this.orders.clear();
      this.byName = sortByName(this.entries, new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare);
    }
    const sort = this.activeSort;
    const key = sort === 'distance' ? `${origin!.lat},${origin!.lon}` : sort;
    if (key !== this.sortedFor) {
      this.sortedFor = key;
      // The name and update orders do not change with the origin: keep them while the feed and locale stay.
      const cached = this.orders.get(key);
      this.sorted = cached ?? reorder(this.byName, sort, origin);
      if (sort !== 'distance') this.orders.set(key, this.sorted);
    }
    const { results, counts } = search(this.sorted, this.filters);
    this.results = results;
    this.facets = counts;
  }

  /** After a change by the person: re-render from the first page, announce the count after a pause, update the link. */
  private changed(): void {
    this.shown = pageSize;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => announce(this.host.localize(() => this.countText())), announcePause);
    this.writeShared();
    this.update();
  }

  private setPostcode(value: string): void {
    this.postcode = value;
    this.deviceOrigin = undefined;
    this.geoStatus = undefined;
    this.locatePostcodes();
    this.changed();
  }

  /** Loads the table of postcode locations once there is a valid postcode. */
  private locatePostcodes(): void {
    if (!this.postcodeResult.ok || this.locatePostcode) return;
    void this.host.track(
      import('./postcode-locations.js').then((module) => {
        this.locatePostcode = module.approximateLocation;
        this.sortedFor = '';
        this.update();
      }),
    );
  }

  private useMyLocation(): void {
    const failed = (status: 'denied' | 'failed') => {
      this.geoStatus = status;
      announce(this.host.localize(() => this.geoText()!));
      this.update();
    };
    if (!('geolocation' in navigator)) return failed('failed');
    this.geoStatus = 'busy';
    this.update();
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.deviceOrigin = { lat: coords.latitude, lon: coords.longitude };
        this.geoStatus = undefined;
        this.sortKey = 'distance';
        this.changed();
      },
      (error) => failed(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { maximumAge: 600_000, timeout: 20_000 },
    );
  }

  private forgetLocation(): void {
    this.deviceOrigin = undefined;
    this.changed();
  }

  private clearAll(): void {
    this.postcode = this.query = this.devices = '';
    this.deviceTypes = this.services = this.languages = [];
    this.purgeOrBetter = false;
    this.deviceOrigin = undefined;
    this.postcodeLeft = false;
    this.changed();
  }

  private applyLoosening(loosening: Loosening): void {
    const next = loosen(this.filters, loosening);
    if (loosening.kind === 'province') this.postcode = '';
    if (loosening.kind === 'devices') this.devices = '';
    this.query = next.query;
    this.deviceTypes = next.deviceTypes;
    this.services = next.services;
    this.languages = next.languages;
    this.purgeOrBetter = next.purgeOrBetter === true;
    this.changed();
  }

  private toggleCompare(record: Refurbisher): void {
    const on = this.compared.includes(record.id);
    if (!on && this.compared.length >= maxCompared) {
      announce(this.host.localize(() => msg('U kunt tot 3 refurbishers vergelijken. Haal er eerst een uit de vergelijking.')), 'assertive');
      return;
    }
    this.compared = on ? this.compared.filter((id) => id !== record.id) : [...this.compared, record.id];
    announce(
      this.host.localize(() =>
        on
          ? msg(str`${record.name} is uit de vergelijking gehaald.`)
          : msg(str`${record.name} staat in de vergelijking (${this.compared.length} van 3).`),
      ),
    );
    this.writeShared();
    this.update();
  }

  private choose(record: Refurbisher): void {
    const undo = this.selected === record.id;
    this.selected = undo ? undefined : record.id;
    this.host.select(undo ? null : record);
    this.update();
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    this.shown += pageSize;
    this.update();
    await this.host.whenUpdated();
    // Focus the first new result, so keyboard users go on where the list grew.
    this.host.root().querySelectorAll<HTMLElement>('.results > li')[first]?.focus();
  }

  // ---- the link (opt-in) ----

  /** Takes the search from the URL fragment when there is one; true when it did. */
  private readonly readShared = (): boolean => {
    const key = this.host.shareKey();
    const encoded = key && !isServer ? readFragment(window.location.hash, key) : undefined;
    if (encoded === undefined || encoded === this.lastShared) return false;
    this.lastShared = encoded;
    this.apply(decodeState(encoded));
    return true;
  };

  private apply(state: SharedState): void {
    this.postcode = state.postcode;
    this.query = state.query;
    this.devices = state.devices;
    this.deviceTypes = state.deviceTypes;
    this.services = state.services;
    this.languages = state.languages;
    this.purgeOrBetter = state.purgeOrBetter === true;
    this.sortKey = state.sort;
    this.compared = state.compare;
    this.deviceOrigin = undefined;
    this.locatePostcodes();
    this.update();
  }

  private writeShared(): void {
    const key = this.host.shareKey();
    if (!key) return;
    const encoded = encodeState({
      postcode: this.postcode,
      query: this.query,
      devices: this.devices,
      deviceTypes: this.deviceTypes,
      services: this.services,
      languages: this.languages,
      purgeOrBetter: this.purgeOrBetter,
      sort: this.sortKey,
      compare: this.compared,
    });
    if (encoded === this.lastShared) return;
    this.lastShared = encoded;
    const url = new URL(window.location.href);
    url.hash = writeFragment(url.hash, key, encoded);
    // Replace, not push: filtering must not fill the back button's history.
    history.replaceState(history.state, '', url);
  }

  // ---- words ----

  private errorTitle(): string {
    return this.parsed ? msg('De lijst kon niet vernieuwd worden') : msg('De lijst van refurbishers kon niet geladen worden');
  }

  private errorText(error: FeedError): unknown {
    switch (error.kind) {
      case 'network':
        return msg('Er kwam geen antwoord van de server. Controleer uw internetverbinding en probeer het opnieuw.');
      case 'timeout':
        return msg(str`De server antwoordde niet binnen ${error.seconds} seconden. Probeer het opnieuw.`);
      case 'http':
        return msg(str`De server gaf een fout (HTTP ${error.status}). Probeer het later opnieuw, of meld het aan wie de website beheert.`);
      case 'json':
      case 'content-type':
        return msg('De server stuurde geen geldige lijst (geen JSON). Meld het aan wie de website beheert.');
      case 'too-large':
        return msg(str`De lijst is groter dan ${Math.round(error.maxBytes / 1024 / 1024)} MB en wordt niet geladen. Meld het aan wie de website beheert.`);
      case 'invalid':
        return html`${msg('De gegevens hebben niet de vorm van een lijst van refurbishers. Voor wie de website beheert:')}
          <ul>
            ${error.problems.map((problem) => html`<li><code>${problem.path || 'feed'}</code>: <span lang="en">${problem.message}</span></li>`)}
          </ul>`;
    }
  }

  private countText(): string {
    const count = this.results.length;
    return count === 0
      ? msg('Geen refurbishers gevonden')
      : count === 1
        ? msg('1 refurbisher gevonden')
        : msg(str`${this.number(count)} refurbishers gevonden`);
  }

  private geoText(): string | undefined {
    return this.geoStatus === 'denied'
      ? msg('U gaf geen toestemming om uw locatie te gebruiken. Typ uw postcode in de plaats.')
      : this.geoStatus === 'failed'
        ? msg('Uw locatie kon niet bepaald worden. Typ uw postcode in de plaats.')
        : undefined;
  }

  /** Intl formatters for the current locale, made once per locale (a long list formats many values). */
  private get intl() {
    const locale = this.host.intlLocale();
    if (this.formatters?.locale !== locale) {
      this.formatters = {
        locale,
        number: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
        date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
        languages: new Map(languages.map((code) => [code, new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code])),
      };
    }
    return this.formatters;
  }

  private number(value: number): string {
    return this.intl.number.format(value);
  }

  private languageName(code: string): string {
    return this.intl.languages.get(code) ?? code;
  }

  /** "about 12 km" from the postcode or position, as the crow flies; undefined when either place is unknown. */
  private distanceText(record: Refurbisher): string | undefined {
    const [origin, at] = [this.origin, record.address.coordinates];
    return origin && at ? msg(str`ongeveer ${this.number(Math.max(1, distanceKm(origin, at)))} km`) : undefined;
  }

  private heading(text: unknown, depth: 1 | 2, id?: string): TemplateResult {
    return html`<div
      class="heading heading--${depth}"
      role="heading"
      aria-level=${Math.min(6, this.host.level() + depth)}
      id=${id ?? nothing}
      tabindex=${id ? -1 : nothing}
    >
      ${text}
    </div>`;
  }

  /** Every fact about a refurbisher as label and value, the same rows for each; `essential` ones show on its card. */
  private facts(r: Refurbisher): Fact[] {
    const list = (values: readonly string[]) => values.join(', ') || '–';
    const wiping = r.dataWiping;
    const fact = (label: string, value: unknown, essential = true) => ({ label, value, essential });
    const format: FactFormat = {
      lang: this.feed!.lang,
      number: (value) => this.number(value),
      date: (isoDate) => this.intl.date.format(new Date(`${isoDate}T00:00:00Z`)),
    };
    return [
      recognitionFact(r, format),
      fact(msg('Toestellen'), list(r.deviceTypes.map(deviceTypeLabel))),
      fact(msg('Diensten'), list(r.services.map(serviceLabel))),
      fact(
        msg('Ophalen op school'),
        r.services.includes('pickup')
          ? msg(str`Ja, vanaf ${this.number(r.pickup?.minimumDevices ?? 1)} toestellen`)
          : msg('Nee, u brengt de toestellen zelf binnen'),
      ),
      fact(msg('Neemt aan'), msg(str`vanaf ${this.number(r.minimumDevices)} toestellen`), r.minimumDevices > 1),
      fact(
        msg('Gegevens wissen'),
        html`<span lang=${this.feed!.lang}>${wiping.method}</span>;
          ${wiping.certificate ? msg('met certificaat per toestel') : msg('zonder certificaat')}${wiping.onSiteDestruction
            ? html`; ${msg('schijven kunnen op school vernietigd worden')}`
            : nothing}`,
      ),
      wipingLevelFact(r),
      fact(msg('Talen'), list(r.languages.map((code) => this.languageName(code)))),
      fact(msg('Werkt in'), list(r.provinces.map(provinceLabel)), false),
      fact(msg('Wat er met de toestellen gebeurt'), list(r.destinations.map(destinationLabel)), false),
      wipingReportFact(r),
      fact(msg('Vergunningen en erkenningen'), list(r.permits), false),
      fact(msg('Certificeringen'), list(r.certifications), false),
      warrantyFact(r, format),
      feesFact(r, format),
      fact(msg('Bijgewerkt'), format.date(r.updated)),
    ];
  }

  // ---- rendering ----

  /** The messages about the feed, then the search; while nothing is loaded yet, a loading line. */
  render(): TemplateResult {
    const error = this.feedError;
    const skipped = this.parsed?.skipped ?? [];
    const ignored = this.parsed?.ignored ?? [];
    const notice = { part: 'notice', headingLevel: Math.min(6, this.host.level() + 1) as 3 };
    return html`${this.feed?.sample
      ? alert({
          ...notice,
          title: msg('Voorbeeldgegevens'),
          message: msg('De refurbishers hieronder zijn verzonnen, om te tonen hoe de zoekhulp werkt. Het zijn geen echte of erkende bedrijven.'),
        })
      : nothing}
    ${error
      ? alert({
          ...notice,
          tone: this.parsed ? 'warning' : 'danger',
          title: this.errorTitle(),
          message: html`<p>${this.errorText(error)}</p>
            ${this.parsed ? html`<p>${msg('U ziet de lijst zoals ze het laatst geladen werd.')}</p>` : nothing}`,
          actions:
            error.kind === 'invalid'
              ? undefined
              : button({ label: msg('Opnieuw proberen'), variant: 'primary', busy: this.loading, onClick: () => void this.retry() }),
        })
      : nothing}
    ${skipped.length
      ? alert({
          ...notice,
          tone: 'warning',
          title: skipped.length === 1 ? msg('1 refurbisher weggelaten') : msg(str`${this.number(skipped.length)} refurbishers weggelaten`),
          message: html`<p>${msg('Hun gegevens kloppen niet, daarom ziet u ze niet. Voor wie de lijst beheert:')}</p>
            ${problemList(skipped)}`,
        })
      : nothing}
    ${ignored.length
      ? alert({
          ...notice,
          tone: 'warning',
          title:
            ignored.length === 1
              ? msg('Bij 1 refurbisher zijn gegevens genegeerd')
              : msg(str`Bij ${this.number(ignored.length)} refurbishers zijn gegevens genegeerd`),
          message: html`<p>${msg('Die gegevens kloppen niet en worden niet getoond; de rest van die refurbishers wel. Voor wie de lijst beheert:')}</p>
            ${problemList(ignored)}`,
        })
      : nothing}
    ${this.parsed
      ? this.renderSearch()
      : this.loading
        ? html`<p class="loading">${icon('spinner')}<span>${msg('De lijst van refurbishers wordt geladen…')}</span></p>`
        : nothing}`;
  }

  private renderSearch(): TemplateResult {
    return html`<div class="layout">
      ${this.renderFilters()}
      <div class="column" part="results">
        ${this.heading(msg('Resultaten'), 1, 'results-title')}
        <div class="bar">
          <p class="count">${this.countText()}</p>
          ${this.entries.length > 1 ? this.renderSort() : nothing}
        </div>
        ${this.renderCompare()} ${this.results.length ? this.renderResults() : this.renderEmpty()}
      </div>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const postcode = this.postcodeResult;
    const facets = this.facets!;
    const hasCoordinates = this.entries.some((entry) => entry.record.address.coordinates);
    const count = (n: number) => this.number(n);
    const postcodeError =
      !postcode.ok && postcode.error !== 'empty' && (this.postcodeLeft || this.postcode.trim().length >= 4)
        ? msg('Typ een Belgische postcode van 4 cijfers, bijvoorbeeld 9000.')
        : undefined;
    const geo = this.geoText();
    const group = <T extends string>(id: string, legend: string, all: readonly T[], label: (value: T) => string, counts: Record<T, number>, values: readonly T[], set: (values: T[]) => void, hint?: string) =>
      checkboxGroup({
        id,
        legend,
        hint,
        options: all.map((value) => ({ value, label: label(value), count: counts[value] })),
        values,
        formatCount: count,
        onChange: (next) => {
          set(next as T[]);
          this.changed();
        },
      });
    return html`<div class="column filters" part="filters">
      ${this.heading(msg('Zoeken'), 1)}
      <div class="location">
        ${textField({
          id: 'postcode',
          label: msg('Postcode van uw school'),
          hint: postcode.ok ? msg(str`Toont wie in ${provinceLabel(postcode.province)} werkt.`) : msg('Toont wie in uw provincie werkt.'),
          value: this.postcode,
          inputMode: 'numeric',
          autocomplete: 'postal-code',
          size: 6,
          maxLength: 8,
          error: postcodeError,
          onInput: (value) => this.setPostcode(value),
          onChange: () => {
            this.postcodeLeft = true;
            this.update();
          },
        })}
        ${hasCoordinates
          ? html`<p class="hint" id="location-hint">
                ${msg('Of sorteer op afstand van waar u nu bent. Uw browser vraagt eerst toestemming; uw locatie blijft op uw toestel.')}
              </p>
              ${this.deviceOrigin
                ? html`<p class="status">${icon('location')}<span>${msg('Gesorteerd op afstand van uw locatie.')}</span></p>
                    ${button({ label: msg('Vergeet mijn locatie'), variant: 'tertiary', onClick: () => this.forgetLocation() })}`
                : button({
                    label: msg('Gebruik mijn locatie'),
                    icon: 'location',
                    busy: this.geoStatus === 'busy',
                    describedBy: 'location-hint',
                    onClick: () => this.useMyLocation(),
                  })}
              ${geo ? html`<p class="status status--problem">${icon('warning')}<span>${geo}</span></p>` : nothing}`
          : nothing}
      </div>
      ${textField({
        id: 'query',
        type: 'search',
        label: msg('Zoek op naam, gemeente of certificering'),
        value: this.query,
        autocomplete: 'off',
        onInput: (value) => {
          this.query = value;
          this.changed();
        },
      })}
      ${group(
        'device-types',
        msg('Welke toestellen wilt u afdanken?'),
        deviceTypes,
        deviceTypeLabel,
        facets.deviceTypes,
        this.deviceTypes,
        (values) => (this.deviceTypes = values),
        msg('Toont wie ze allemaal aanneemt. Tussen haakjes: hoeveel refurbishers er dan overblijven.'),
      )}
      ${textField({
        id: 'devices',
        label: msg('Hoeveel toestellen?'),
        hint: msg('Sommige refurbishers nemen toestellen pas aan, of halen ze pas op, vanaf een bepaald aantal.'),
        value: this.devices,
        inputMode: 'numeric',
        autocomplete: 'off',
        size: 6,
        error: this.deviceCount === 'invalid' ? msg('Typ een geheel getal vanaf 1, bijvoorbeeld 25.') : undefined,
        onInput: (value) => {
          this.devices = value;
          this.changed();
        },
      })}
      ${group('services', msg('Wat moet de refurbisher doen?'), services, serviceLabel, facets.services, this.services, (values) => (this.services = values))}
      ${group(
        'wiping',
        msg('Hoe grondig moeten de gegevens gewist worden?'),
        ['purge'] as const,
        () => msg('Purge of beter'),
        { purge: facets.purgeOrBetter },
        this.purgeOrBetter ? ['purge'] : [],
        (values) => (this.purgeOrBetter = values.includes('purge')),
        msg("Purge of Destroy volgens NIST SP 800-88. Telt niet mee: Clear (overschrijven; zwak voor SSD's), en wie het wisniveau niet opgeeft."),
      )}
      ${group('languages', msg('In welke taal?'), languages, (code) => this.languageName(code), facets.languages, this.languages, (values) => (this.languages = values))}
      ${isFiltered(this.filters) || this.deviceOrigin
        ? button({ label: msg('Wis alle filters'), icon: 'close', onClick: () => this.clearAll() })
        : nothing}
    </div>`;
  }

  private renderSort(): TemplateResult {
    return selectField({
      id: 'sort',
      label: msg('Sorteer op'),
      value: this.activeSort,
      options: [
        ...(this.origin ? [{ value: 'distance', label: msg('Afstand') }] : []),
        { value: 'name', label: msg('Naam') },
        { value: 'updated', label: msg('Laatst bijgewerkt') },
      ],
      onChange: (value) => {
        this.sortKey = value as SortKey;
        this.changed();
      },
    });
  }

  private renderEmpty(): TemplateResult {
    if (!this.entries.length) return html`<p>${msg('Deze lijst bevat (nog) geen refurbishers.')}</p>`;
    const name = (l: Loosening) => {
      switch (l.kind) {
        case 'query':
          return msg(str`de zoekwoorden “${this.query.trim()}”`);
        case 'province':
          return msg(str`de postcode ${this.postcode.trim()}`);
        case 'devices':
          return msg(str`het aantal toestellen (${this.devices.trim()})`);
        case 'languages':
          return msg('de gekozen talen');
        case 'purgeOrBetter':
          return msg('Purge of beter');
        case 'deviceType':
          return deviceTypeLabel(l.value);
        case 'service':
          return serviceLabel(l.value);
      }
    };
    const advice = loosenings(this.sorted, this.filters).slice(0, 3);
    return html`<div class="column empty">
      <p>${msg('Geen enkele refurbisher past bij alle filters samen.')}</p>
      ${advice.length
        ? html`<p>${msg('Laat een filter los:')}</p>
            <ul class="advice">
              ${advice.map(
                ({ loosening, count }) =>
                  html`<li>
                    ${button({
                      label:
                        count === 1
                          ? msg(str`Zonder ${name(loosening)}: 1 refurbisher`)
                          : msg(str`Zonder ${name(loosening)}: ${this.number(count)} refurbishers`),
                      variant: 'tertiary',
                      onClick: () => this.applyLoosening(loosening),
                    })}
                  </li>`,
              )}
            </ul>`
        : nothing}
      ${button({ label: msg('Wis alle filters'), icon: 'close', onClick: () => this.clearAll() })}
    </div>`;
  }

  private renderResults(): TemplateResult {
    const rest = this.results.length - this.shown;
    return html`<ol class="results">
        ${this.results.slice(0, this.shown).map((entry) => html`<li tabindex="-1">${this.renderCard(entry.record)}</li>`)}
      </ol>
      ${rest > 0 ? button({ label: msg(str`Toon meer (nog ${this.number(rest)})`), onClick: () => void this.showMore() }) : nothing}`;
  }

  private renderCard(r: Refurbisher): TemplateResult {
    const feed = this.feed!;
    const distance = this.distanceText(r);
    const answers = Object.entries(r.answers);
    const compared = this.compared.includes(r.id);
    const chosen = this.selected === r.id;
    const website = safeHref(r.website);
    const facts = this.facts(r);
    const factList = (essential: boolean) =>
      html`<dl class="facts">
        ${facts
          .filter((fact) => fact.essential === essential)
          .map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}
      </dl>`;
    return card({
      id: `r-${r.id}`,
      part: 'result',
      headingLevel: Math.min(6, this.host.level() + 2) as 4,
      eyebrow: html`${r.address.city}${distance ? ` · ${distance}` : ''}`,
      title: r.name,
      body: html`${factList(true)}
        <ul class="contact">
          ${website
            ? html`<li>
                <a href=${website} rel="noopener noreferrer" target="_blank"
                  >${msg('Website')}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span>${icon('external-link')}</a
                >
              </li>`
            : nothing}
          ${r.contact.email ? html`<li><a href=${`mailto:${r.contact.email}`}>${r.contact.email}</a></li>` : nothing}
          ${r.contact.phone ? html`<li><a href=${`tel:${r.contact.phone.replace(/[^\d+]/g, '')}`}>${r.contact.phone}</a></li>` : nothing}
          ${r.contact.person ? html`<li>${msg(str`Contactpersoon: ${r.contact.person}`)}</li>` : nothing}
        </ul>
        ${disclosure({
          summary: answers.length ? msg(str`Alle gegevens en ${this.number(answers.length)} antwoorden`) : msg('Alle gegevens'),
          open: this.open.has(r.id),
          onToggle: (open) => {
            if (open === this.open.has(r.id)) return;
            if (open) this.open.add(r.id);
            else this.open.delete(r.id);
            this.update();
          },
          content: this.open.has(r.id)
            ? html`${factList(false)}
              ${answers.length
                ? html`<dl class="answers" lang=${feed.lang}>
                    ${answers.map(([id, answer]) => html`<dt>${feed.questions[id] ?? id}</dt><dd>${answer}</dd>`)}
                  </dl>`
                : nothing}`
            : nothing,
        })}`,
      footer: html`${button({
        label: msg('Vergelijk'),
        accessibleLabel: msg(str`Vergelijk ${r.name}`),
        pressed: compared,
        icon: compared ? 'success' : 'plus',
        onClick: () => this.toggleCompare(r),
      })}
      ${button({
        label: msg('Kies deze refurbisher'),
        accessibleLabel: msg(str`Kies deze refurbisher: ${r.name}`),
        pressed: chosen,
        variant: chosen ? 'primary' : 'secondary',
        icon: chosen ? 'success' : undefined,
        onClick: () => this.choose(r),
      })}`,
    });
  }

  private renderCompare(): unknown {
    const chosen = this.compared.map((id) => this.byId.get(id)).filter((r): r is Refurbisher => r !== undefined);
    if (!chosen.length) return nothing;
    const lang = this.feed!.lang;
    const facts = chosen.map((r) => this.facts(r));
    const questions = [...new Set(chosen.flatMap((r) => Object.keys(r.answers)))];
    const row = (label: unknown, cells: unknown[]) =>
      html`<tr>
        <th scope="row">${label}</th>
        ${cells.map((cell) => html`<td>${cell}</td>`)}
      </tr>`;
    // A plain block with a heading (not a second landmark beside the table's scroll region).
    return html`<div class="compare" part="compare">
      <div class="bar">
        ${this.heading(msg(str`Vergelijking (${chosen.length} van 3)`), 2, 'compare-title')}
        ${button({
          label: msg('Wis de vergelijking'),
          variant: 'tertiary',
          onClick: () => {
            this.compared = [];
            this.writeShared();
            this.update();
          },
        })}
      </div>
      ${chosen.length < 2
        ? html`<p>${msg('Kies nog een of twee refurbishers met “Vergelijk” om ze naast elkaar te zien.')}</p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="compare-title" tabindex="0">
            <table aria-labelledby="compare-title">
              <thead>
                <tr>
                  <td></td>
                  ${chosen.map((r) => html`<th scope="col">${r.name}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${row(msg('Plaats'), chosen.map((r) => `${r.address.postcode} ${r.address.city}`))}
                ${this.origin ? row(msg('Afstand'), chosen.map((r) => this.distanceText(r) ?? '–')) : nothing}
                ${facts[0]!.map((fact, index) => row(fact.label, facts.map((list) => list[index]!.value)))}
                ${questions.map((id) =>
                  row(
                    html`<span lang=${lang}>${this.feed!.questions[id] ?? id}</span>`,
                    chosen.map((r) => html`<span lang=${lang}>${r.answers[id] ?? '–'}</span>`),
                  ),
                )}
              </tbody>
            </table>
          </div>`}
    </div>`;
  }
}

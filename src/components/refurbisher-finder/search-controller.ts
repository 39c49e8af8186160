/**
 * The finder's search once its code has loaded: the feed indexed and sorted,
 * the filters applied to the element's search state, what a person does
 * (typing, ticking, comparing, choosing, "use my location", "show more"),
 * the announcements, and the optional link state. The state itself lives on
 * the element (`SearchState`); this controller reads it and hands back the
 * next one. It is also the views' context (`FinderView`).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { FragmentState, shareKeyFor } from '../../core/fragment-state.js';
import { adoptLateStyles } from '../../core/late-styles.js';
import { Pause } from '../../core/pause.js';
import { msg, str } from '../../i18n/localize.js';
import { announce } from '../../primitives/announcer.js';
import { refurbisherFacts, type Fact } from './details.js';
import type { FeedController } from './feed-controller.js';
import { finderSheets } from './finder.styles.js';
import { indexEntries, loosen, loosenings, search, type Entry, type FacetCounts, type Filters, type Loosening } from './filter.js';
import { finderFormat, type FinderFormat } from './format.js';
import { distanceKm } from './geo.js';
import { maxCompared, type Coordinates, type Feed, type Refurbisher } from './model.js';
import { parsePostcode, type PostcodeResult } from './postcode.js';
import type { ParsedFeed } from './schema.js';
import { reorder, sortByName, type SortKey } from './sort.js';
import { countText, errorTitle, geoText } from './texts.js';
import { decodeState, encodeState, type SharedState } from './url-state.js';
import { finderContent } from './views/finder.js';
import type { FinderView } from './views/view.js';

/**
 * The search as the person set it: kept on the element as reactive state,
 * replaced (never changed) on every step. What a link keeps (`SharedState`:
 * the form as typed, the sort order, the comparison) and the rest.
 */
export interface SearchState extends SharedState {
  readonly purgeOrBetter: boolean;
  /** The postcode field was left once: from then on a wrong postcode is named. */
  readonly postcodeLeft: boolean;
  /** The browser's position, after "use my location". */
  readonly deviceOrigin?: Coordinates;
  readonly geoStatus?: 'busy' | 'denied' | 'failed';
  /** The chosen refurbisher's id. */
  readonly selected?: string;
  /** How many results show. */
  readonly shown: number;
  /** Cards whose disclosure is open: only those render their answers (a long list stays quick). */
  readonly open: ReadonlySet<string>;
  /** The comparison shows the questionnaire's answers too. */
  readonly answersCompared?: boolean;
  /** A narrow finder shows its filters (a wide one always does). */
  readonly filtersOpen?: boolean;
}

/** What the search needs from the element besides its updates. */
export interface SearchOptions {
  /** The element's search state, and how to replace part of it (`undefined` values clear a field). */
  state(): SearchState;
  setState(next: Partial<SearchState>): void;
  /** BCP 47 tag for Intl formatters. */
  locale(): string;
  /** Runs `translate` in the element's locale (for texts outside a render). */
  localize<T>(translate: () => T): T;
  /** The person chose a refurbisher, or undid the choice (null). */
  select(refurbisher: Refurbisher | null): void;
  /** Work that `updateComplete` should wait for. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** The element: its updates, tag name and shadow root, `share-url` (null: no link state) and `initial-search` (read once). */
export type SearchHost = ReactiveControllerHost & {
  readonly localName: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shareUrl: string | null;
  readonly initialSearch?: string;
  readonly chooseLabel?: string;
};

const defaultShareKey = 'digi-refurbishers';
const pageSize = 10;
const announcePause = 500;

/** What a link (a shared one or `initial-search`) sets of the search state: its part, and no position. */
const fromShared = (state: SharedState): SharedState & Pick<SearchState, 'purgeOrBetter' | 'deviceOrigin'> => ({
  ...state,
  purgeOrBetter: state.purgeOrBetter === true,
  deviceOrigin: undefined,
});

export class SearchController implements ReactiveController, FinderView {
  level = 2;
  entries: Entry[] = [];
  results: Entry[] = [];
  facets?: FacetCounts;
  private indexed?: ParsedFeed;
  private byId = new Map<string, Refurbisher>();
  /** The entries in name order, made once per feed and locale; `sorted` re-sorts it. */
  private byName: Entry[] = [];
  private byNameFor = '';
  private sorted: Entry[] = [];
  private sortedFor = '';
  private readonly orders = new Map<string, Entry[]>();
  /** What the last search ran on. */
  private searched?: { entries: Entry[]; state: SearchState };
  private locatePostcode?: (postcode: number) => Coordinates | undefined;
  /** The count is announced after a pause in typing and ticking, once. */
  private readonly announcing: Pause;
  private checkedShareUrl?: string | null;
  private readonly fragment: FragmentState;

  constructor(
    private readonly host: SearchHost,
    readonly loader: FeedController,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
    this.announcing = new Pause(host, announcePause);
    this.fragment = new FragmentState(host, {
      key: () => shareKeyFor(host.shareUrl, defaultShareKey),
      onExternalChange: (encoded) => this.apply(decodeState(encoded)),
      tag: `<${host.localName}>`,
    });
    // A shared link wins: it is what the person opened.
    const start = decodeState((isServer ? undefined : this.fragment.read()) ?? host.initialSearch ?? '');
    options.setState({ ...fromShared(start), postcodeLeft: false, shown: pageSize, open: new Set() });
    this.locatePostcodes();
  }

  get state(): SearchState {
    return this.options.state();
  }

  get feed(): Feed | undefined {
    return this.loader.feed;
  }

  /** The refurbishers that pass the current filters, in display order. */
  get found(): Refurbisher[] {
    return this.results.map((entry) => entry.record);
  }

  get format(): FinderFormat {
    return finderFormat(this.options.locale());
  }

  /** Before each render: the feed indexed when it changed, then sorted and filtered. */
  hostUpdate(): void {
    this.checkShareUrl();
    const parsed = this.loader.parsed;
    if (parsed !== this.indexed) {
      this.indexed = parsed;
      this.entries = indexEntries(parsed?.feed.refurbishers ?? []);
      this.byId = new Map(this.entries.map((entry) => [entry.record.id, entry.record]));
      this.sortedFor = this.byNameFor = '';
    }
    this.filter();
  }

  hostUpdated(): void {
    // The search's styles arrive with its code; keep them after the theme's and the component's.
    adoptLateStyles(this.host.renderRoot, finderSheets);
  }

  /** The messages about the feed, then the search; `level`: the widget's title level. */
  render(level: number): TemplateResult {
    this.level = level;
    return finderContent(this);
  }

  /** Says once per value when `share-url` is not a valid parameter name. */
  private checkShareUrl(): void {
    const shareUrl = this.host.shareUrl;
    if (shareUrl === this.checkedShareUrl) return;
    this.checkedShareUrl = shareUrl;
    if (shareUrl && shareKeyFor(shareUrl, defaultShareKey) !== shareUrl) {
      console.warn(
        `[digi-widgets] <${this.host.localName}> share-url="${shareUrl}": use letters, digits, - and _ (at most 40); using "${defaultShareKey}".`,
      );
    }
  }

  private set(next: Partial<SearchState>): void {
    this.options.setState(next);
  }

  // ---- the search ----

  get postcode(): PostcodeResult {
    return parsePostcode(this.state.postcode);
  }

  get deviceCount(): number | 'invalid' | undefined {
    const text = this.state.devices.trim();
    if (!text) return undefined;
    return /^\d{1,6}$/.test(text) && Number(text) >= 1 ? Number(text) : 'invalid';
  }

  get filters(): Filters {
    const { state, postcode } = this;
    const devices = this.deviceCount;
    return {
      query: state.query,
      province: postcode.ok ? postcode.province : undefined,
      deviceTypes: state.deviceTypes,
      services: state.services,
      languages: state.languages,
      devices: typeof devices === 'number' ? devices : undefined,
      purgeOrBetter: state.purgeOrBetter || undefined,
    };
  }

  get origin(): Coordinates | undefined {
    const postcode = this.postcode;
    return this.state.deviceOrigin ?? (postcode.ok ? this.locatePostcode?.(postcode.postcode) : undefined);
  }

  get activeSort(): SortKey {
    const key = this.state.sort ?? 'distance';
    return key === 'distance' && !this.origin ? 'name' : key;
  }

  get advice(): { loosening: Loosening; count: number }[] {
    return loosenings(this.sorted, this.filters).slice(0, 3);
  }

  get compared(): Refurbisher[] {
    return this.state.compare.map((id) => this.byId.get(id)).filter((r): r is Refurbisher => r !== undefined);
  }

  /** Sorts when the order can have changed, then filters (which keeps the order). */
  private filter(): void {
    const origin = this.origin;
    const locale = this.options.locale();
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
    // Updates that change neither (a later stage of the first render, a focus) reuse the last search.
    const state = this.state;
    if (this.searched?.entries === this.sorted && this.searched.state === state) return;
    this.searched = { entries: this.sorted, state };
    const { results, counts } = search(this.sorted, this.filters);
    this.results = results;
    this.facets = counts;
  }

  // ---- words ----

  countText(): string {
    return countText(this.results.length, this.format.number);
  }

  /** "about 12 km" from the postcode or position, as the crow flies; undefined when either place is unknown. */
  distanceText(record: Refurbisher): string | undefined {
    const [origin, at] = [this.origin, record.address.coordinates];
    return origin && at ? msg(str`ongeveer ${this.format.number(Math.max(1, distanceKm(origin, at)))} km`) : undefined;
  }

  facts(record: Refurbisher): Fact[] {
    return refurbisherFacts(record, this.feed!.lang, this.format);
  }

  // ---- what the person does ----

  /** After a change by the person (`next`): re-render from the first page, announce the count after a pause, update the link. */
  change(next: Partial<SearchState>): void {
    this.set({ ...next, shown: pageSize });
    this.announcing.after(() => announce(this.options.localize(() => this.countText())));
    this.writeShared();
  }

  setPostcode(value: string): void {
    this.set({ postcode: value });
    this.locatePostcodes();
    this.change({ deviceOrigin: undefined, geoStatus: undefined });
  }

  leavePostcode(): void {
    this.set({ postcodeLeft: true });
  }

  useMyLocation(): void {
    const failed = (status: 'denied' | 'failed') => {
      this.set({ geoStatus: status });
      announce(this.options.localize(() => geoText(status)!));
    };
    if (!('geolocation' in navigator)) return failed('failed');
    this.set({ geoStatus: 'busy' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => this.change({ deviceOrigin: { lat: coords.latitude, lon: coords.longitude }, geoStatus: undefined, sort: 'distance' }),
      (error) => failed(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { maximumAge: 600_000, timeout: 20_000 },
    );
  }

  forgetLocation(): void {
    this.change({ deviceOrigin: undefined });
  }

  clearAll(): void {
    this.change({
      postcode: '',
      query: '',
      devices: '',
      deviceTypes: [],
      services: [],
      languages: [],
      purgeOrBetter: false,
      deviceOrigin: undefined,
      postcodeLeft: false,
    });
  }

  applyLoosening(loosening: Loosening): void {
    const next = loosen(this.filters, loosening);
    this.change({
      ...(loosening.kind === 'province' ? { postcode: '' } : loosening.kind === 'devices' ? { devices: '' } : {}),
      query: next.query,
      deviceTypes: next.deviceTypes,
      services: next.services,
      languages: next.languages,
      purgeOrBetter: next.purgeOrBetter === true,
    });
  }

  toggleOpen(record: Refurbisher, open: boolean): void {
    const opened = this.state.open;
    if (open === opened.has(record.id)) return;
    const next = new Set(opened);
    if (open) next.add(record.id);
    else next.delete(record.id);
    this.set({ open: next });
  }

  /** The site's words for the choose button, when it offers one. */
  get chooseLabel(): string | undefined {
    return this.host.chooseLabel?.trim() || undefined;
  }

  /** Adds to or removes from the comparison; false when a fourth is refused. */
  toggleCompare(record: Refurbisher): boolean {
    const compared = this.state.compare;
    const on = compared.includes(record.id);
    if (!on && compared.length >= maxCompared) {
      const max = this.format.number(maxCompared);
      announce(this.options.localize(() => msg(str`U kunt tot ${max} refurbishers vergelijken. Haal er eerst een uit de vergelijking.`)), 'assertive');
      return false;
    }
    const next = on ? compared.filter((id) => id !== record.id) : [...compared, record.id];
    this.set({ compare: next });
    announce(
      this.options.localize(() =>
        on
          ? msg(str`${record.name} is uit de vergelijking gehaald.`)
          : msg(str`${record.name} staat in de vergelijking (${this.format.number(next.length)} van ${this.format.number(maxCompared)}).`),
      ),
    );
    this.writeShared();
    return true;
  }

  toggleFilters(open: boolean): void {
    this.set({ filtersOpen: open });
  }

  async showResults(): Promise<void> {
    this.set({ filtersOpen: false });
    await this.host.updateComplete;
    this.focusHeading('results-title');
  }

  toggleComparedAnswers(open: boolean): void {
    if (open !== (this.state.answersCompared === true)) this.set({ answersCompared: open });
  }

  goToComparison(): void {
    this.focusHeading('compare-title');
  }

  clearCompare(): void {
    this.set({ compare: [] });
    this.writeShared();
  }

  choose(record: Refurbisher): void {
    const undo = this.state.selected === record.id;
    this.set({ selected: undo ? undefined : record.id });
    this.options.select(undo ? null : record);
  }

  async showMore(): Promise<void> {
    const first = this.state.shown;
    this.set({ shown: first + pageSize });
    await this.host.updateComplete;
    // Focus the first new result, so keyboard users go on where the list grew.
    this.host.renderRoot.querySelectorAll<HTMLElement>('.results > li')[first]?.focus();
  }

  setSort(key: SortKey): void {
    this.change({ sort: key });
  }

  async retry(): Promise<void> {
    await this.options.track(this.loader.reload());
    await this.host.updateComplete;
    if (this.loader.error) {
      announce(this.options.localize(() => errorTitle(!!this.loader.parsed)), 'assertive');
    } else {
      // The button is gone: put focus where the list starts.
      this.focusHeading('results-title');
      announce(this.options.localize(() => this.countText()));
    }
  }

  /** Puts focus on one of the search's focusable headings (results, comparison). */
  private focusHeading(id: 'results-title' | 'compare-title'): void {
    this.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Loads the table of postcode locations once there is a valid postcode. */
  private locatePostcodes(): void {
    if (!this.postcode.ok || this.locatePostcode) return;
    void this.options.track(
      import('./postcode-locations.js').then((module) => {
        this.locatePostcode = module.approximateLocation;
        this.sortedFor = '';
        this.host.requestUpdate();
      }),
    );
  }

  // ---- the link (opt-in) ----

  private apply(state: SharedState): void {
    this.set(fromShared(state));
    this.locatePostcodes();
  }

  private writeShared(): void {
    this.fragment.write(encodeState(this.state));
  }
}

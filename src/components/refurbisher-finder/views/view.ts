/**
 * What the finder's view functions get: the search state and what follows
 * from it, the feed, the formatters, and the callbacks for what a person
 * does. The search controller is this context; views are plain template
 * functions, in the pattern of the primitives.
 */
import type { Fact } from '../details.js';
import type { FeedController } from '../feed-controller.js';
import type { Entry, FacetCounts, Filters, Loosening } from '../filter.js';
import type { FinderFormat } from '../format.js';
import type { Coordinates, Feed, Refurbisher } from '../model.js';
import type { PostcodeResult } from '../postcode.js';
import type { SearchState } from '../search-controller.js';
import type { SortKey } from '../sort.js';

export interface FinderView {
  /** The heading level of the widget's title, 2 to 6. */
  readonly level: number;
  readonly state: SearchState;
  /** The feed's load status: loading, the last error, the checked feed. */
  readonly loader: Pick<FeedController, 'loading' | 'error' | 'parsed'>;
  readonly feed: Feed | undefined;
  readonly format: FinderFormat;
  /** Every refurbisher in the feed, indexed for filtering. */
  readonly entries: readonly Entry[];
  /** Those that pass the filters, in display order. */
  readonly results: readonly Entry[];
  /** How many would be left with each filter option (set once a search ran). */
  readonly facets?: FacetCounts;
  readonly postcode: PostcodeResult;
  /** The number of devices, or 'invalid' when what was typed is not a whole number from 1. */
  readonly deviceCount: number | 'invalid' | undefined;
  readonly filters: Filters;
  /** Where distances are measured from: the browser's position or the postcode. */
  readonly origin: Coordinates | undefined;
  readonly activeSort: SortKey;
  /** Up to three filters to let go of when nothing is left, with what each would leave. */
  readonly advice: readonly { loosening: Loosening; count: number }[];
  /** The refurbishers being compared. */
  readonly compared: readonly Refurbisher[];
  countText(): string;
  distanceText(record: Refurbisher): string | undefined;
  facts(record: Refurbisher): Fact[];
  /** A change by the person: the list starts from the first page, the count is announced, the link follows. */
  change(next: Partial<SearchState>): void;
  setPostcode(value: string): void;
  leavePostcode(): void;
  useMyLocation(): void;
  forgetLocation(): void;
  clearAll(): void;
  applyLoosening(loosening: Loosening): void;
  setSort(key: SortKey): void;
  toggleOpen(record: Refurbisher, open: boolean): void;
  /** False when the comparison is full and the record was not added. */
  toggleCompare(record: Refurbisher): boolean;
  /** The site's words for a choose button on each card (`choose-label`); none without them. */
  readonly chooseLabel: string | undefined;
  clearCompare(): void;
  /** Shows or hides the questionnaire's answers in the comparison. */
  toggleComparedAnswers(open: boolean): void;
  /** Puts focus on the comparison's heading (it sits above the filters and results). */
  goToComparison(): void;
  /** Opens or folds the filters (in a narrow finder only; a wide one always shows them). */
  toggleFilters(open: boolean): void;
  /** Folds the filters and puts focus on the results' heading. */
  showResults(): Promise<void>;
  choose(record: Refurbisher): void;
  showMore(): Promise<void>;
  retry(): Promise<void>;
}

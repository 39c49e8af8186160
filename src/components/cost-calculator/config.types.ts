/**
 * The calculator's configuration types: what a site gives (`CostCalculatorConfig`),
 * what the widget uses once it is checked (`ResolvedConfig`), and the issues
 * found on the way. Types only: the always-loaded defaults and element use
 * them without loading the validator (config.ts), which loads only when a
 * site configures the widget.
 */
import type { Acquisition, Constants, SchoolLevel } from './model.js';

/** Built-in sources; the widget shows each in words (see texts.ts). */
export type SourceId =
  | 'digiplan' // Conceptnota Digiplan (2025), table A, theme 1
  | 'court-of-audit' // Court of Audit sample (September 2024), cited by the concept note
  | 'school-prices' // prices in schools' communication to parents, 2021-2024
  | 'derived' // own calculation from the concept note and the 2019 analysis report
  | 'vat' // Belgian standard VAT rate, and what it does not apply to
  | 'free-materials' // the free-materials rule of primary education (cost control in basisonderwijs)
  | 'assumption' // this calculator's assumption, to replace with one's own figures
  | 'site'; // set by the embedding site

export interface Source {
  id: SourceId;
  /** The site's own words for its source (only with `site`). */
  label?: string;
  /** http(s) only. */
  url?: string;
}

/** Reference values per device that pre-fill a scenario of one kind. */
export interface Reference {
  /** The price, or for a lease the monthly instalment. */
  amountCents: number;
  lifetimeYears: number;
  insuranceCents: number;
  repairsCents: number;
  managementCents: number;
  accessoriesCents: number;
  setupCents: number;
  wipingCents: number;
  residualCents: number;
}

/** A scenario as a site seeds it: numbers, or text as a person would type it. */
export type SeedValue = number | string;
export interface ScenarioSeed {
  name?: string;
  acquisition?: Acquisition;
  price?: SeedValue;
  monthly?: SeedValue;
  devices?: SeedValue;
  lifetimeYears?: SeedValue;
  pupilsPerDevice?: SeedValue;
  insurance?: SeedValue;
  repairs?: SeedValue;
  management?: SeedValue;
  accessories?: SeedValue;
  setup?: SeedValue;
  wiping?: SeedValue;
  residual?: SeedValue;
}

export interface Seeds {
  vat?: 'incl' | 'excl';
  scenarios?: ScenarioSeed[];
  school?: { level?: SchoolLevel; pupils?: SeedValue; staff?: SeedValue };
  parent?: { otherFunds?: SeedValue; deposit?: SeedValue };
}

/** The top-level values a site may give its own source for. */
export type SourceKey = 'vatRate' | 'horizonYears' | 'devices' | 'digiplanPerStaff' | 'feeBand' | 'depositBand' | 'shares';

/** A site's own source for a value it sets; shown instead of the built-in one. */
export interface SourceConfig {
  label?: string;
  /** An http(s) link; anything else is refused. */
  url?: string;
}

/** Reference values per device for one way of acquiring devices, in euros and years. */
export interface ReferenceConfig {
  lifetimeYears?: number;
  insurance?: number;
  repairs?: number;
  management?: number;
  accessories?: number;
  setup?: number;
  wiping?: number;
  residual?: number;
  /** Credits every value of this group. */
  source?: SourceConfig;
}

/**
 * The settings an embedding site gives, as the `config` property or as JSON
 * in a `<script type="application/json">` child. Amounts are in euros (incl.
 * VAT unless `vat` is `excl`), every key is optional, and a value that does
 * not fit is reported and replaced by its default.
 */
export interface CostCalculatorConfig {
  /** VAT rate in percent, added when amounts are typed without VAT (default 21). */
  vatRate?: number;
  /** The common comparison horizon in years, 1-20 (default 6). */
  horizonYears?: number;
  /** Devices in a new scenario (default 100). */
  devices?: number;
  /** Most scenarios at once, 1-10 (default 6). */
  maxScenarios?: number;
  /** Digiplan theme 1 per staff member (default 628). */
  digiplanPerStaff?: number;
  /** Yearly parent fee per pupil that most schools ask (default 0-150). */
  feeBand?: { min?: number; max?: number };
  /** Deposit per pupil that schools ask (default 0-150). */
  depositBand?: { min?: number; max?: number };
  /** Digiplan budget (euros) and pupil count per level, for the derived per-pupil share. */
  shares?: Partial<Record<SchoolLevel, { budget?: number; pupils?: number; pupilsAsOf?: string }>>;
  /** Reference prices and costs that fill new scenarios; `price` per device, `monthly` for a lease. */
  reference?: {
    buy?: ReferenceConfig & { price?: number };
    lease?: ReferenceConfig & { monthly?: number };
    refurbished?: ReferenceConfig & { price?: number };
  };
  /** The site's sources for the top-level values it overrides. */
  sources?: Partial<Record<SourceKey, SourceConfig>>;
  /** Whether the starting amounts include VAT. */
  vat?: 'incl' | 'excl';
  /** Starting scenarios, taken as given (what is left out starts empty). */
  scenarios?: ScenarioSeed[];
  school?: Seeds['school'];
  parent?: Seeds['parent'];
}

export interface ResolvedConfig {
  constants: Constants;
  vatRatePercent: number;
  horizonYears: number;
  /** Devices in a new scenario. */
  devices: number;
  maxScenarios: number;
  reference: Record<Acquisition, Reference>;
  /** The source of every default, by its configuration path (`feeBand`, `reference.buy.amount`). */
  sources: Record<string, Source>;
  seeds: Seeds;
}

/** What a configuration value should have been. */
export type Expectation =
  | { type: 'number'; min: number; max: number; decimals: number }
  | { type: 'one-of'; values: readonly string[] }
  | { type: 'object' }
  | { type: 'list'; maxItems: number }
  | { type: 'text'; maxLength: number }
  | { type: 'url' }
  | { type: 'number-or-text' }
  | { type: 'band' }
  | { type: 'known-key'; allowed: readonly string[]; suggestion?: string }
  | { type: 'json'; detail: string };

export interface ConfigIssue {
  path: string;
  expected: Expectation;
  received: unknown;
}

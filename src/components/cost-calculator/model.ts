/**
 * The cost model: total cost of ownership of school devices, the Digiplan
 * envelope and the parent contribution. Pure, no DOM, no locale.
 *
 * Money is integer cents; years and ratios are integer hundredths. Every
 * total is one exact fraction (BigInt) rounded once, and the parts of a total
 * are allocated so that their cents add up to it exactly.
 */
import { divFloor, divRound } from './decimal.js';

/** A device's yearly costs, in the form's order. */
export const yearlyCosts = ['insurance', 'repairs', 'management', 'accessories'] as const;
/** Its one-off costs, and what it is still worth at the end of its life. */
export const onceCosts = ['setup', 'wiping', 'residual'] as const;
/** Every cost of a scenario besides the purchase or lease amount. */
export const costFields = [...yearlyCosts, ...onceCosts] as const;

export const acquisitions = ['buy', 'lease', 'refurbished'] as const;
export type Acquisition = (typeof acquisitions)[number];

export const schoolLevels = ['primary', 'secondary'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

/** Yearly costs per device. */
export interface YearlyCosts {
  insuranceCents: number;
  repairsCents: number;
  /** Device management, software and licences. */
  managementCents: number;
  /** Chargers, cases, peripherals. */
  accessoriesCents: number;
}

/** One-off costs per device. */
export interface OneOffCosts {
  setupCents: number;
  /** Certified data wiping at the end of the device's life. */
  wipingCents: number;
}

export interface ScenarioInput {
  id: string;
  name: string;
  acquisition: Acquisition;
  /** Per device: the price (buy, refurbished) or the monthly instalment (lease). */
  amountCents: number;
  /** Whole devices, at least 1. */
  devices: number;
  /** Years a device is used (for a lease: the contract term), at least 1. */
  lifetimeYears: number;
  /** Pupils sharing one device: 1 for one-to-one, 3 for a cart shared by three classes. */
  pupilsPerDevice: number;
  yearly: YearlyCosts;
  oneOff: OneOffCosts;
  /** Residual or buy-back value per device at the end of its life. */
  residualCents: number;
}

export interface CalculationInput {
  /** The common horizon every scenario is compared over. */
  horizonYears: number;
  /**
   * Whether the amounts were typed including VAT; results always include it.
   * Typed without VAT, VAT is added per kind of cost: not to insurance premiums
   * (exempt; they carry the tax on insurance contracts, so type them as quoted)
   * nor to a buy-back paid to a school that is not VAT-registered.
   */
  pricesIncludeVat: boolean;
  vatRatePercent: number;
  /** The complete, valid scenarios, in the order shown. */
  scenarios: ScenarioInput[];
  school: { level: SchoolLevel; pupils: number | null; staff: number | null };
  parent: {
    /** The scenario the fee is for; null or unknown means the cheapest. */
    scenarioId: string | null;
    /** Subsidies and the school's own means per pupil per year, incl. VAT. */
    otherFundsCents: number | null;
    depositCents: number | null;
  };
}

export interface Band {
  minCents: number;
  maxCents: number;
}

/** Reference figures the embedding site can override (see config.ts). */
export interface Constants {
  digiplanPerStaffCents: number;
  feeBand: Band;
  depositBand: Band;
  /** Digiplan budget and pupil count per level, for the derived per-pupil share. */
  shares: Record<SchoolLevel, Share>;
}

export interface Share {
  budgetCents: number;
  pupils: number;
  /** When the pupil count was taken ("2017-2018"), shown beside it; absent when a site gave its own count without one. */
  pupilsAsOf?: string;
}

/** What the school pays in one year of the horizon (the last one may be part of a year). */
export interface CashYear {
  /** 1 for the first year. */
  year: number;
  cents: number;
  /** Batches of devices bought or leased (or set up) at the start of this year. */
  batchesStarted: number;
  /** Batches that reach the end of their life in this year: wiped and, where agreed, bought back. */
  batchesEnded: number;
}

/** The parts of a scenario's spread cost over the horizon; they add up to it. */
export interface Breakdown {
  acquisitionCents: number;
  yearlyCents: number;
  oneOffCents: number;
  /** Zero or negative: value recovered at the end. */
  residualCents: number;
}

export interface ScenarioResult {
  id: string;
  name: string;
  acquisition: Acquisition;
  devices: number;
  lifetimeYears: number;
  pupilsPerDevice: number;
  /** Pupils served: devices x pupils per device. */
  pupils: number;
  /**
   * Spread cost over the horizon, all devices, incl. VAT: every per-device cost
   * of a life spread over the years of that life, so scenarios with different
   * lifetimes compare fairly. Not what the school pays: see `paidCents`.
   */
  totalCents: number;
  breakdown: Breakdown;
  /** What the school pays within the horizon, incl. VAT: every batch it buys in full, lease months, yearly costs, and the end of each batch whose life ends within the horizon. */
  paidCents: number;
  /** `paidCents` year by year; the years add up to it. */
  paidByYear: CashYear[];
  perYearCents: number;
  perDevicePerYearCents: number;
  perPupilPerYearCents: number;
  /** Total minus the cheapest scenario's total. */
  differenceCents: number;
  /** 1 for the cheapest; ties keep the order shown. */
  rank: number;
}

export type BandPosition = 'below' | 'within' | 'above';

export interface ParentResult {
  scenarioId: string;
  costPerPupilPerYearCents: number;
  otherFundsCents: number;
  /** Cost per pupil per year minus the other means (never below 0): what a fee would have to cover, or in primary education what the school pays itself. */
  remainingCents: number;
  /**
   * False in primary education: ICT material is on the list of materials a
   * school of basisonderwijs provides free, so no fee or deposit may be asked;
   * the fee fields are then 0 and the positions null.
   */
  feeAllowed: boolean;
  /** What parents would pay per pupil per year to cover the rest (never below 0). */
  neededFeeCents: number;
  /** The same spread over ten months (no July and August), rounded up. */
  monthlyOverTenCents: number;
  /** Where the fee lies against what the Court of Audit found in a sample of secondary schools (a finding, not a norm). */
  feePosition: BandPosition | null;
  /** Yearly deposit per pupil. */
  depositCents: number;
  depositPosition: BandPosition | null;
}

export interface EnvelopeResult {
  level: SchoolLevel;
  staff: number | null;
  perStaffCents: number;
  /** Theme 1: staff x EUR 628. */
  totalCents: number | null;
  pupils: number | null;
  /** Derived: the level's Digiplan budget divided by its pupils (orientation only). */
  derivedPerPupilCents: number;
  derivedSchoolCents: number | null;
}

export interface CostResult {
  horizonYears: number;
  pricesIncludeVat: boolean;
  vatRatePercent: number;
  /** Input order. */
  scenarios: ScenarioResult[];
  /** Ids from cheapest to dearest; ties keep the input order. */
  ranking: string[];
  cheapestId: string | null;
  envelope: EnvelopeResult;
  /** Null without a calculable scenario or with invalid parent fields. */
  parent: ParentResult | null;
}

const big = BigInt;

/** Hundredths as an exact integer: 2.5 years -> 250. */
export const hundredths = (value: number) => Math.round(value * 100);

/** Sum of the yearly costs per device. */
export const yearlyTotal = (y: YearlyCosts) =>
  y.insuranceCents + y.repairsCents + y.managementCents + y.accessoriesCents;

/** What a device costs to acquire over its lifetime, excluding running costs. */
export function acquisitionPerDeviceCents(s: Pick<ScenarioInput, 'acquisition' | 'amountCents' | 'lifetimeYears'>): number {
  // A lease is paid every month of its term; rounding only matters for fractional terms.
  return s.acquisition === 'lease'
    ? Number(divRound(big(s.amountCents) * 12n * big(hundredths(s.lifetimeYears)), 100n))
    : s.amountCents;
}

/**
 * Rules between fields of a valid scenario: the residual value cannot exceed
 * what the device cost to acquire (else a total could turn negative).
 */
export function residualLimitCents(s: Pick<ScenarioInput, 'acquisition' | 'amountCents' | 'lifetimeYears'>): number {
  return acquisitionPerDeviceCents(s);
}

/**
 * Splits `total` cents over parts given as exact fractions `numerators[i] / denominator`
 * by largest remainder, so the rounded parts add up to the rounded total.
 */
export function allocate(numerators: readonly bigint[], denominator: bigint): bigint[] {
  const total = divRound(numerators.reduce((sum, n) => sum + n, 0n), denominator);
  const floors = numerators.map((n) => divFloor(n, denominator));
  let missing = total - floors.reduce((sum, n) => sum + n, 0n);
  const order = numerators
    .map((n, index) => ({ index, remainder: n - floors[index]! * denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (missing <= 0n) break;
    floors[index]! += 1n;
    missing -= 1n;
  }
  return floors;
}

/** The VAT numerators (over 10,000) per kind of cost: insurance and buy-back carry none. */
export interface VatRates {
  taxed: bigint;
  exempt: bigint;
}

function scenarioResult(s: ScenarioInput, horizon: bigint, vat: VatRates): Omit<ScenarioResult, 'differenceCents' | 'rank'> {
  const devices = big(s.devices);
  const lifetime = big(hundredths(s.lifetimeYears));
  const ratio = big(hundredths(s.pupilsPerDevice));
  // Each cost over the horizon as a fraction over one common denominator:
  // per-cycle costs recur horizon/lifetime times, yearly ones horizon times.
  const denominator = 100n * lifetime * 10_000n;
  const scale = devices * horizon;
  const cycle = 100n * scale;
  const { insuranceCents, ...taxedYearly } = s.yearly;
  const yearly = big(insuranceCents) * vat.exempt + big(yearlyTotal({ ...taxedYearly, insuranceCents: 0 })) * vat.taxed;
  const parts = [
    (s.acquisition === 'lease' ? big(s.amountCents) * 12n * lifetime * scale : big(s.amountCents) * cycle) * vat.taxed,
    yearly * lifetime * scale,
    big(s.oneOff.setupCents + s.oneOff.wipingCents) * cycle * vat.taxed,
    -big(s.residualCents) * cycle * vat.exempt,
  ];
  const exact = parts.reduce((sum, n) => sum + n, 0n);
  const [acquisitionCents, yearlyCents, oneOffCents, residualCents] = allocate(parts, denominator).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const perYear = (divisor: bigint) => Number(divRound(exact * 100n, denominator * horizon * divisor));
  const paidByYear = cashByYear(s, Number(horizon), vat);
  return {
    id: s.id,
    name: s.name,
    acquisition: s.acquisition,
    devices: s.devices,
    lifetimeYears: s.lifetimeYears,
    pupilsPerDevice: s.pupilsPerDevice,
    pupils: Number(devices * ratio) / 100,
    totalCents: acquisitionCents + yearlyCents + oneOffCents + residualCents,
    breakdown: { acquisitionCents, yearlyCents, oneOffCents, residualCents },
    paidCents: paidByYear.reduce((sum, year) => sum + year.cents, 0),
    paidByYear,
    perYearCents: perYear(1n),
    perDevicePerYearCents: perYear(devices),
    perPupilPerYearCents: Number(divRound(exact * 10_000n, denominator * horizon * devices * ratio)),
  };
}

/**
 * The cash the school pays, year by year over a horizon of `horizon`
 * hundredths of a year. A batch of devices starts at 0, lifetime, 2 x lifetime
 * ... while that is inside the horizon: bought in full (or set up) in the year
 * it starts. Lease months and yearly costs are paid for the part of each year
 * inside the horizon. Wiping and buy-back come in the year a batch's life
 * ends, only when that is inside the horizon. Each year is one exact fraction
 * rounded once.
 */
export function cashByYear(s: ScenarioInput, horizon: number, vat: VatRates): CashYear[] {
  const lifetime = hundredths(s.lifetimeYears);
  const devices = big(s.devices);
  const { insuranceCents, ...taxedYearly } = s.yearly;
  const yearlyPerDevice = big(insuranceCents) * vat.exempt + big(yearlyTotal({ ...taxedYearly, insuranceCents: 0 })) * vat.taxed;
  const startPerDevice = (s.acquisition === 'lease' ? 0n : big(s.amountCents) * vat.taxed) + big(s.oneOff.setupCents) * vat.taxed;
  const endPerDevice = big(s.oneOff.wipingCents) * vat.taxed - big(s.residualCents) * vat.exempt;
  const years: CashYear[] = [];
  for (let index = 0; index * 100 < horizon; index++) {
    // Hundredths of this year inside the horizon: 100, or less for a last part-year.
    const covered = big(Math.min(horizon, 100 * (index + 1)) - 100 * index);
    let numerator = yearlyPerDevice * covered;
    if (s.acquisition === 'lease') numerator += big(s.amountCents) * 12n * vat.taxed * covered;
    let batchesStarted = 0;
    let batchesEnded = 0;
    for (let start = 0; start < horizon; start += lifetime) {
      const end = start + lifetime;
      if (Math.floor(start / 100) === index) batchesStarted++;
      if (end <= horizon && Math.ceil(end / 100) - 1 === index) batchesEnded++;
    }
    numerator += (startPerDevice * big(batchesStarted) + endPerDevice * big(batchesEnded)) * 100n;
    years.push({ year: index + 1, cents: Number(divRound(numerator * devices, 100n * 10_000n)), batchesStarted, batchesEnded });
  }
  return years;
}

/** A stable ranking: by total, ties in input order. */
export function rankScenarios(results: readonly Pick<ScenarioResult, 'id' | 'totalCents'>[]): string[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => a.result.totalCents - b.result.totalCents || a.index - b.index)
    .map(({ result }) => result.id);
}

const position = (value: number, band: Band): BandPosition =>
  value < band.minCents ? 'below' : value > band.maxCents ? 'above' : 'within';

export function calculate(input: CalculationInput, constants: Constants): CostResult {
  const horizon = big(hundredths(input.horizonYears));
  const vat: VatRates = {
    taxed: input.pricesIncludeVat ? 10_000n : 10_000n + big(hundredths(input.vatRatePercent)),
    exempt: 10_000n,
  };
  const partial = input.scenarios.map((s) => scenarioResult(s, horizon, vat));
  const ranking = rankScenarios(partial);
  const cheapest = partial.find((s) => s.id === ranking[0]);
  const scenarios: ScenarioResult[] = partial.map((s) => ({
    ...s,
    differenceCents: s.totalCents - (cheapest?.totalCents ?? 0),
    rank: ranking.indexOf(s.id) + 1,
  }));

  const { level, pupils, staff } = input.school;
  const share = constants.shares[level];
  const envelope: EnvelopeResult = {
    level,
    staff,
    perStaffCents: constants.digiplanPerStaffCents,
    totalCents: staff === null ? null : staff * constants.digiplanPerStaffCents,
    pupils,
    derivedPerPupilCents: Number(divRound(big(share.budgetCents), big(share.pupils))),
    derivedSchoolCents: pupils === null ? null : Number(divRound(big(share.budgetCents) * big(pupils), big(share.pupils))),
  };

  const chosen = scenarios.find((s) => s.id === input.parent.scenarioId) ?? scenarios.find((s) => s.id === ranking[0]);
  const { otherFundsCents, depositCents } = input.parent;
  let parent: ParentResult | null = null;
  const feeAllowed = level !== 'primary';
  if (chosen && otherFundsCents !== null && (depositCents !== null || !feeAllowed)) {
    const remainingCents = Math.max(0, chosen.perPupilPerYearCents - otherFundsCents);
    const neededFeeCents = feeAllowed ? remainingCents : 0;
    const deposit = feeAllowed ? depositCents! : 0;
    parent = {
      scenarioId: chosen.id,
      costPerPupilPerYearCents: chosen.perPupilPerYearCents,
      otherFundsCents,
      remainingCents,
      feeAllowed,
      neededFeeCents,
      monthlyOverTenCents: Math.ceil(neededFeeCents / 10),
      feePosition: feeAllowed ? position(neededFeeCents, constants.feeBand) : null,
      depositCents: deposit,
      depositPosition: feeAllowed ? position(deposit, constants.depositBand) : null,
    };
  }

  return {
    horizonYears: input.horizonYears,
    pricesIncludeVat: input.pricesIncludeVat,
    vatRatePercent: input.vatRatePercent,
    scenarios,
    ranking,
    cheapestId: ranking[0] ?? null,
    envelope,
    parent,
  };
}

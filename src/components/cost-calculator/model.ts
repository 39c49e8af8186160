/**
 * The cost model: total cost of ownership of school devices, the Digiplan
 * envelope and the parent contribution. Pure, no DOM, no locale.
 *
 * Money is integer cents; years and ratios are integer hundredths. Every
 * total is one exact fraction (BigInt) rounded once, and the parts of a total
 * are allocated so that their cents add up to it exactly.
 */
import { divFloor, divRound } from './decimal.js';

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
  /** Whether the amounts were typed including VAT; results always include it. */
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
  shares: Record<SchoolLevel, { budgetCents: number; pupils: number }>;
}

/** The parts of a scenario's total over the horizon; they add up to it. */
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
  /** Total over the horizon, all devices, incl. VAT. */
  totalCents: number;
  breakdown: Breakdown;
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
  /** What parents would pay per pupil per year to cover the rest (never below 0). */
  neededFeeCents: number;
  /** The same spread over ten months (no July and August), rounded up. */
  monthlyOverTenCents: number;
  feePosition: BandPosition;
  depositCents: number;
  depositPosition: BandPosition;
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

function scenarioResult(s: ScenarioInput, horizon: bigint, vatNumerator: bigint): Omit<ScenarioResult, 'differenceCents' | 'rank'> {
  const devices = big(s.devices);
  const lifetime = big(hundredths(s.lifetimeYears));
  const ratio = big(hundredths(s.pupilsPerDevice));
  // Each cost over the horizon as a fraction over one common denominator:
  // per-cycle costs recur horizon/lifetime times, yearly ones horizon times.
  const denominator = 100n * lifetime * 10_000n;
  const scale = devices * horizon * vatNumerator;
  const cycle = 100n * scale;
  const parts = [
    s.acquisition === 'lease' ? big(s.amountCents) * 12n * lifetime * scale : big(s.amountCents) * cycle,
    big(yearlyTotal(s.yearly)) * lifetime * scale,
    big(s.oneOff.setupCents + s.oneOff.wipingCents) * cycle,
    -big(s.residualCents) * cycle,
  ];
  const exact = parts.reduce((sum, n) => sum + n, 0n);
  const [acquisitionCents, yearlyCents, oneOffCents, residualCents] = allocate(parts, denominator).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const perYear = (divisor: bigint) => Number(divRound(exact * 100n, denominator * horizon * divisor));
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
    perYearCents: perYear(1n),
    perDevicePerYearCents: perYear(devices),
    perPupilPerYearCents: Number(divRound(exact * 10_000n, denominator * horizon * devices * ratio)),
  };
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
  const vatNumerator = input.pricesIncludeVat ? 10_000n : 10_000n + big(hundredths(input.vatRatePercent));
  const partial = input.scenarios.map((s) => scenarioResult(s, horizon, vatNumerator));
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
  if (chosen && otherFundsCents !== null && depositCents !== null) {
    const neededFeeCents = Math.max(0, chosen.perPupilPerYearCents - otherFundsCents);
    parent = {
      scenarioId: chosen.id,
      costPerPupilPerYearCents: chosen.perPupilPerYearCents,
      otherFundsCents,
      neededFeeCents,
      monthlyOverTenCents: Math.ceil(neededFeeCents / 10),
      feePosition: position(neededFeeCents, constants.feeBand),
      depositCents,
      depositPosition: position(depositCents, constants.depositBand),
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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConfig } from '../../../src/components/cost-calculator/config.js';
import { divRound } from '../../../src/components/cost-calculator/decimal.js';
import {
  acquisitionPerDeviceCents,
  allocate,
  calculate,
  rankScenarios,
  type CalculationInput,
  type ScenarioInput,
} from '../../../src/components/cost-calculator/model.js';

const constants = defaultConfig().constants;
const noYearly = { insuranceCents: 0, repairsCents: 0, managementCents: 0, accessoriesCents: 0 };
const noOneOff = { setupCents: 0, wipingCents: 0 };

const scenario = (overrides: Partial<ScenarioInput> & Pick<ScenarioInput, 'id'>): ScenarioInput => ({
  name: overrides.id,
  acquisition: 'buy',
  amountCents: 55_000,
  devices: 100,
  lifetimeYears: 4,
  pupilsPerDevice: 1,
  yearly: noYearly,
  oneOff: noOneOff,
  residualCents: 0,
  ...overrides,
});

const input = (scenarios: ScenarioInput[], overrides: Partial<CalculationInput> = {}): CalculationInput => ({
  horizonYears: 6,
  pricesIncludeVat: true,
  vatRatePercent: 21,
  scenarios,
  school: { level: 'secondary', pupils: null, staff: null },
  parent: { scenarioId: null, otherFundsCents: 0, depositCents: 0 },
  ...overrides,
});

const typical = [
  scenario({ id: 'buy' }),
  scenario({ id: 'lease', acquisition: 'lease', amountCents: 1_900, lifetimeYears: 3 }),
  scenario({ id: 'refurbished', acquisition: 'refurbished', amountCents: 35_000, lifetimeYears: 3 }),
];

describe('calculate: hand-checked examples', () => {
  const result = calculate(input(typical), constants);
  const [buy, lease, refurbished] = result.scenarios;

  it('buy new: EUR 550 x 100 devices x 6 years / 4-year lifetime = EUR 82,500; per device per year 550 / 4 = EUR 137.50', () => {
    expect(buy!.totalCents).toBe(8_250_000);
    expect(buy!.perYearCents).toBe(1_375_000);
    expect(buy!.perDevicePerYearCents).toBe(13_750);
    expect(buy!.perPupilPerYearCents).toBe(13_750);
    expect(buy!.breakdown).toEqual({ acquisitionCents: 8_250_000, yearlyCents: 0, oneOffCents: 0, residualCents: 0 });
  });

  it('lease: EUR 19 x 12 months x 6 years x 100 devices = EUR 136,800; per device per year 19 x 12 = EUR 228', () => {
    expect(lease!.totalCents).toBe(13_680_000);
    expect(lease!.perDevicePerYearCents).toBe(22_800);
  });

  it('refurbished: EUR 350 x 100 x 6 / 3 = EUR 70,000; per device per year 350 / 3 = EUR 116.666.. -> 116.67', () => {
    expect(refurbished!.totalCents).toBe(7_000_000);
    expect(refurbished!.perDevicePerYearCents).toBe(11_667);
  });

  it('differences against the cheapest (refurbished, EUR 70,000): buy +12,500, lease +66,800; ranking refurbished, buy, lease', () => {
    expect(result.cheapestId).toBe('refurbished');
    expect(result.ranking).toEqual(['refurbished', 'buy', 'lease']);
    expect(result.scenarios.map((s) => s.differenceCents)).toEqual([1_250_000, 6_680_000, 0]);
    expect(result.scenarios.map((s) => s.rank)).toEqual([2, 3, 1]);
  });

  it(
    'all costs: (600 + (20 + 15) x 4 + 10 + 5 - 50) = EUR 705 per device per 4-year cycle; x 30 devices x 6/4 = EUR 31,725 ' +
      '= 27,000 buy + 6,300 yearly + 675 one-off - 2,250 residual; per pupil (3 per device) per year 31,725 / 6 / 90 = EUR 58.75',
    () => {
      const [s] = calculate(
        input([
          scenario({
            id: 'cart',
            amountCents: 60_000,
            devices: 30,
            pupilsPerDevice: 3,
            yearly: { insuranceCents: 2_000, repairsCents: 0, managementCents: 1_500, accessoriesCents: 0 },
            oneOff: { setupCents: 1_000, wipingCents: 500 },
            residualCents: 5_000,
          }),
        ]),
        constants,
      ).scenarios;
      expect(s!.totalCents).toBe(3_172_500);
      expect(s!.breakdown).toEqual({
        acquisitionCents: 2_700_000,
        yearlyCents: 630_000,
        oneOffCents: 67_500,
        residualCents: -225_000,
      });
      expect(s!.perDevicePerYearCents).toBe(17_625);
      expect(s!.pupils).toBe(90);
      expect(s!.perPupilPerYearCents).toBe(5_875);
    },
  );

  it('prices excluding VAT: EUR 500 x 1.21 = 605 per device; x 10 devices over a 5-year lifetime and horizon = EUR 6,050', () => {
    const [s] = calculate(
      input([scenario({ id: 'x', amountCents: 50_000, devices: 10, lifetimeYears: 5 })], {
        horizonYears: 5,
        pricesIncludeVat: false,
      }),
      constants,
    ).scenarios;
    expect(s!.totalCents).toBe(605_000);
  });

  it('rounds once: EUR 100 / 3-year lifetime over 1 year = 33.333.. -> EUR 33.33, and the parts still add up', () => {
    const [s] = calculate(
      input([scenario({ id: 'r', amountCents: 10_000, devices: 1, lifetimeYears: 3, oneOff: { setupCents: 100, wipingCents: 0 } })], {
        horizonYears: 1,
      }),
      constants,
    ).scenarios;
    // 10,100 / 3 = 3,366.67 cents -> 3,367; parts 3,333.33 + 33.33 allocated as 3,334 + 33
    expect(s!.totalCents).toBe(3_367);
    expect(s!.breakdown.acquisitionCents + s!.breakdown.oneOffCents).toBe(3_367);
  });

  it('a 2.5-year lease term: EUR 20 x 12 x 2.5 = EUR 600 per device over its term', () => {
    expect(acquisitionPerDeviceCents({ acquisition: 'lease', amountCents: 2_000, lifetimeYears: 2.5 })).toBe(60_000);
    expect(acquisitionPerDeviceCents({ acquisition: 'buy', amountCents: 2_000, lifetimeYears: 2.5 })).toBe(2_000);
  });
});

describe('Digiplan envelope and parent contribution', () => {
  it('theme 1: 40 staff x EUR 628 = EUR 25,120', () => {
    const { envelope } = calculate(input([], { school: { level: 'secondary', pupils: null, staff: 40 } }), constants);
    expect(envelope.totalCents).toBe(2_512_000);
    expect(envelope.perStaffCents).toBe(62_800);
  });

  it('derived shares: EUR 70 million / 729,000 pupils of basisonderwijs = EUR 96.02; EUR 90 million / 442,306 = EUR 203.48; x 600 pupils = EUR 122,088.55', () => {
    const primary = calculate(input([], { school: { level: 'primary', pupils: null, staff: null } }), constants).envelope;
    // 7,000,000,000 cents / 729,000 = 9,602.19 cents: kindergarten and primary, not primary alone (463,159 gave EUR 151)
    expect(primary.derivedPerPupilCents).toBe(9_602);
    expect(primary.derivedSchoolCents).toBeNull();
    const secondary = calculate(input([], { school: { level: 'secondary', pupils: 600, staff: null } }), constants).envelope;
    expect(secondary.derivedPerPupilCents).toBe(20_348);
    // 9,000,000,000 cents x 600 / 442,306 = 12,208,742.4 cents
    expect(secondary.derivedSchoolCents).toBe(12_208_742);
  });

  it('needed fee for the cheapest by default: refurbished EUR 116.67 - 20.00 other funds = EUR 96.67, within EUR 0-150; 9.667 -> 9.67 a month over 10 months', () => {
    const { parent } = calculate(input(typical, { parent: { scenarioId: null, otherFundsCents: 2_000, depositCents: 3_900 } }), constants);
    expect(parent).toEqual({
      scenarioId: 'refurbished',
      costPerPupilPerYearCents: 11_667,
      otherFundsCents: 2_000,
      remainingCents: 9_667,
      feeAllowed: true,
      neededFeeCents: 9_667,
      monthlyOverTenCents: 967,
      feePosition: 'within',
      depositCents: 3_900,
      depositPosition: 'within',
    });
  });

  it('a chosen lease at EUR 228 per pupil per year is above the EUR 150 band; a EUR 200 deposit is above its band too', () => {
    const { parent } = calculate(input(typical, { parent: { scenarioId: 'lease', otherFundsCents: 0, depositCents: 20_000 } }), constants);
    expect(parent!.neededFeeCents).toBe(22_800);
    expect(parent!.feePosition).toBe('above');
    expect(parent!.depositPosition).toBe('above');
  });

  it('the fee is never below zero: EUR 137.50 cost - EUR 200 other funds = EUR 0', () => {
    const { parent } = calculate(
      input([scenario({ id: 'buy' })], { parent: { scenarioId: null, otherFundsCents: 20_000, depositCents: 0 } }),
      constants,
    );
    expect(parent!.neededFeeCents).toBe(0);
    expect(parent!.feePosition).toBe('within');
  });

  it('a band with a minimum marks lower fees as below it', () => {
    const { parent } = calculate(input([scenario({ id: 'buy' })]), { ...constants, feeBand: { minCents: 15_000, maxCents: 30_000 } });
    expect(parent!.feePosition).toBe('below');
  });

  it('has no parent result without a scenario or with an invalid parent field', () => {
    expect(calculate(input([]), constants).parent).toBeNull();
    expect(calculate(input(typical, { parent: { scenarioId: null, otherFundsCents: null, depositCents: 0 } }), constants).parent).toBeNull();
  });
});

describe('primary education: no parent fee for ICT material', () => {
  it('asks no fee or deposit and shows what the school pays itself: refurbished EUR 116.67 - 20.00 = EUR 96.67 per pupil per year', () => {
    const { parent } = calculate(
      input(typical, { school: { level: 'primary', pupils: null, staff: null }, parent: { scenarioId: null, otherFundsCents: 2_000, depositCents: 3_900 } }),
      constants,
    );
    expect(parent).toEqual({
      scenarioId: 'refurbished',
      costPerPupilPerYearCents: 11_667,
      otherFundsCents: 2_000,
      remainingCents: 9_667,
      feeAllowed: false,
      neededFeeCents: 0,
      monthlyOverTenCents: 0,
      feePosition: null,
      depositCents: 0,
      depositPosition: null,
    });
  });

  it('does not need a valid deposit field, which it does not show', () => {
    const { parent } = calculate(
      input(typical, { school: { level: 'primary', pupils: null, staff: null }, parent: { scenarioId: null, otherFundsCents: 0, depositCents: null } }),
      constants,
    );
    expect(parent?.remainingCents).toBe(11_667);
  });
});

describe('VAT per kind of cost (amounts typed excluding VAT, 21%)', () => {
  it(
    'insurance is exempt and a buy-back carries no VAT: 10 devices, EUR 500 + 21% = 605, insurance EUR 30 a year x 5 = 150 (no VAT), ' +
      'repairs EUR 10 a year x 5 x 1.21 = 60.50, wiping EUR 20 x 1.21 = 24.20, buy-back EUR 50 (no VAT): EUR 789.70 per device, EUR 7,897 in all',
    () => {
      const [s] = calculate(
        input(
          [
            scenario({
              id: 'x',
              amountCents: 50_000,
              devices: 10,
              lifetimeYears: 5,
              yearly: { insuranceCents: 3_000, repairsCents: 1_000, managementCents: 0, accessoriesCents: 0 },
              oneOff: { setupCents: 0, wipingCents: 2_000 },
              residualCents: 5_000,
            }),
          ],
          { horizonYears: 5, pricesIncludeVat: false },
        ),
        constants,
      ).scenarios;
      expect(s!.breakdown).toEqual({ acquisitionCents: 605_000, yearlyCents: 210_500, oneOffCents: 24_200, residualCents: -50_000 });
      expect(s!.totalCents).toBe(789_700);
      // One batch, bought in year 1 and ended in year 5: the cash equals the spread cost here.
      expect(s!.paidCents).toBe(789_700);
      expect(s!.paidByYear.map((year) => year.cents)).toEqual([605_000 + 42_100, 42_100, 42_100, 42_100, 42_100 + 24_200 - 50_000]);
    },
  );
});

describe('what the school pays, year by year, beside the spread cost', () => {
  const insured = scenario({ id: 'buy', yearly: { insuranceCents: 2_000, repairsCents: 0, managementCents: 0, accessoriesCents: 0 } });

  it('100 laptops at EUR 550, 4-year life, EUR 20 insurance, over 6 years: spread EUR 94,500, paid EUR 110,000 + 12,000 = EUR 122,000', () => {
    const [s] = calculate(input([insured]), constants).scenarios;
    expect(s!.totalCents).toBe(9_450_000);
    expect(s!.paidCents).toBe(12_200_000);
    expect(s!.paidByYear).toEqual([
      { year: 1, cents: 5_700_000, batchesStarted: 1, batchesEnded: 0 },
      { year: 2, cents: 200_000, batchesStarted: 0, batchesEnded: 0 },
      { year: 3, cents: 200_000, batchesStarted: 0, batchesEnded: 0 },
      { year: 4, cents: 200_000, batchesStarted: 0, batchesEnded: 1 },
      { year: 5, cents: 5_700_000, batchesStarted: 1, batchesEnded: 0 },
      { year: 6, cents: 200_000, batchesStarted: 0, batchesEnded: 0 },
    ]);
  });

  it('a 2-year horizon: spread EUR 27,500, but the school pays EUR 55,000 up front', () => {
    const [s] = calculate(input([scenario({ id: 'buy' })], { horizonYears: 2 }), constants).scenarios;
    expect(s!.totalCents).toBe(2_750_000);
    expect(s!.paidCents).toBe(5_500_000);
    expect(s!.paidByYear.map((year) => year.cents)).toEqual([5_500_000, 0]);
  });

  it('wiping and buy-back only for the batch whose life ends inside the horizon: EUR 10 wiping, EUR 50 buy-back, 100 devices, 4 years over 6', () => {
    const [s] = calculate(
      input([scenario({ id: 'buy', oneOff: { setupCents: 0, wipingCents: 1_000 }, residualCents: 5_000 })]),
      constants,
    ).scenarios;
    // Spread: (550 + 10 - 50) x 100 x 6/4 = EUR 76,500 (1.5 ends). Paid: 2 x 55,000 + 1 x (1,000 - 5,000) = EUR 106,000.
    expect(s!.totalCents).toBe(7_650_000);
    expect(s!.paidCents).toBe(10_600_000);
    expect(s!.paidByYear[3]!.cents).toBe(-400_000);
  });

  it('a lease: EUR 19 a month x 12 x 100 devices = EUR 22,800 a year, for each year; a 2.5-year horizon pays half of the third year', () => {
    const [s] = calculate(input([scenario({ id: 'lease', acquisition: 'lease', amountCents: 1_900, lifetimeYears: 3 })], { horizonYears: 2.5 }), constants).scenarios;
    expect(s!.paidByYear.map((year) => year.cents)).toEqual([2_280_000, 2_280_000, 1_140_000]);
    expect(s!.paidCents).toBe(5_700_000);
    expect(s!.paidByYear[0]!.batchesStarted).toBe(1);
  });

  it('the years add up to the paid total, and the paid total is never below the spread cost without end values (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 100, max: 800 }),
        fc.integer({ min: 100, max: 2_000 }),
        fc.constantFrom('buy', 'lease', 'refurbished' as const),
        (amountCents, devices, lifetime, horizon, acquisition) => {
          const [s] = calculate(
            input([scenario({ id: 'p', acquisition, amountCents, devices, lifetimeYears: lifetime / 100 })], { horizonYears: horizon / 100 }),
            constants,
          ).scenarios;
          expect(s!.paidByYear.reduce((sum, year) => sum + year.cents, 0)).toBe(s!.paidCents);
          expect(s!.paidByYear).toHaveLength(Math.ceil(horizon / 100));
          // Paying a batch in full up front is never less than its share of the horizon (up to rounding per year).
          expect(s!.paidCents).toBeGreaterThanOrEqual(s!.totalCents - s!.paidByYear.length);
        },
      ),
    );
  });
});

describe('allocate', () => {
  it('gives the missing cent to the largest remainder: 1/3 + 1/3 + 1/3 = 1 -> [1, 0, 0] in input order', () => {
    expect(allocate([1n, 1n, 1n], 3n)).toEqual([1n, 0n, 0n]);
  });

  it('the parts always add up to the rounded total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { minLength: 1, maxLength: 6 }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (parts, d) => {
        const total = parts.reduce((a, b) => a + b, 0n);
        const allocated = allocate(parts, d);
        const sum = allocated.reduce((a, b) => a + b, 0n);
        expect(sum).toBe(divRound(total, d));
        // every part is within one cent of its exact value
        allocated.forEach((value, i) => {
          const diff = value * d - parts[i]!;
          expect(diff > -d && diff < d).toBe(true);
        });
      }),
    );
  });
});

const arbScenario = (id: string) =>
  fc
    .record({
      acquisition: fc.constantFrom('buy', 'lease', 'refurbished' as const),
      amountCents: fc.integer({ min: 0, max: 100_000_000 }),
      devices: fc.integer({ min: 1, max: 100_000 }),
      lifetimeHundredths: fc.integer({ min: 100, max: 2_000 }),
      ratioHundredths: fc.integer({ min: 10, max: 10_000 }),
      yearly: fc.record({
        insuranceCents: fc.integer({ min: 0, max: 100_000_000 }),
        repairsCents: fc.integer({ min: 0, max: 100_000_000 }),
        managementCents: fc.integer({ min: 0, max: 100_000_000 }),
        accessoriesCents: fc.integer({ min: 0, max: 100_000_000 }),
      }),
      oneOff: fc.record({ setupCents: fc.integer({ min: 0, max: 100_000_000 }), wipingCents: fc.integer({ min: 0, max: 100_000_000 }) }),
      residualShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r): ScenarioInput => {
      const base = { acquisition: r.acquisition, amountCents: r.amountCents, lifetimeYears: r.lifetimeHundredths / 100 };
      return {
        id,
        name: id,
        ...base,
        devices: r.devices,
        pupilsPerDevice: r.ratioHundredths / 100,
        yearly: r.yearly,
        oneOff: r.oneOff,
        // valid input: the residual value never exceeds what the device cost to acquire
        residualCents: Math.floor(acquisitionPerDeviceCents(base) * r.residualShare),
      };
    });

const arbInput = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbScenario(`s${i + 1}`))))
  .chain((scenarios) =>
    fc.record({
      horizonHundredths: fc.integer({ min: 100, max: 2_000 }),
      pricesIncludeVat: fc.boolean(),
      vatHundredths: fc.integer({ min: 0, max: 10_000 }),
      scenarios: fc.constant(scenarios),
    }),
  )
  .map((r) => input(r.scenarios, { horizonYears: r.horizonHundredths / 100, pricesIncludeVat: r.pricesIncludeVat, vatRatePercent: r.vatHundredths / 100 }));

describe('calculate: properties for any valid input', () => {
  it('totals, per-year and per-pupil figures are never negative', () => {
    fc.assert(
      fc.property(arbInput, (value) => {
        for (const s of calculate(value, constants).scenarios) {
          expect(s.totalCents).toBeGreaterThanOrEqual(0);
          expect(s.perYearCents).toBeGreaterThanOrEqual(0);
          expect(s.perDevicePerYearCents).toBeGreaterThanOrEqual(0);
          expect(s.perPupilPerYearCents).toBeGreaterThanOrEqual(0);
          expect(s.differenceCents).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('the cents of the breakdown add up to the total exactly, and all are safe integers', () => {
    fc.assert(
      fc.property(arbInput, (value) => {
        for (const s of calculate(value, constants).scenarios) {
          const { acquisitionCents, yearlyCents, oneOffCents, residualCents } = s.breakdown;
          expect(acquisitionCents + yearlyCents + oneOffCents + residualCents).toBe(s.totalCents);
          for (const n of [s.totalCents, acquisitionCents, yearlyCents, oneOffCents, residualCents, s.perPupilPerYearCents]) {
            expect(Number.isSafeInteger(n)).toBe(true);
          }
          expect(residualCents).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('keeps the input order, ranks by total with ties in input order, and the cheapest differs by 0', () => {
    fc.assert(
      fc.property(arbInput, (value) => {
        const result = calculate(value, constants);
        expect(result.scenarios.map((s) => s.id)).toEqual(value.scenarios.map((s) => s.id));
        const ranked = result.ranking.map((id) => result.scenarios.find((s) => s.id === id)!);
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          expect(a.totalCents < b.totalCents || (a.totalCents === b.totalCents && value.scenarios.findIndex((s) => s.id === a.id) < value.scenarios.findIndex((s) => s.id === b.id))).toBe(true);
        }
        expect(result.scenarios.find((s) => s.id === result.cheapestId)!.differenceCents).toBe(0);
      }),
    );
  });

  it('identical scenarios tie and keep their order, whatever their position', () => {
    fc.assert(
      fc.property(arbScenario('a'), fc.integer({ min: 0, max: 3 }), (a, position) => {
        const copies = Array.from({ length: 4 }, (_, i) => ({ ...a, id: `c${i}` }));
        const ranking = rankScenarios(calculate(input(copies), constants).scenarios);
        expect(ranking).toEqual(['c0', 'c1', 'c2', 'c3']);
        const withCheaper = [...copies];
        withCheaper.splice(position, 0, { ...a, id: 'free', amountCents: 0, yearly: noYearly, oneOff: noOneOff, residualCents: 0 });
        expect(rankScenarios(calculate(input(withCheaper), constants).scenarios)[0]).toBe('free');
      }),
    );
  });

  it('more devices never cost less in total', () => {
    fc.assert(
      fc.property(arbScenario('a'), fc.integer({ min: 1, max: 1000 }), (a, extra) => {
        const [small, large] = calculate(input([a, { ...a, id: 'b', devices: a.devices + extra }]), constants).scenarios;
        expect(large!.totalCents).toBeGreaterThanOrEqual(small!.totalCents);
      }),
    );
  });
});

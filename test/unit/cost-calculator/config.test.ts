import { describe, expect, it } from 'vitest';
import {
  defaultConfig,
  describeIssue,
  describeValue,
  mergeLayers,
  resolveConfig,
} from '../../../src/components/cost-calculator/config.js';

const paths = (raw: unknown) => resolveConfig(raw).issues.map((issue) => issue.path);

describe('defaults and their sources', () => {
  it('uses the figures of the domain sources: EUR 628 per staff member, bands EUR 0-150, EUR 550 laptop, EUR 19 lease, 21% VAT', () => {
    const config = defaultConfig();
    expect(config.constants.digiplanPerStaffCents).toBe(62_800);
    expect(config.constants.feeBand).toEqual({ minCents: 0, maxCents: 15_000 });
    expect(config.constants.depositBand).toEqual({ minCents: 0, maxCents: 15_000 });
    expect(config.reference.buy.amountCents).toBe(55_000);
    expect(config.reference.lease.amountCents).toBe(1_900);
    expect(config.vatRatePercent).toBe(21);
    // Theme 2 covers kindergarten and primary: about 266,000 + 463,000 pupils (Statistiek Vlaanderen, 2017-2018).
    expect(config.constants.shares.primary).toEqual({ budgetCents: 7_000_000_000, pupils: 729_000, pupilsAsOf: '2017-2018' });
    expect(config.constants.shares.secondary).toEqual({ budgetCents: 9_000_000_000, pupils: 442_306, pupilsAsOf: '2019' });
  });

  it('names a source for every default that is not zero', () => {
    const { sources } = defaultConfig();
    expect(sources['digiplanPerStaff']).toEqual({ id: 'digiplan' });
    expect(sources['feeBand']).toEqual({ id: 'court-of-audit' });
    expect(sources['reference.buy.amount']).toEqual({ id: 'school-prices' });
    expect(sources['reference.refurbished.amount']).toEqual({ id: 'assumption' });
    expect(sources['reference.lease.lifetimeYears']).toEqual({ id: 'assumption' });
    expect(sources['shares']).toEqual({ id: 'derived' });
  });

  it('an empty or missing configuration gives the defaults without issues', () => {
    expect(resolveConfig(undefined)).toEqual({ config: defaultConfig(), issues: [] });
    expect(resolveConfig({})).toEqual({ config: defaultConfig(), issues: [] });
  });
});

describe('site overrides', () => {
  it('a site\'s own pupil count drops the built-in date unless the site gives one; a bad date is reported', () => {
    const own = resolveConfig({ shares: { primary: { pupils: 700_000 }, secondary: { pupils: 450_000, pupilsAsOf: '2024-2025' } } });
    expect(own.issues).toEqual([]);
    expect(own.config.constants.shares.primary).toEqual({ budgetCents: 7_000_000_000, pupils: 700_000 });
    expect(own.config.constants.shares.secondary).toEqual({ budgetCents: 9_000_000_000, pupils: 450_000, pupilsAsOf: '2024-2025' });
    const bad = resolveConfig({ shares: { primary: { pupilsAsOf: 2018 } } });
    expect(bad.issues.map((issue) => issue.path)).toEqual(['shares.primary.pupilsAsOf']);
    expect(bad.config.constants.shares.primary).toEqual(defaultConfig().constants.shares.primary);
  });

  it('applies valid values and credits them to the site, or to the source it names', () => {
    const { config, issues } = resolveConfig({
      digiplanPerStaff: 700,
      feeBand: { max: 120 },
      sources: { feeBand: { label: 'Schoolraad 2025', url: 'https://school.example/raad' } },
      reference: { buy: { price: 529.99, lifetimeYears: 5, insurance: 12.5, source: { label: 'Referentieprijzen 2025' } } },
    });
    expect(issues).toEqual([]);
    expect(config.constants.digiplanPerStaffCents).toBe(70_000);
    expect(config.sources['digiplanPerStaff']).toEqual({ id: 'site' });
    expect(config.constants.feeBand).toEqual({ minCents: 0, maxCents: 12_000 });
    expect(config.sources['feeBand']).toEqual({ id: 'site', label: 'Schoolraad 2025', url: 'https://school.example/raad' });
    expect(config.reference.buy).toMatchObject({ amountCents: 52_999, lifetimeYears: 5, insuranceCents: 1_250 });
    expect(config.sources['reference.buy.amount']).toEqual({ id: 'site', label: 'Referentieprijzen 2025' });
    expect(config.sources['reference.buy.insurance']).toEqual({ id: 'site', label: 'Referentieprijzen 2025' });
    // untouched defaults keep their own source
    expect(config.sources['reference.lease.amount']).toEqual({ id: 'school-prices' });
  });

  it('reads seeds: scenarios as given, the school and the parent fields', () => {
    const { config, issues } = resolveConfig({
      vat: 'excl',
      scenarios: [{ name: 'Laptopkar', acquisition: 'buy', price: 480, devices: 24, lifetimeYears: 5, pupilsPerDevice: '2,5' }],
      school: { level: 'primary', pupils: 220, staff: 28 },
      parent: { otherFunds: 0, deposit: 39 },
    });
    expect(issues).toEqual([]);
    expect(config.seeds).toEqual({
      vat: 'excl',
      scenarios: [{ name: 'Laptopkar', acquisition: 'buy', price: 480, devices: 24, lifetimeYears: 5, pupilsPerDevice: '2,5' }],
      school: { level: 'primary', pupils: 220, staff: 28 },
      parent: { otherFunds: 0, deposit: 39 },
    });
  });
});

describe('invalid configuration: reported by path, default kept, the rest applied', () => {
  it('reports a wrong type, a value out of range and too many decimals', () => {
    const { config, issues } = resolveConfig({ digiplanPerStaff: '628', vatRate: 150, horizonYears: 2.555, devices: 40 });
    expect(issues.map((i) => i.path)).toEqual(['vatRate', 'horizonYears', 'digiplanPerStaff']);
    expect(issues[2]!.expected).toEqual({ type: 'number', min: 0, max: 100_000, decimals: 2 });
    expect(config.constants.digiplanPerStaffCents).toBe(62_800);
    expect(config.sources['digiplanPerStaff']).toEqual({ id: 'digiplan' });
    expect(config.vatRatePercent).toBe(21);
    expect(config.devices).toBe(40);
  });

  it('rejects a band whose minimum is above its maximum, keeping the default band', () => {
    const { config, issues } = resolveConfig({ feeBand: { min: 200, max: 100 }, depositBand: { max: -1 } });
    expect(issues.map((i) => [i.path, i.expected.type])).toEqual([
      ['feeBand', 'band'],
      ['depositBand.max', 'number'],
    ]);
    expect(config.constants.feeBand).toEqual({ minCents: 0, maxCents: 15_000 });
    expect(config.constants.depositBand).toEqual({ minCents: 0, maxCents: 15_000 });
  });

  it('names unknown keys (typos) with the keys known there', () => {
    const { issues } = resolveConfig({ feeband: { max: 100 }, reference: { buy: { prise: 500 } } });
    expect(issues.map((i) => i.path)).toEqual(['feeband', 'reference.buy.prise']);
    expect(describeIssue(issues[0]!)).toBe('feeband: unknown setting, ignored; did you mean "feeBand"?');
    expect(describeIssue(issues[1]!)).toContain('known here: price, lifetimeYears');
  });

  it('never turns a javascript: or relative URL into a link', () => {
    const { config, issues } = resolveConfig({
      digiplanPerStaff: 628,
      sources: { digiplanPerStaff: { label: 'X', url: 'javascript:alert(1)' } },
    });
    expect(issues.map((i) => i.path)).toEqual(['sources.digiplanPerStaff.url']);
    expect(config.sources['digiplanPerStaff']).toEqual({ id: 'site', label: 'X' });
    expect(paths({ digiplanPerStaff: 1, sources: { digiplanPerStaff: { url: '/relative' } } })).toEqual(['sources.digiplanPerStaff.url']);
  });

  it('checks scenario seeds for shape only; their ranges show on the fields', () => {
    const { config, issues } = resolveConfig({
      scenarios: [{ acquisition: 'rent', devices: -5, lifetimeYears: 0, price: { euro: 5 } }],
    });
    expect(issues.map((i) => i.path)).toEqual(['scenarios[0].acquisition', 'scenarios[0].price']);
    expect(config.seeds.scenarios).toEqual([{ devices: -5, lifetimeYears: 0 }]);
  });

  it('limits the number of scenarios to maxScenarios', () => {
    const { config, issues } = resolveConfig({ maxScenarios: 2, scenarios: [{}, {}, {}] });
    expect(issues.map((i) => i.path)).toEqual(['scenarios']);
    expect(config.seeds.scenarios).toHaveLength(2);
    expect(paths({ scenarios: [] })).toEqual(['scenarios']);
    expect(paths({ scenarios: 'three' })).toEqual(['scenarios']);
  });

  it('reports a configuration that is not an object', () => {
    expect(paths([1, 2])).toEqual(['']);
    expect(paths('x')).toEqual(['']);
    expect(describeIssue(resolveConfig(42).issues[0]!)).toBe('(root): expected an object, got 42; ignored.');
  });
});

describe('merging layers (script child, then property)', () => {
  it('merges objects key by key, later layers win, lists are replaced', () => {
    expect(
      mergeLayers([
        { feeBand: { min: 0, max: 150 }, scenarios: [{}, {}], devices: 10 },
        { feeBand: { max: 120 }, scenarios: [{}] },
        undefined,
        'not an object',
      ]),
    ).toEqual({ feeBand: { min: 0, max: 120 }, scenarios: [{}], devices: 10 });
  });

  it('ignores prototype keys', () => {
    const merged = mergeLayers([JSON.parse('{"__proto__": {"polluted": true}, "devices": 1}')]);
    expect(merged).toEqual({ devices: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('describeValue', () => {
  it('shortens long values', () => {
    expect(describeValue('x'.repeat(100))).toHaveLength(60);
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('the README example', () => {
  it('is a configuration the calculator accepts without one issue', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const json = /<digi-cost-calculator[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/.exec(readme)?.[1];
    expect(json, 'README has a cost-calculator JSON example').toBeDefined();
    const { config, issues } = resolveConfig(JSON.parse(json!));
    expect(issues).toEqual([]);
    expect(config.horizonYears).toBe(4);
    expect(config.reference.buy.amountCents).toBe(57_900);
    expect(config.seeds.scenarios).toHaveLength(2);
  });
});

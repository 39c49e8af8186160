import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConfig, resolveConfig } from '../../../src/components/cost-calculator/config.js';
import {
  convertText,
  evaluate,
  fieldId,
  formatForInput,
  initialForm,
  parseField,
  shownFields,
  type FormState,
} from '../../../src/components/cost-calculator/form.js';

const names = { reference: (kind: string) => `${kind}`, numbered: (index: number) => `Scenario ${index}` };
const ids = () => {
  let n = 0;
  return () => `s${++n}`;
};
const form = (config = defaultConfig(), locale = 'nl-BE') => initialForm(config, locale, names, ids());

describe('parseField', () => {
  it.each([
    ['', 'money', { empty: true }],
    ['12,50', 'money', { value: 1250 }],
    ['abc', 'money', { error: { code: 'invalid', kind: 'money' } }],
    ['-5', 'money', { error: { code: 'negative', kind: 'money' } }],
    ['1,234', 'money', { error: { code: 'decimals', kind: 'money' } }],
    ['2,5', 'count', { error: { code: 'whole', kind: 'count' } }],
    ['0', 'count', { error: { code: 'min', kind: 'count', limit: 1 } }],
    ['0', 'headcount', { value: 0 }],
    ['0,5', 'years', { error: { code: 'min', kind: 'years', limit: 100 } }],
    ['21', 'years', { error: { code: 'max', kind: 'years', limit: 2000 } }],
    ['2,5', 'years', { value: 250 }],
    ['0,05', 'ratio', { error: { code: 'min', kind: 'ratio', limit: 10 } }],
    ['99999999999999999999', 'money', { error: { code: 'max', kind: 'money', limit: 100_000_000 } }],
  ] as const)('"%s" as %s', (text, kind, expected) => {
    expect(parseField(text, kind, 'nl-BE')).toEqual(expected);
  });
});

describe('formatting for fields', () => {
  it('writes values as people type them: no grouping, the locale separator, cents only when there are any', () => {
    expect(formatForInput(55_000, 'money', 'nl-BE')).toBe('550');
    expect(formatForInput(54_990, 'money', 'nl-BE')).toBe('549,90');
    expect(formatForInput(54_990, 'money', 'en')).toBe('549.90');
    expect(formatForInput(123_456_789, 'money', 'fr-BE')).toBe('1234567,89');
    expect(formatForInput(250, 'years', 'nl-BE')).toBe('2,5');
    expect(formatForInput(25, 'count', 'nl-BE')).toBe('25');
  });

  it('converts valid text to another locale and leaves anything else as typed', () => {
    expect(convertText('1.500', 'money', 'nl-BE', 'en')).toBe('1500');
    expect(convertText('12,5', 'money', 'nl-BE', 'en')).toBe('12.50');
    expect(convertText('2,5', 'years', 'nl-BE', 'fr-BE')).toBe('2,5');
    expect(convertText('abc', 'money', 'nl-BE', 'en')).toBe('abc');
    expect(convertText('-5', 'money', 'nl-BE', 'en')).toBe('-5');
  });

  it('every valid value survives formatting and parsing in every locale (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('nl-BE', 'fr-BE', 'en', 'en-BE'), fc.integer({ min: 0, max: 100_000_000 }), (locale, cents) => {
        expect(parseField(formatForInput(cents, 'money', locale), 'money', locale)).toEqual({ value: cents });
      }),
    );
  });
});

describe('initialForm', () => {
  it('starts with one scenario of each kind filled in from the reference values', () => {
    const state = form();
    expect(state.scenarios.map((s) => [s.id, s.name, s.acquisition, s.price, s.monthly, s.lifetime, s.devices, s.ratio])).toEqual([
      ['s1', 'buy', 'buy', '550', '19', '4', '100', '1'],
      ['s2', 'lease', 'lease', '550', '19', '3', '100', '1'],
      ['s3', 'refurbished', 'refurbished', '350', '19', '3', '100', '1'],
    ]);
    expect(state).toMatchObject({ vat: 'incl', horizon: '6', schoolLevel: 'secondary', staff: '', pupils: '', funds: '', deposit: '' });
  });

  it('takes seeds literally, in the locale', () => {
    const { config } = resolveConfig({
      scenarios: [{ name: 'Kar', price: 480.5, devices: 24, lifetimeYears: 5, pupilsPerDevice: 2.5 }, {}],
      school: { level: 'primary', staff: 28 },
      parent: { deposit: '39' },
    });
    const state = form(config, 'fr-BE');
    expect(state.scenarios[0]).toMatchObject({ name: 'Kar', acquisition: 'buy', price: '480,5', devices: '24', ratio: '2,5', monthly: '' });
    expect(state.scenarios[1]).toMatchObject({ name: 'Scenario 2', price: '', devices: '', lifetime: '', ratio: '1' });
    expect(state).toMatchObject({ schoolLevel: 'primary', staff: '28', deposit: '39' });
  });
});

describe('evaluate', () => {
  const config = defaultConfig();
  const edit = (change: (state: FormState) => void) => {
    const state = form(config);
    change(state);
    return evaluate(state, config, 'nl-BE');
  };

  it('reads the default form into three valid scenarios with no errors', () => {
    const { input, errors, excluded } = edit(() => {});
    expect(errors.size).toBe(0);
    expect(excluded.size).toBe(0);
    expect(input.scenarios.map((s) => [s.acquisition, s.amountCents, s.lifetimeYears])).toEqual([
      ['buy', 55_000, 4],
      ['lease', 1_900, 3],
      ['refurbished', 35_000, 3],
    ]);
    expect(input.horizonYears).toBe(6);
    expect(input.parent).toEqual({ scenarioId: null, otherFundsCents: 0, depositCents: 0 });
    expect(input.school).toEqual({ level: 'secondary', pupils: null, staff: null });
  });

  it('puts an error on the right field and leaves out only that scenario', () => {
    const { input, errors, excluded } = edit((state) => {
      state.scenarios[1]!.devices = 'twintig';
      state.scenarios[2]!.lifetime = '0';
    });
    expect([...errors.keys()]).toEqual([fieldId('s2', 'devices'), fieldId('s3', 'lifetime')]);
    expect(errors.get('s2-devices')).toEqual({ code: 'invalid', kind: 'count' });
    expect(errors.get('s3-lifetime')).toEqual({ code: 'min', kind: 'years', limit: 100 });
    expect(input.scenarios.map((s) => s.id)).toEqual(['s1']);
    expect(excluded).toEqual(new Map([['s2', ['s2-devices']], ['s3', ['s3-lifetime']]]));
  });

  it('only checks the amount field of the chosen acquisition', () => {
    const { errors, input } = edit((state) => {
      state.scenarios[0]!.monthly = 'x'; // a buy scenario ignores the lease instalment
      state.scenarios[1]!.price = 'x'; // a lease scenario ignores the price
    });
    expect(errors.size).toBe(0);
    expect(input.scenarios).toHaveLength(3);
  });

  it('requires price, devices, lifetime and pupils per device; empty costs count as 0', () => {
    const { errors, input } = edit((state) => {
      Object.assign(state.scenarios[0]!, { price: '', devices: '', lifetime: '', ratio: '', insurance: '', residual: '' });
    });
    expect([...errors.entries()].map(([id, e]) => `${id}:${e.code}`)).toEqual([
      's1-price:required',
      's1-devices:required',
      's1-lifetime:required',
      's1-ratio:required',
    ]);
    expect(input.scenarios[0]!.id).toBe('s2');
  });

  it('a residual value above the price is an error naming the limit: EUR 600 > EUR 550', () => {
    const { errors, input } = edit((state) => {
      state.scenarios[0]!.residual = '600';
      state.scenarios[1]!.residual = '684'; // lease: 19 x 12 x 3 = 684, allowed
    });
    expect(errors.get('s1-residual')).toEqual({ code: 'residual', kind: 'money', limit: 55_000 });
    expect(input.scenarios.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('an invalid horizon leaves every scenario out; the school and parent fields still work', () => {
    const { input, errors, excluded } = edit((state) => {
      state.horizon = '';
      state.staff = '40';
    });
    expect(errors.get('horizon')?.code).toBe('required');
    expect(input.scenarios).toEqual([]);
    expect(excluded.size).toBe(3);
    expect(input.school.staff).toBe(40);
  });

  it('invalid school and parent fields become null, with their error', () => {
    const { input, errors } = edit((state) => {
      state.staff = '-3';
      state.funds = 'veel';
      state.parentScenario = 's2';
    });
    expect(errors.get('staff')?.code).toBe('negative');
    expect(errors.get('funds')?.code).toBe('invalid');
    expect(input.school.staff).toBeNull();
    expect(input.parent).toEqual({ scenarioId: 's2', otherFundsCents: null, depositCents: 0 });
  });
});

describe('shownFields', () => {
  it('lists the number fields in the order the form shows them: horizon, each scenario, parent contribution, school', () => {
    const start = form();
    const ids = shownFields(start).map((shown) => shown.id);
    const costs = ['insurance', 'repairs', 'management', 'accessories', 'setup', 'wiping', 'residual'];
    expect(ids).toEqual([
      'horizon',
      ...['s1-price', 's1-devices', 's1-lifetime', 's1-ratio', ...costs.map((c) => `s1-${c}`)],
      // The lease shows its monthly price instead of a purchase price.
      ...['s2-monthly', 's2-devices', 's2-lifetime', 's2-ratio', ...costs.map((c) => `s2-${c}`)],
      ...['s3-price', 's3-devices', 's3-lifetime', 's3-ratio', ...costs.map((c) => `s3-${c}`)],
      'funds',
      'deposit',
      'staff',
      'pupils',
    ]);
    expect(shownFields(start).find((shown) => shown.id === 's2-monthly')!.scenario).toBe(start.scenarios[1]);
  });

  it('leaves out the deposit in primary education, where none may be asked', () => {
    const ids = shownFields({ ...form(), schoolLevel: 'primary' }).map((shown) => shown.id);
    expect(ids).not.toContain('deposit');
    expect(ids.slice(-3)).toEqual(['funds', 'staff', 'pupils']);
  });
});

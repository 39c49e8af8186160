/**
 * The form as the person typed it (text per field, so nothing typed is ever
 * lost, also while it is invalid) and its evaluation into the model's input
 * plus one error per field. Pure, no DOM; the element turns error codes into
 * words.
 */
import type { ResolvedConfig, ScenarioSeed, SeedValue } from './config.types.js';
import { decimalSeparator, localeNumber, parseDecimal, scaledToString, toScaled } from './decimal.js';
import {
  acquisitions,
  costFields,
  residualLimitCents,
  type Acquisition,
  type CalculationInput,
  type ScenarioInput,
  type SchoolLevel,
} from './model.js';

/** Numeric fields of a scenario, in the order the form shows them. */
export const scenarioNumberFields = [
  'price',
  'monthly',
  'devices',
  'lifetime',
  'ratio',
  ...costFields,
] as const;
export type ScenarioNumberField = (typeof scenarioNumberFields)[number];

export type ScenarioDraft = { id: string; name: string; acquisition: Acquisition } & Record<ScenarioNumberField, string>;

export interface FormState {
  vat: 'incl' | 'excl';
  horizon: string;
  scenarios: ScenarioDraft[];
  schoolLevel: SchoolLevel;
  pupils: string;
  staff: string;
  /** The scenario the parent contribution is for; '' for the cheapest. */
  parentScenario: string;
  funds: string;
  deposit: string;
}

/** Global numeric fields; their field ids are their names. */
export const globalNumberFields = ['horizon', 'pupils', 'staff', 'funds', 'deposit'] as const;
export type GlobalNumberField = (typeof globalNumberFields)[number];

export type FieldKind = 'money' | 'count' | 'headcount' | 'years' | 'ratio';

interface Spec {
  scale: number;
  /** Scaled limits (cents, hundredths). */
  min: number;
  max: number;
}

export const specs: Record<FieldKind, Spec> = {
  money: { scale: 2, min: 0, max: 100_000_000 },
  count: { scale: 0, min: 1, max: 100_000 },
  headcount: { scale: 0, min: 0, max: 100_000 },
  years: { scale: 2, min: 100, max: 2_000 },
  ratio: { scale: 2, min: 10, max: 10_000 },
};

export const fieldKinds: Record<ScenarioNumberField | GlobalNumberField, FieldKind> = {
  price: 'money',
  monthly: 'money',
  devices: 'count',
  lifetime: 'years',
  ratio: 'ratio',
  insurance: 'money',
  repairs: 'money',
  management: 'money',
  accessories: 'money',
  setup: 'money',
  wiping: 'money',
  residual: 'money',
  horizon: 'years',
  pupils: 'headcount',
  staff: 'headcount',
  funds: 'money',
  deposit: 'money',
};

export type ErrorCode = 'required' | 'invalid' | 'decimals' | 'whole' | 'negative' | 'min' | 'max' | 'residual';

export interface FieldError {
  code: ErrorCode;
  kind: FieldKind;
  /** The limit broken, scaled like the field (cents, hundredths, count). */
  limit?: number;
}

/** The field id used in the DOM and in the error map: `horizon`, `s2-price`. */
export const fieldId = (scenarioId: string, field: string) => `${scenarioId}-${field}`;

/** The amount field a scenario uses: the price, or the monthly instalment of a lease. */
export const amountField = (acquisition: Acquisition): 'price' | 'monthly' => (acquisition === 'lease' ? 'monthly' : 'price');

export type Parsed = { value: number } | { error: FieldError } | { empty: true };

/** One field's text, checked against its kind's rules. */
export function parseField(text: string, kind: FieldKind, intlLocale: string): Parsed {
  const spec = specs[kind];
  const decimal = parseDecimal(text, intlLocale);
  if (decimal === 'empty') return { empty: true };
  if (decimal === 'invalid') return { error: { code: 'invalid', kind } };
  if (decimal.negative && spec.min >= 0) return { error: { code: 'negative', kind } };
  const value = toScaled(decimal, spec.scale);
  if (value === 'decimals') return { error: { code: spec.scale === 0 ? 'whole' : 'decimals', kind } };
  if (value === 'too-large' || value > spec.max) return { error: { code: 'max', kind, limit: spec.max } };
  if (value < spec.min) return { error: { code: 'min', kind, limit: spec.min } };
  return { value };
}

/** A scaled value as a person would type it in this locale: "549,90", "2,5", "25". */
export function formatForInput(value: number, kind: FieldKind, intlLocale: string): string {
  const { scale } = specs[kind];
  const fixed = kind === 'money' && value % 10 ** scale !== 0;
  return scaledToString(value, scale, fixed).replace('.', decimalSeparator(intlLocale));
}

/** Rewrites a field's text for another locale when it is valid; anything else stays as typed. */
export function convertText(text: string, kind: FieldKind, from: string, to: string): string {
  const parsed = parseField(text, kind, from);
  return 'value' in parsed ? formatForInput(parsed.value, kind, to) : text;
}

/** A seed value as field text: numbers in this locale, text as given. */
export function seedText(value: SeedValue | undefined, intlLocale: string): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : localeNumber(value, intlLocale);
}

export interface ScenarioNames {
  /** The name of a default scenario of this kind. */
  reference: (acquisition: Acquisition) => string;
  /** The name of a seeded scenario without one, by its number (1-based). */
  numbered: (index: number) => string;
}

/** A new scenario of this kind, filled in with the configuration's reference values. */
export function referenceScenario(
  id: string,
  acquisition: Acquisition,
  name: string,
  config: ResolvedConfig,
  intlLocale: string,
  devices = config.devices,
): ScenarioDraft {
  const money = (cents: number) => (cents ? formatForInput(cents, 'money', intlLocale) : '');
  const ref = config.reference[acquisition];
  return {
    id,
    name,
    acquisition,
    price: money(config.reference[acquisition === 'lease' ? 'buy' : acquisition].amountCents),
    monthly: money(config.reference.lease.amountCents),
    devices: formatForInput(devices, 'count', intlLocale),
    lifetime: formatForInput(Math.round(ref.lifetimeYears * 100), 'years', intlLocale),
    ratio: '1',
    insurance: money(ref.insuranceCents),
    repairs: money(ref.repairsCents),
    management: money(ref.managementCents),
    accessories: money(ref.accessoriesCents),
    setup: money(ref.setupCents),
    wiping: money(ref.wipingCents),
    residual: money(ref.residualCents),
  };
}

/** A scenario exactly as a site seeded it: what it left out stays empty (one pupil per device). */
export function seededScenario(id: string, seed: ScenarioSeed, name: string, intlLocale: string): ScenarioDraft {
  const text = (value: SeedValue | undefined) => seedText(value, intlLocale);
  return {
    id,
    name: seed.name ?? name,
    acquisition: seed.acquisition ?? 'buy',
    price: text(seed.price),
    monthly: text(seed.monthly),
    devices: text(seed.devices),
    lifetime: text(seed.lifetimeYears),
    ratio: seed.pupilsPerDevice === undefined ? '1' : text(seed.pupilsPerDevice),
    insurance: text(seed.insurance),
    repairs: text(seed.repairs),
    management: text(seed.management),
    accessories: text(seed.accessories),
    setup: text(seed.setup),
    wiping: text(seed.wiping),
    residual: text(seed.residual),
  };
}

/** The form a configuration starts with: its seeds, else one scenario of each kind. */
export function initialForm(
  config: ResolvedConfig,
  intlLocale: string,
  names: ScenarioNames,
  nextId: () => string,
): FormState {
  const { seeds } = config;
  const scenarios = seeds.scenarios
    ? seeds.scenarios.map((seed, index) =>
        seededScenario(nextId(), seed, names.numbered(index + 1), intlLocale),
      )
    : acquisitions.map((kind) => referenceScenario(nextId(), kind, names.reference(kind), config, intlLocale));
  return {
    vat: seeds.vat ?? 'incl',
    horizon: formatForInput(Math.round(config.horizonYears * 100), 'years', intlLocale),
    scenarios,
    schoolLevel: seeds.school?.level ?? 'secondary',
    pupils: seedText(seeds.school?.pupils, intlLocale),
    staff: seedText(seeds.school?.staff, intlLocale),
    parentScenario: '',
    funds: seedText(seeds.parent?.otherFunds, intlLocale),
    deposit: seedText(seeds.parent?.deposit, intlLocale),
  };
}

export interface Evaluation {
  input: CalculationInput;
  /** Errors by field id, including `required` for empty required fields. */
  errors: Map<string, FieldError>;
  /** Scenario ids left out of the results, with the ids of the fields to fix. */
  excluded: Map<string, string[]>;
}

/** Reads the whole form. Scenarios with an error or an empty required field are left out, the rest is calculated. */
export function evaluate(form: FormState, config: ResolvedConfig, intlLocale: string): Evaluation {
  const errors = new Map<string, FieldError>();
  const excluded = new Map<string, string[]>();

  /** The field's scaled value, `fallback` when empty (undefined: required), or undefined on an error. */
  const read = (id: string, text: string, kind: FieldKind, fallback?: number | null): number | null | undefined => {
    const parsed = parseField(text, kind, intlLocale);
    if ('value' in parsed) return parsed.value;
    if ('error' in parsed) {
      errors.set(id, parsed.error);
      return undefined;
    }
    if (fallback === undefined) errors.set(id, { code: 'required', kind });
    return fallback;
  };

  const horizon = read('horizon', form.horizon, 'years');
  const scenarios: ScenarioInput[] = [];
  for (const draft of form.scenarios) {
    const field = (name: ScenarioNumberField, fallback?: number) =>
      read(fieldId(draft.id, name), draft[name], fieldKinds[name], fallback);
    const amount = field(amountField(draft.acquisition));
    const devices = field('devices');
    const lifetime = field('lifetime');
    const ratio = field('ratio');
    const [insurance, repairs, management, accessories, setup, wiping, residual] = costFields.map((name) => field(name, 0));
    const values = [amount, devices, lifetime, ratio, insurance, repairs, management, accessories, setup, wiping, residual];
    if (values.every((value): value is number => typeof value === 'number')) {
      const scenario: ScenarioInput = {
        id: draft.id,
        name: draft.name.trim(),
        acquisition: draft.acquisition,
        amountCents: amount!,
        devices: devices!,
        lifetimeYears: lifetime! / 100,
        pupilsPerDevice: ratio! / 100,
        yearly: { insuranceCents: insurance!, repairsCents: repairs!, managementCents: management!, accessoriesCents: accessories! },
        oneOff: { setupCents: setup!, wipingCents: wiping! },
        residualCents: residual!,
      };
      const limit = residualLimitCents(scenario);
      if (scenario.residualCents > limit) {
        errors.set(fieldId(draft.id, 'residual'), { code: 'residual', kind: 'money', limit });
      } else if (typeof horizon === 'number') {
        scenarios.push(scenario);
        continue;
      }
    }
    const prefix = `${draft.id}-`;
    excluded.set(
      draft.id,
      [...errors.keys()].filter((id) => id.startsWith(prefix)),
    );
  }

  const pupils = read('pupils', form.pupils, 'headcount', null);
  const staff = read('staff', form.staff, 'headcount', null);
  const funds = read('funds', form.funds, 'money', 0);
  const deposit = read('deposit', form.deposit, 'money', 0);

  return {
    input: {
      horizonYears: typeof horizon === 'number' ? horizon / 100 : config.horizonYears,
      pricesIncludeVat: form.vat === 'incl',
      vatRatePercent: config.vatRatePercent,
      scenarios,
      school: { level: form.schoolLevel, pupils: pupils ?? null, staff: staff ?? null },
      parent: {
        scenarioId: form.parentScenario || null,
        otherFundsCents: funds ?? null,
        depositCents: deposit ?? null,
      },
    },
    errors,
    excluded,
  };
}

/** A number field as the form shows it: its id, its name, and its scenario when it has one. */
export interface ShownField {
  id: string;
  field: ScenarioNumberField | GlobalNumberField;
  scenario?: ScenarioDraft;
}

/**
 * Every number field the form shows, in the order a person meets them (for
 * the error summary): the horizon, each scenario's fields, the parent
 * contribution, the school. A lease shows its monthly price, not the
 * purchase price; primary education asks no deposit.
 */
export function shownFields(form: FormState): ShownField[] {
  const scenarioFields = form.scenarios.flatMap((scenario) => {
    const amount = amountField(scenario.acquisition);
    return scenarioNumberFields
      .filter((field) => field === amount || (field !== 'price' && field !== 'monthly'))
      .map((field): ShownField => ({ id: fieldId(scenario.id, field), field, scenario }));
  });
  const global = (field: GlobalNumberField): ShownField => ({ id: field, field });
  return [
    global('horizon'),
    ...scenarioFields,
    global('funds'),
    ...(form.schoolLevel === 'primary' ? [] : [global('deposit')]),
    global('staff'),
    global('pupils'),
  ];
}

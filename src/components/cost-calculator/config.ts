/**
 * The validator for the configuration an embedding site gives (a `config`
 * property or a `<script type="application/json">` child); its types are in
 * config.types.ts.
 * Pure, no DOM. The defaults live in defaults.ts: the widget loads this
 * module only when a site configures it.
 *
 * An invalid value never stops the widget: it is reported with its path and
 * the default is used instead; everything else in the configuration applies.
 * Values a site overrides without naming a source are attributed to the site,
 * never to the built-in source.
 */
import { parseDecimal, toScaled } from './decimal.js';
import { defaultConfig } from './defaults.js';
import { acquisitions, costFields, schoolLevels } from './model.js';
import type { ConfigIssue, Expectation, ResolvedConfig, ScenarioSeed, SeedValue, Seeds, Source, SourceKey } from './config.types.js';

export { defaultConfig };

const referenceKeys = ['lifetimeYears', ...costFields] as const;
const seedNumberKeys = ['price', 'monthly', 'devices', 'pupilsPerDevice', ...referenceKeys] as const;
const seedKeys = ['name', 'acquisition', ...seedNumberKeys] as const;
const sourceKeys: readonly SourceKey[] = ['vatRate', 'horizonYears', 'devices', 'digiplanPerStaff', 'feeBand', 'depositBand', 'shares'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Layers merged key by key; later layers win, lists are replaced whole. */
export function mergeLayers(layers: readonly unknown[]): Record<string, unknown> {
  const merge = (target: Record<string, unknown>, layer: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(layer)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      const existing = target[key];
      target[key] = isRecord(value) && isRecord(existing) ? merge({ ...existing }, value) : value;
    }
    return target;
  };
  return layers.filter(isRecord).reduce<Record<string, unknown>>((merged, layer) => merge(merged, layer), {});
}

class Reader {
  readonly issues: ConfigIssue[] = [];

  fail(path: string, expected: Expectation, received: unknown): undefined {
    this.issues.push({ path, expected, received });
    return undefined;
  }

  object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (value === undefined) return undefined;
    if (!isRecord(value)) return this.fail(path, { type: 'object' }, value);
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      // Most unknown keys are a letter in the wrong case: name the one meant.
      const suggestion = allowed.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
      this.fail(join(path, key), { type: 'known-key', allowed, ...(suggestion ? { suggestion } : {}) }, value[key]);
    }
    return value;
  }

  /** A number in display units (euros, years), returned scaled (cents, hundredths). */
  scaled(value: unknown, path: string, min: number, max: number, decimals: number): number | undefined {
    if (value === undefined) return undefined;
    const expected: Expectation = { type: 'number', min, max, decimals };
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(path, expected, value);
    const parsed = parseDecimal(String(value), 'en');
    const scaled = typeof parsed === 'object' ? toScaled(parsed, decimals) : parsed;
    if (typeof scaled !== 'number' || value < min || value > max) return this.fail(path, expected, value);
    return scaled;
  }

  oneOf<T extends string>(value: unknown, path: string, values: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    return (values as readonly unknown[]).includes(value) ? (value as T) : this.fail(path, { type: 'one-of', values }, value);
  }

  text(value: unknown, path: string, maxLength: number): string | undefined {
    if (value === undefined) return undefined;
    return typeof value === 'string' && value.length <= maxLength ? value : this.fail(path, { type: 'text', maxLength }, value);
  }

  /** Seeds are typed into fields as they are, so a range error shows on the field. */
  seed(value: unknown, path: string): SeedValue | undefined {
    if (value === undefined) return undefined;
    if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 40)) return value;
    return this.fail(path, { type: 'number-or-text' }, value);
  }

  source(value: unknown, path: string): Source | undefined {
    const record = this.object(value, path, ['label', 'url']);
    if (!record) return undefined;
    const label = this.text(record['label'], join(path, 'label'), 200);
    let url: string | undefined;
    if (record['url'] !== undefined) {
      // Only web links: a `javascript:` URL from a config must never become a link.
      const text = typeof record['url'] === 'string' ? record['url'] : '';
      let valid = false;
      try {
        valid = /^https?:$/.test(new URL(text).protocol);
      } catch {
        valid = false;
      }
      url = valid ? text : this.fail(join(path, 'url'), { type: 'url' }, record['url']);
    }
    return { id: 'site', ...(label ? { label } : {}), ...(url ? { url } : {}) };
  }
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Validates a merged configuration against the defaults. Returns the
 * resolved configuration (defaults where a value was missing or invalid) and
 * every issue found.
 */
export function resolveConfig(raw: unknown): { config: ResolvedConfig; issues: ConfigIssue[] } {
  const config = defaultConfig();
  const read = new Reader();
  const root = read.object(raw ?? {}, '', [
    'vatRate',
    'horizonYears',
    'devices',
    'maxScenarios',
    'digiplanPerStaff',
    'feeBand',
    'depositBand',
    'shares',
    'reference',
    'sources',
    'vat',
    'scenarios',
    'school',
    'parent',
  ]);
  if (!root) return { config, issues: read.issues };

  const siteSources = read.object(root['sources'], 'sources', sourceKeys) ?? {};
  /** Applies a site's value and credits its source (the site, unless it names one). */
  const override = <T>(key: string, value: T | undefined, apply: (value: T) => void, source?: Source) => {
    if (value === undefined) return;
    apply(value);
    config.sources[key] = source ?? read.source(siteSources[key], join('sources', key)) ?? { id: 'site' };
  };

  override('vatRate', read.scaled(root['vatRate'], 'vatRate', 0, 100, 2), (v) => (config.vatRatePercent = v / 100));
  override('horizonYears', read.scaled(root['horizonYears'], 'horizonYears', 1, 20, 2), (v) => (config.horizonYears = v / 100));
  override('devices', read.scaled(root['devices'], 'devices', 1, 100_000, 0), (v) => (config.devices = v));
  const maxScenarios = read.scaled(root['maxScenarios'], 'maxScenarios', 1, 10, 0);
  if (maxScenarios !== undefined) config.maxScenarios = maxScenarios;
  override(
    'digiplanPerStaff',
    read.scaled(root['digiplanPerStaff'], 'digiplanPerStaff', 0, 100_000, 2),
    (v) => (config.constants.digiplanPerStaffCents = v),
  );

  for (const key of ['feeBand', 'depositBand'] as const) {
    const band = read.object(root[key], key, ['min', 'max']);
    if (!band) continue;
    const current = config.constants[key];
    const min = read.scaled(band['min'], join(key, 'min'), 0, 100_000, 2) ?? current.minCents;
    const max = read.scaled(band['max'], join(key, 'max'), 0, 100_000, 2) ?? current.maxCents;
    if (min > max) {
      read.fail(key, { type: 'band' }, band);
      continue;
    }
    if (band['min'] !== undefined || band['max'] !== undefined) {
      override(key, { minCents: min, maxCents: max }, (v) => (config.constants[key] = v));
    }
  }

  const shares = read.object(root['shares'], 'shares', schoolLevels);
  for (const level of schoolLevels) {
    const share = read.object(shares?.[level], join('shares', level), ['budget', 'pupils', 'pupilsAsOf']);
    if (!share) continue;
    const current = config.constants.shares[level];
    const budgetCents = read.scaled(share['budget'], join(join('shares', level), 'budget'), 0, 1e12, 2);
    const pupils = read.scaled(share['pupils'], join(join('shares', level), 'pupils'), 1, 1e8, 0);
    const pupilsAsOf = read.text(share['pupilsAsOf'], join(join('shares', level), 'pupilsAsOf'), 40);
    override('shares', budgetCents ?? pupils ?? pupilsAsOf, () => {
      // A site's own pupil count is not of the built-in date: keep a date only when it belongs to the count.
      const asOf = pupilsAsOf ?? (pupils === undefined ? current.pupilsAsOf : undefined);
      config.constants.shares[level] = {
        budgetCents: budgetCents ?? current.budgetCents,
        pupils: pupils ?? current.pupils,
        ...(asOf === undefined ? {} : { pupilsAsOf: asOf }),
      };
    });
  }

  const reference = read.object(root['reference'], 'reference', acquisitions);
  for (const kind of acquisitions) {
    const path = join('reference', kind);
    const amountKey = kind === 'lease' ? 'monthly' : 'price';
    const group = read.object(reference?.[kind], path, [amountKey, ...referenceKeys, 'source']);
    if (!group) continue;
    const groupSource = group['source'] === undefined ? undefined : read.source(group['source'], join(path, 'source'));
    const target = config.reference[kind];
    const money = (key: string) => read.scaled(group[key], join(path, key), 0, 1_000_000, 2);
    const credit = { id: 'site' as const, ...groupSource };
    override(`${path}.amount`, money(amountKey), (v) => (target.amountCents = v), credit);
    override(
      `${path}.lifetimeYears`,
      read.scaled(group['lifetimeYears'], join(path, 'lifetimeYears'), 1, 20, 2),
      (v) => (target.lifetimeYears = v / 100),
      credit,
    );
    for (const key of costFields) {
      override(`${path}.${key}`, money(key), (v) => (target[`${key}Cents`] = v), credit);
    }
  }

  config.seeds = readSeeds(root, read, config.maxScenarios);
  return { config, issues: read.issues };
}

function readSeeds(root: Record<string, unknown>, read: Reader, maxScenarios: number): Seeds {
  const seeds: Seeds = {};
  const vat = read.oneOf(root['vat'], 'vat', ['incl', 'excl'] as const);
  if (vat) seeds.vat = vat;

  if (root['scenarios'] !== undefined) {
    const list = root['scenarios'];
    if (!Array.isArray(list) || list.length === 0 || list.length > maxScenarios) {
      read.fail('scenarios', { type: 'list', maxItems: maxScenarios }, list);
    }
    if (Array.isArray(list)) {
      seeds.scenarios = list.slice(0, maxScenarios).map((item, index) => {
        const path = join('scenarios', index);
        const record = read.object(item, path, seedKeys) ?? {};
        const seed: ScenarioSeed = {};
        const name = read.text(record['name'], join(path, 'name'), 80);
        if (name !== undefined) seed.name = name;
        const acquisition = read.oneOf(record['acquisition'], join(path, 'acquisition'), acquisitions);
        if (acquisition) seed.acquisition = acquisition;
        for (const key of seedNumberKeys) {
          const value = read.seed(record[key], join(path, key));
          if (value !== undefined) seed[key] = value;
        }
        return seed;
      });
    }
  }

  const school = read.object(root['school'], 'school', ['level', 'pupils', 'staff']);
  if (school) {
    seeds.school = {};
    const level = read.oneOf(school['level'], 'school.level', schoolLevels);
    if (level) seeds.school.level = level;
    for (const key of ['pupils', 'staff'] as const) {
      const value = read.seed(school[key], join('school', key));
      if (value !== undefined) seeds.school[key] = value;
    }
  }

  const parent = read.object(root['parent'], 'parent', ['otherFunds', 'deposit']);
  if (parent) {
    seeds.parent = {};
    for (const key of ['otherFunds', 'deposit'] as const) {
      const value = read.seed(parent[key], join('parent', key));
      if (value !== undefined) seeds.parent[key] = value;
    }
  }
  return seeds;
}

/** A value for a message: short, and never the whole of a large object. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The issue in English, for the console (developers read it there). */
export function describeIssue(issue: ConfigIssue): string {
  const e = issue.expected;
  const where = issue.path || '(root)';
  const got = describeValue(issue.received);
  switch (e.type) {
    case 'number':
      return `${where}: expected a number from ${e.min} to ${e.max}${e.decimals ? ` with at most ${e.decimals} decimals` : ' (whole)'}, got ${got}; using the default.`;
    case 'one-of':
      return `${where}: expected one of ${e.values.map((v) => `"${v}"`).join(', ')}, got ${got}; using the default.`;
    case 'object':
      return `${where}: expected an object, got ${got}; ignored.`;
    case 'list':
      return `${where}: expected a list of 1 to ${e.maxItems} scenarios, got ${got}.`;
    case 'text':
      return `${where}: expected text of at most ${e.maxLength} characters, got ${got}; ignored.`;
    case 'url':
      return `${where}: expected an http(s) URL, got ${got}; the source is shown without a link.`;
    case 'number-or-text':
      return `${where}: expected a number or text, got ${got}; the field starts empty.`;
    case 'band':
      return `${where}: min must not be above max, got ${got}; using the default band.`;
    case 'known-key':
      return `${where}: unknown setting, ignored; ${e.suggestion ? `did you mean "${e.suggestion}"?` : `known here: ${e.allowed.join(', ')}.`}`;
    case 'json':
      return `${where}: not valid JSON (${e.detail}); the defaults are used.`;
  }
}

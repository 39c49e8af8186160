/**
 * Filtering refurbishers, the counts beside each filter option, and which
 * filter to loosen when nothing is left. Pure (no DOM).
 *
 * Built for large feeds: every entry is indexed once (bit masks for its
 * device types, services, languages and provinces, and its folded search
 * text), so a filter change is one cheap pass over the list.
 *
 * "Purge or better" keeps only those whose stated wiping level (NIST SP
 * 800-88) is `purge` or `destroy`: `clear` (overwriting, weak for SSDs) and a
 * level not stated do not count, certificate or not.
 */
import {
  deviceTypes,
  languages,
  provinces,
  services,
  type DeviceType,
  type Language,
  type Province,
  type Refurbisher,
  type Service,
} from './model.js';
import { foldText, matchesWords, queryWords } from './search.js';

export interface Filters {
  /** Free text: name, city, postcode, permits, certifications. */
  readonly query: string;
  /** From the postcode: keep those that work in this province. */
  readonly province?: Province;
  /** The school has all these: keep those that take every one. */
  readonly deviceTypes: readonly DeviceType[];
  /** Keep those that offer every one of these. */
  readonly services: readonly Service[];
  /** Keep those that speak at least one of these. */
  readonly languages: readonly Language[];
  /** How many devices the school has: keep those that take (and, with `pickup`, collect) so few. */
  readonly devices?: number;
  /** Keep those that wipe data by NIST SP 800-88 Purge or Destroy (a level they state). */
  readonly purgeOrBetter?: boolean;
}

export const noFilters: Filters = { query: '', deviceTypes: [], services: [], languages: [] };

/** A refurbisher with what filtering needs, computed once. */
export interface Entry {
  readonly record: Refurbisher;
  readonly deviceMask: number;
  readonly serviceMask: number;
  readonly languageMask: number;
  readonly provinceMask: number;
  /** The stated wiping level is `purge` or `destroy`. */
  readonly purgeOrBetter: boolean;
  readonly text: string;
}

/** Whether a refurbisher states a wiping level of Purge or Destroy (an unknown level is not good enough). */
export const wipesPurgeOrBetter = (record: Refurbisher): boolean =>
  record.dataWiping.level === 'purge' || record.dataWiping.level === 'destroy';

function maskOf<T extends string>(all: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const value of values) mask |= 1 << all.indexOf(value);
  return mask;
}

export function indexEntries(records: readonly Refurbisher[]): Entry[] {
  return records.map((record) => ({
    record,
    deviceMask: maskOf(deviceTypes, record.deviceTypes),
    serviceMask: maskOf(services, record.services),
    languageMask: maskOf(languages, record.languages),
    provinceMask: maskOf(provinces, record.provinces),
    purgeOrBetter: wipesPurgeOrBetter(record),
    text: foldText(
      [record.name, record.address.city, record.address.postcode, ...record.permits, ...record.certifications].join(' '),
    ),
  }));
}

/** The filters as masks, so testing an entry is a few integer operations. */
function compile(filters: Filters) {
  const devices = filters.devices;
  return {
    words: queryWords(filters.query),
    province: filters.province ? 1 << provinces.indexOf(filters.province) : 0,
    deviceTypes: maskOf(deviceTypes, filters.deviceTypes),
    services: maskOf(services, filters.services),
    languages: maskOf(languages, filters.languages),
    pickup: filters.services.includes('pickup'),
    purgeOrBetter: filters.purgeOrBetter === true,
    /** Whether the school's number of devices is enough for this refurbisher (and, with `pickup`, to be collected). */
    fits: (record: Refurbisher, pickup: boolean) =>
      devices === undefined ||
      (record.minimumDevices <= devices && (!pickup || (record.pickup?.minimumDevices ?? 1) <= devices)),
  };
}

export interface FacetCounts {
  readonly deviceTypes: Readonly<Record<DeviceType, number>>;
  readonly services: Readonly<Record<Service, number>>;
  readonly languages: Readonly<Record<Language, number>>;
  /** How many there would be with "purge or better" ticked. */
  readonly purgeOrBetter: number;
}

/**
 * The entries that pass every filter (in the order given) and, per option,
 * how many there would be with that option ticked and everything else as it
 * is: for device types and services (all must match) "the current selection
 * plus this one"; for languages (any may match) "those that speak this one",
 * given the other filters; for "purge or better", the current selection
 * with it ticked. One pass over the entries.
 */
export function search(entries: readonly Entry[], filters: Filters): { results: Entry[]; counts: FacetCounts } {
  const c = compile(filters);
  const results: Entry[] = [];
  const devices = new Array<number>(deviceTypes.length).fill(0);
  const offers = new Array<number>(services.length).fill(0);
  const speaks = new Array<number>(languages.length).fill(0);
  let strong = 0;
  const notPickup = ~(1 << services.indexOf('pickup'));
  const add = (counts: number[], mask: number) => {
    for (let bit = 0; mask; bit++, mask >>>= 1) if (mask & 1) counts[bit]!++;
  };
  for (const entry of entries) {
    const passesOthers =
      (c.province === 0 || (entry.provinceMask & c.province) !== 0) &&
      c.fits(entry.record, c.pickup) &&
      (c.words.length === 0 || matchesWords(entry.text, c.words));
    if (!passesOthers) continue;
    const hasDevices = (entry.deviceMask & c.deviceTypes) === c.deviceTypes;
    const hasServices = (entry.serviceMask & c.services) === c.services;
    const speaksOne = c.languages === 0 || (entry.languageMask & c.languages) !== 0;
    const wipes = !c.purgeOrBetter || entry.purgeOrBetter;
    if (hasDevices && hasServices && speaksOne && wipes) results.push(entry);
    // Each group counts among the entries that pass the other groups (and already have its ticked options).
    if (hasDevices && hasServices && speaksOne && entry.purgeOrBetter) strong++;
    if (!wipes) continue;
    if (hasServices && speaksOne && hasDevices) add(devices, entry.deviceMask);
    if (hasDevices && speaksOne && hasServices) {
      // Ticking "pickup" also asks that the school's number of devices is enough to be collected.
      add(offers, c.pickup || c.fits(entry.record, true) ? entry.serviceMask : entry.serviceMask & notPickup);
    }
    if (hasDevices && hasServices) add(speaks, entry.languageMask);
  }
  const byValue = <T extends string>(all: readonly T[], counts: number[]) =>
    Object.fromEntries(all.map((value, bit) => [value, counts[bit]!])) as Record<T, number>;
  return {
    results,
    counts: {
      deviceTypes: byValue(deviceTypes, devices),
      services: byValue(services, offers),
      languages: byValue(languages, speaks),
      purgeOrBetter: strong,
    },
  };
}

/** The entries that pass every filter, in the order given. */
export function applyFilters(entries: readonly Entry[], filters: Filters): Entry[] {
  return search(entries, filters).results;
}

/** The counts beside every option (see `search`). */
export function facetCounts(entries: readonly Entry[], filters: Filters): FacetCounts {
  return search(entries, filters).counts;
}

/** One thing to let go of when nothing matches. */
export type Loosening =
  | { readonly kind: 'query' | 'province' | 'devices' | 'languages' | 'purgeOrBetter' }
  | { readonly kind: 'deviceType'; readonly value: DeviceType }
  | { readonly kind: 'service'; readonly value: Service };

/** The filters without `loosening`. */
export function loosen(filters: Filters, loosening: Loosening): Filters {
  switch (loosening.kind) {
    case 'query':
      return { ...filters, query: '' };
    case 'province':
      return { ...filters, province: undefined };
    case 'devices':
      return { ...filters, devices: undefined };
    case 'languages':
      return { ...filters, languages: [] };
    case 'purgeOrBetter':
      return { ...filters, purgeOrBetter: undefined };
    case 'deviceType':
      return { ...filters, deviceTypes: filters.deviceTypes.filter((value) => value !== loosening.value) };
    case 'service':
      return { ...filters, services: filters.services.filter((value) => value !== loosening.value) };
  }
}

/**
 * For an empty result: each active filter whose removal alone brings
 * results back, with how many, the most helpful first.
 */
export function loosenings(entries: readonly Entry[], filters: Filters): { loosening: Loosening; count: number }[] {
  const candidates: Loosening[] = [
    ...(queryWords(filters.query).length ? [{ kind: 'query' } as const] : []),
    ...(filters.province ? [{ kind: 'province' } as const] : []),
    ...(filters.devices !== undefined ? [{ kind: 'devices' } as const] : []),
    ...(filters.languages.length ? [{ kind: 'languages' } as const] : []),
    ...(filters.purgeOrBetter ? [{ kind: 'purgeOrBetter' } as const] : []),
    ...filters.deviceTypes.map((value) => ({ kind: 'deviceType', value }) as const),
    ...filters.services.map((value) => ({ kind: 'service', value }) as const),
  ];
  return candidates
    .map((loosening) => ({ loosening, count: applyFilters(entries, loosen(filters, loosening)).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Whether any filter is set. */
/** How many filters are set: each ticked option counts, and so do the search words, the postcode, the number of devices and "Purge or better". */
export function activeFilterCount(filters: Filters): number {
  return (
    (queryWords(filters.query).length > 0 ? 1 : 0) +
    (filters.province !== undefined ? 1 : 0) +
    (filters.devices !== undefined ? 1 : 0) +
    (filters.purgeOrBetter === true ? 1 : 0) +
    filters.deviceTypes.length +
    filters.services.length +
    filters.languages.length
  );
}

export const isFiltered = (filters: Filters): boolean => activeFilterCount(filters) > 0;

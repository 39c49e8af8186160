import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  activeFilterCount,
  applyFilters,
  facetCounts,
  indexEntries,
  isFiltered,
  loosen,
  loosenings,
  noFilters,
  type Filters,
} from '../../../src/components/refurbisher-finder/filter.js';
import { deviceTypes, languages, services, type Refurbisher } from '../../../src/components/refurbisher-finder/model.js';
import { sampleFeed } from '../../../src/components/refurbisher-finder/sample-feed.js';
import { parseFeed } from '../../../src/components/refurbisher-finder/schema.js';
import { foldText, queryWords } from '../../../src/components/refurbisher-finder/search.js';
import { filterSettings, records, refurbisher } from './arbitraries.js';

const sample = (() => {
  const result = parseFeed(sampleFeed);
  if (!result.ok) throw new Error('sample feed invalid');
  return indexEntries(result.value.feed.refurbishers);
})();
const ids = (filters: Partial<Filters>, entries = sample) => applyFilters(entries, { ...noFilters, ...filters }).map((e) => e.record.id);

/** The filters' meaning, written the slow and obvious way. */
function passes(r: Refurbisher, f: Filters): boolean {
  const text = foldText([r.name, r.address.city, r.address.postcode, ...r.permits, ...r.certifications].join(' '));
  return (
    (!f.province || r.provinces.includes(f.province)) &&
    f.deviceTypes.every((type) => r.deviceTypes.includes(type)) &&
    f.services.every((service) => r.services.includes(service)) &&
    (f.languages.length === 0 || f.languages.some((language) => r.languages.includes(language))) &&
    (f.devices === undefined ||
      (r.minimumDevices <= f.devices && (!f.services.includes('pickup') || (r.pickup?.minimumDevices ?? 1) <= f.devices))) &&
    queryWords(f.query).every((word) => text.includes(word))
  );
}

describe('applyFilters on the sample feed', () => {
  it('keeps everything without filters, in the order given', () => {
    expect(ids({})).toEqual(sample.map((e) => e.record.id));
  });

  it('by province (from a postcode): those that work there', () => {
    expect(ids({ province: 'limburg' })).toEqual(['vb-kempen-reuse', 'vb-limburgloop']);
    expect(ids({ province: 'luxembourg' })).toEqual(['vb-seconde-vie']);
  });

  it('by device types: those that take every one ticked', () => {
    expect(ids({ deviceTypes: ['interactive-board'] })).toEqual(['vb-circulair-brabant', 'vb-reboot-bruxelles', 'vb-seconde-vie']);
    expect(ids({ deviceTypes: ['interactive-board', 'phone'] })).toEqual(['vb-circulair-brabant']);
  });

  it('by services: those that offer every one ticked', () => {
    expect(ids({ services: ['buy-back', 'sale-to-schools'] })).toEqual(['vb-tweede-ronde', 'vb-circulair-brabant']);
  });

  it('by language: those that speak any one ticked', () => {
    expect(ids({ languages: ['de'] })).toEqual(['vb-limburgloop']);
    expect(ids({ languages: ['de', 'fr'] })).toEqual(['vb-circulair-brabant', 'vb-limburgloop', 'vb-reboot-bruxelles', 'vb-seconde-vie']);
  });

  it('by number of devices: the smallest batch taken, and with pick-up the smallest batch collected', () => {
    expect(ids({ devices: 5 })).not.toContain('vb-kust-ict'); // takes from 10
    expect(ids({ devices: 10 })).toContain('vb-kust-ict');
    expect(ids({ devices: 10, services: ['pickup'] })).not.toContain('vb-kust-ict'); // collects from 50
    expect(ids({ devices: 50, services: ['pickup'] })).toContain('vb-kust-ict');
  });

  it('by text: every word, in name, city, postcode, permits or certifications, ignoring case and accents', () => {
    expect(ids({ query: 'KEMPEN' })).toEqual(['vb-kempen-reuse']);
    expect(ids({ query: 'namur' })).toEqual(['vb-seconde-vie']);
    expect(ids({ query: 'e-stewards' })).toEqual(['vb-reboot-bruxelles']);
    expect(ids({ query: '2440' })).toEqual(['vb-kempen-reuse']);
    expect(ids({ query: 'iso 27001 brabant' })).toEqual(['vb-circulair-brabant']);
    expect(ids({ query: 'leefmilieu' })).toEqual(['vb-reboot-bruxelles']); // a permit
    expect(ids({ query: 'gent kempen' })).toEqual([]);
    const accented = indexEntries([refurbisher({ id: 'a', name: 'Réemploi Liège' })]);
    expect(ids({ query: 'reemploi liege' }, accented)).toEqual(['a']);
    expect(ids({ query: 'RÉEMPLOI' }, accented)).toEqual(['a']);
  });

  it('means exactly what the filters say, for any records and any settings', () => {
    fc.assert(
      fc.property(records(), filterSettings, (list, filters) => {
        const entries = indexEntries(list);
        expect(applyFilters(entries, filters).map((e) => e.record.id)).toEqual(list.filter((r) => passes(r, filters)).map((r) => r.id));
      }),
    );
  });
});

describe('facetCounts', () => {
  it('on the sample: how many each option would leave', () => {
    const counts = facetCounts(sample, { ...noFilters, province: 'antwerp' });
    // Antwerp: Kempen Reuse, Waasland, Refit, Herstart.
    expect(counts.deviceTypes.laptop).toBe(4);
    expect(counts.deviceTypes.tablet).toBe(3);
    expect(counts.deviceTypes['interactive-board']).toBe(0);
    expect(counts.services['sale-to-schools']).toBe(2);
    expect(counts.languages.en).toBe(1);
  });

  it('equals the number of results with that option ticked (all-of groups) or with only it ticked (languages)', () => {
    fc.assert(
      fc.property(records(), filterSettings, (list, filters) => {
        const entries = indexEntries(list);
        const counts = facetCounts(entries, filters);
        const count = (f: Filters) => list.filter((r) => passes(r, f)).length;
        for (const type of deviceTypes) {
          expect(counts.deviceTypes[type]).toBe(count({ ...filters, deviceTypes: [...new Set([...filters.deviceTypes, type])] }));
        }
        for (const service of services) {
          expect(counts.services[service]).toBe(count({ ...filters, services: [...new Set([...filters.services, service])] }));
        }
        for (const language of languages) expect(counts.languages[language]).toBe(count({ ...filters, languages: [language] }));
      }),
    );
  });
});

describe('loosenings: what to let go of when nothing is left', () => {
  it('on the sample: names each filter that alone brings results back, the most helpful first', () => {
    const filters: Filters = { ...noFilters, province: 'luxembourg', deviceTypes: ['tablet'], languages: ['nl'] };
    expect(ids(filters)).toEqual([]);
    // Luxembourg has only a French-speaking refurbisher without tablets: only dropping the province helps.
    expect(loosenings(sample, filters)).toEqual([{ loosening: { kind: 'province' }, count: 6 }]);
    const wider: Filters = { ...noFilters, deviceTypes: ['interactive-board', 'tablet'] };
    expect(loosenings(sample, wider)).toEqual([
      { loosening: { kind: 'deviceType', value: 'interactive-board' }, count: 6 },
      { loosening: { kind: 'deviceType', value: 'tablet' }, count: 3 },
    ]);
  });

  it('each suggestion really gives that many results, and only filters that are set are suggested', () => {
    fc.assert(
      fc.property(records(), filterSettings, (list, filters) => {
        const entries = indexEntries(list);
        for (const { loosening, count } of loosenings(entries, filters)) {
          expect(count).toBeGreaterThan(0);
          expect(applyFilters(entries, loosen(filters, loosening))).toHaveLength(count);
          expect(loosen(filters, loosening)).not.toEqual(filters);
        }
      }),
    );
  });

  it('isFiltered: any filter counts, blank text does not', () => {
    expect(isFiltered(noFilters)).toBe(false);
    expect(isFiltered({ ...noFilters, query: '   ' })).toBe(false);
    expect(isFiltered({ ...noFilters, query: 'x' })).toBe(true);
    expect(isFiltered({ ...noFilters, devices: 1 })).toBe(true);
    expect(isFiltered({ ...noFilters, languages: ['fr'] })).toBe(true);
  });

  it('activeFilterCount: every ticked option, and each other filter once', () => {
    expect(activeFilterCount(noFilters)).toBe(0);
    expect(activeFilterCount({ ...noFilters, query: '  ' })).toBe(0);
    expect(
      activeFilterCount({
        query: 'gent laptops',
        province: 'east-flanders',
        devices: 25,
        purgeOrBetter: true,
        deviceTypes: ['laptop', 'tablet'],
        services: ['pickup'],
        languages: ['nl', 'fr', 'en'],
      }),
    ).toBe(10);
    expect(activeFilterCount({ ...noFilters, purgeOrBetter: false })).toBe(0);
  });
});

describe('"Purge of beter": the wiping level by NIST SP 800-88', () => {
  const byLevel = indexEntries([
    refurbisher({ id: 'clear', services: ['certified-wiping'], dataWiping: { method: 'NIST 800-88 Clear', certificate: true, onSiteDestruction: false, level: 'clear' } }),
    refurbisher({ id: 'purge', dataWiping: { method: 'Blancco', certificate: true, onSiteDestruction: false, level: 'purge' } }),
    refurbisher({ id: 'destroy', dataWiping: { method: 'Shredder', certificate: false, onSiteDestruction: true, level: 'destroy' } }),
    // An older feed: a method in words, no level. Unknown is not good enough, even when the words say "Purge".
    refurbisher({ id: 'unknown', services: ['certified-wiping'], dataWiping: { method: 'NIST SP 800-88 Purge', certificate: true, onSiteDestruction: false } }),
  ]);

  it('keeps purge and destroy; not clear (even certified), not a level not stated', () => {
    expect(ids({ purgeOrBetter: true }, byLevel)).toEqual(['purge', 'destroy']);
    expect(ids({ purgeOrBetter: false }, byLevel)).toEqual(['clear', 'purge', 'destroy', 'unknown']);
    // "Certified wiping" alone still counts clear and unknown: a certificate says nothing of the level.
    expect(ids({ services: ['certified-wiping'] }, byLevel)).toEqual(['clear', 'unknown']);
    expect(ids({ services: ['certified-wiping'], purgeOrBetter: true }, byLevel)).toEqual([]);
  });

  it('counts it beside the option, and counts the other options among those that pass it', () => {
    expect(facetCounts(byLevel, noFilters).purgeOrBetter).toBe(2);
    expect(facetCounts(byLevel, { ...noFilters, services: ['certified-wiping'] }).purgeOrBetter).toBe(0);
    expect(facetCounts(byLevel, { ...noFilters, purgeOrBetter: true }).services['certified-wiping']).toBe(0);
    expect(facetCounts(byLevel, { ...noFilters, purgeOrBetter: true }).deviceTypes.laptop).toBe(2);
  });

  it('on the sample: seven state Purge or Destroy; Kust ICT (Clear) and the two that do not say are left out', () => {
    expect(ids({ purgeOrBetter: true })).toEqual([
      'vb-tweede-ronde',
      'vb-kempen-reuse',
      'vb-circulair-brabant',
      'vb-reboot-bruxelles',
      'vb-waasland',
      'vb-refit-antwerpen',
      'vb-seconde-vie',
    ]);
    expect(ids({ services: ['certified-wiping'] })).toContain('vb-kust-ict');
    expect(ids({ services: ['certified-wiping'], purgeOrBetter: true })).not.toContain('vb-kust-ict');
    expect(facetCounts(sample, { ...noFilters, province: 'west-flanders' }).purgeOrBetter).toBe(1); // Tweede Ronde, not Kust ICT
  });

  it('is a filter to let go of, and counts as a filter', () => {
    const filters: Filters = { ...noFilters, province: 'west-flanders', deviceTypes: ['tablet'], services: ['certified-wiping'] };
    expect(ids(filters)).toEqual(['vb-tweede-ronde', 'vb-kust-ict']);
    expect(ids({ ...filters, purgeOrBetter: true })).toEqual(['vb-tweede-ronde']);
    // In Oostende only Kust ICT, which overwrites (Clear).
    const none: Filters = { ...filters, query: 'oostende', purgeOrBetter: true };
    expect(ids(none)).toEqual([]);
    expect(loosenings(sample, none)).toEqual([
      { loosening: { kind: 'query' }, count: 1 },
      { loosening: { kind: 'purgeOrBetter' }, count: 1 },
    ]);
    expect(ids(loosen(none, { kind: 'purgeOrBetter' }))).toEqual(['vb-kust-ict']);
    expect(isFiltered({ ...noFilters, purgeOrBetter: true })).toBe(true);
    expect(isFiltered({ ...noFilters, purgeOrBetter: false })).toBe(false);
  });

  it('means exactly that, and its counts stay right, for any records and any settings', () => {
    const strong = (r: Refurbisher) => r.dataWiping.level === 'purge' || r.dataWiping.level === 'destroy';
    const passesAll = (r: Refurbisher, f: Filters) => passes(r, f) && (!f.purgeOrBetter || strong(r));
    fc.assert(
      fc.property(records(), filterSettings, fc.boolean(), (list, settings, purgeOrBetter) => {
        const filters: Filters = { ...settings, purgeOrBetter };
        const entries = indexEntries(list);
        const count = (f: Filters) => list.filter((r) => passesAll(r, f)).length;
        expect(applyFilters(entries, filters).map((e) => e.record.id)).toEqual(list.filter((r) => passesAll(r, filters)).map((r) => r.id));
        const counts = facetCounts(entries, filters);
        expect(counts.purgeOrBetter).toBe(count({ ...filters, purgeOrBetter: true }));
        for (const type of deviceTypes) {
          expect(counts.deviceTypes[type]).toBe(count({ ...filters, deviceTypes: [...new Set([...filters.deviceTypes, type])] }));
        }
        for (const service of services) {
          expect(counts.services[service]).toBe(count({ ...filters, services: [...new Set([...filters.services, service])] }));
        }
        for (const language of languages) expect(counts.languages[language]).toBe(count({ ...filters, languages: [language] }));
        for (const { loosening, count: n } of loosenings(entries, filters)) expect(applyFilters(entries, loosen(filters, loosening))).toHaveLength(n);
      }),
    );
  });
});

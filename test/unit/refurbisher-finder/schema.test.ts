import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFeed } from '../../../src/components/refurbisher-finder/sample-feed.js';
import { parseFeed } from '../../../src/components/refurbisher-finder/schema.js';

/** Raw feed JSON, which the tests change freely (also into what the types forbid). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Raw = Record<string, any>;

/** A deep copy of the first sample entry, changed by `change`. */
function entry(change: (raw: Raw) => void = () => {}): Raw {
  const raw = structuredClone(sampleFeed.refurbishers[0]) as Raw;
  change(raw);
  return raw;
}

const feed = (...refurbishers: unknown[]) => ({ version: 1, refurbishers });

function parsed(input: unknown) {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`feed rejected: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The problems of a feed with this one entry, as "path: message". */
function problemsOf(raw: unknown): string[] {
  const { skipped, feed: kept } = parsed(feed(raw));
  expect(kept.refurbishers).toHaveLength(0);
  return skipped[0]!.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the sample feed', () => {
  it('is valid in full: ten fictional refurbishers, each marked as an example, on example.org', () => {
    const { feed: result, skipped } = parsed(sampleFeed);
    expect(skipped).toEqual([]);
    expect(result.sample).toBe(true);
    expect(result.refurbishers).toHaveLength(10);
    for (const r of result.refurbishers) {
      expect(r.name).toMatch(/voorbeeld/);
      expect(r.website).toMatch(/^https:\/\/[\w-]+\.example\.org\//);
      if (r.contact.email) expect(r.contact.email).toMatch(/@[\w-]+\.example\.org$/);
      expect(Object.keys(r.answers).every((id) => id in result.questions)).toBe(true);
    }
  });
});

describe('parseFeed: the feed as a whole', () => {
  it('rejects what is not a version 1 feed, naming the field', () => {
    const problems = (input: unknown) => {
      const result = parseFeed(input);
      expect(result.ok).toBe(false);
      return result.ok ? [] : result.problems.map((problem) => problem.path);
    };
    expect(problems(null)).toEqual(['']);
    expect(problems([])).toEqual(['version', 'refurbishers']);
    expect(problems({ version: 2, refurbishers: [] })).toEqual(['version']);
    expect(problems({ refurbishers: [] })).toEqual(['version']);
    expect(problems({ version: 1 })).toEqual(['refurbishers']);
    expect(problems({ version: 1, refurbishers: {} })).toEqual(['refurbishers']);
    expect(problems({ version: 1, refurbishers: [], lang: 'Nederlands' })).toEqual(['lang']);
  });

  it('fills in the optional parts', () => {
    const { feed: result } = parsed(feed());
    expect(result).toEqual({ version: 1, sample: false, lang: 'nl', questions: {}, refurbishers: [] });
  });
});

describe('parseFeed: entries', () => {
  it('keeps the valid entries and lists each invalid one with its index, id, name and field', () => {
    const { feed: result, skipped } = parsed(
      feed(
        entry((r) => (r.id = 'goed-1')),
        entry((r) => {
          r.id = 'slecht';
          r.name = 'Slechte website';
          r.website = 'javascript:alert(1)';
        }),
        entry((r) => (r.id = 'goed-2')),
        'geen object',
      ),
    );
    expect(result.refurbishers.map((r) => r.id)).toEqual(['goed-1', 'goed-2']);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toMatchObject({ index: 1, id: 'slecht', name: 'Slechte website' });
    expect(skipped[0]!.problems.map((problem) => problem.path)).toEqual(['website']);
    expect(skipped[1]).toMatchObject({ index: 3, id: undefined, name: undefined });
    expect(skipped[1]!.problems[0]!.path).toBe('');
  });

  it.each([
    ['website', (r: Raw) => (r.website = 'javascript:alert(1)')],
    ['website', (r: Raw) => (r.website = 'data:text/html,<script>alert(1)</script>')],
    ['website', (r: Raw) => (r.website = 'ftp://example.org/')],
    ['website', (r: Raw) => (r.website = 'niet een adres')],
    ['id', (r: Raw) => (r.id = 'met spatie')],
    ['id', (r: Raw) => delete r.id],
    ['name', (r: Raw) => (r.name = '   ')],
    ['name', (r: Raw) => (r.name = 42)],
    ['contact.email', (r: Raw) => (r.contact.email = 'geen e-mail')],
    ['contact.phone', (r: Raw) => (r.contact.phone = '<b>09</b>')],
    ['address.postcode', (r: Raw) => (r.address.postcode = '900')],
    ['address.postcode', (r: Raw) => (r.address.postcode = 9000)],
    ['address.postcode', (r: Raw) => (r.address.postcode = '0999')],
    ['address.city', (r: Raw) => delete r.address.city],
    ['address.coordinates.lat', (r: Raw) => (r.address.coordinates.lat = 91)],
    ['address.coordinates.lon', (r: Raw) => (r.address.coordinates.lon = '3.7')],
    ['provinces', (r: Raw) => (r.provinces = [])],
    ['provinces.0', (r: Raw) => (r.provinces = ['flanders'])],
    ['minimumDevices', (r: Raw) => (r.minimumDevices = 0)],
    ['minimumDevices', (r: Raw) => (r.minimumDevices = 2.5)],
    ['pickup.minimumDevices', (r: Raw) => (r.pickup = { minimumDevices: -1 })],
    ['deviceTypes.1', (r: Raw) => (r.deviceTypes = ['laptop', 'typewriter'])],
    ['services.0', (r: Raw) => (r.services = ['repair'])],
    ['dataWiping.method', (r: Raw) => (r.dataWiping.method = '')],
    ['dataWiping.certificate', (r: Raw) => (r.dataWiping.certificate = 'yes')],
    ['dataWiping.certificate', (r: Raw) => (r.dataWiping.certificate = false)],
    ['destinations', (r: Raw) => (r.destinations = [])],
    ['certifications.0', (r: Raw) => (r.certifications = [''])],
    ['languages.0', (r: Raw) => (r.languages = ['Nederlands'])],
    ['answers.q01', (r: Raw) => (r.answers.q01 = 7)],
    ['updated', (r: Raw) => (r.updated = '15/10/2026')],
    ['updated', (r: Raw) => (r.updated = '2026-13-01')],
  ])('names the bad field %s', (path, change) => {
    expect(problemsOf(entry(change)).map((line) => line.slice(0, line.indexOf(':')))).toContain(path);
  });

  it('demands a certificate from whoever offers "certified-wiping"', () => {
    const problems = problemsOf(entry((r) => (r.dataWiping.certificate = false)));
    expect(problems).toEqual(['dataWiping.certificate: The service "certified-wiping" needs "certificate": true']);
    // Without the service, no certificate is fine.
    const { feed: result } = parsed(
      feed(
        entry((r) => {
          r.dataWiping.certificate = false;
          r.services = ['pickup'];
        }),
      ),
    );
    expect(result.refurbishers).toHaveLength(1);
  });

  it('leaves out a second entry with an id already used', () => {
    const { feed: result, skipped } = parsed(feed(entry(), entry((r) => (r.name = 'Kopie'))));
    expect(result.refurbishers).toHaveLength(1);
    expect(skipped).toEqual([
      { index: 1, id: 'vb-tweede-ronde', name: 'Kopie', problems: [{ path: 'id', message: 'The id "vb-tweede-ronde" is already used by entry 0' }] },
    ]);
  });

  it('trims texts, drops duplicate list values and unknown keys, and fills in defaults', () => {
    const { feed: result } = parsed(
      feed({
        id: 'minimaal',
        name: '  Minimaal  ',
        address: { postcode: '2000', city: 'Antwerpen' },
        provinces: ['antwerp', 'antwerp'],
        deviceTypes: ['laptop', 'laptop', 'tablet'],
        services: [],
        dataWiping: { method: 'Blancco', certificate: true },
        destinations: ['recycling'],
        languages: ['nl'],
        updated: '2026-02-28',
        unknownKey: { anything: true },
      }),
    );
    expect(result.refurbishers[0]).toEqual({
      id: 'minimaal',
      name: 'Minimaal',
      contact: {},
      address: { postcode: '2000', city: 'Antwerpen' },
      provinces: ['antwerp'],
      minimumDevices: 1,
      deviceTypes: ['laptop', 'tablet'],
      services: [],
      dataWiping: { method: 'Blancco', certificate: true, onSiteDestruction: false },
      destinations: ['recycling'],
      permits: [],
      certifications: [],
      languages: ['nl'],
      answers: {},
      updated: '2026-02-28',
    });
  });

  it('keeps markup in texts as plain text (rendering never interprets it)', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { feed: result } = parsed(feed(entry((r) => ((r.name = payload), (r.answers.q01 = payload)))));
    expect(result.refurbishers[0]!.name).toBe(payload);
  });

  it('never throws, and splits any list of entries into kept and skipped', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(entry()), fc.constant(entry((r) => (r.id = 'x'))))), (list) => {
        const { feed: result, skipped } = parsed(feed(...list));
        expect(result.refurbishers.length + skipped.length).toBe(list.length);
        expect(new Set(result.refurbishers.map((r) => r.id)).size).toBe(result.refurbishers.length);
      }),
    );
  });
});

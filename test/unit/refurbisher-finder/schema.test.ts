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

  it('is written in the schema\'s output form: the schema gives it back unchanged, so the widget may take it without a schema run', () => {
    expect(parseFeed(sampleFeed)).toStrictEqual({ ok: true, value: { feed: sampleFeed, skipped: [], ignored: [] } });
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

  it('takes a question as text alone or with a short label, and names a wrong one', () => {
    const result = parseFeed({
      version: 1,
      refurbishers: [],
      questions: { q01: '  Welke vergunningen heeft u? ', q02: { label: 'Ophalen', text: 'Waar haalt u toestellen op?' }, q03: { text: 'Zonder label?' } },
    });
    expect(result.ok && result.value.feed.questions).toEqual({
      q01: { text: 'Welke vergunningen heeft u?' },
      q02: { label: 'Ophalen', text: 'Waar haalt u toestellen op?' },
      q03: { text: 'Zonder label?' },
    });
    for (const wrong of [{ label: 'Ophalen' }, { label: 'x'.repeat(61), text: 'Vraag?' }, { label: '', text: 'Vraag?' }, 42, '']) {
      const bad = parseFeed({ version: 1, refurbishers: [], questions: { q01: wrong } });
      expect(bad.ok).toBe(false);
      const paths = bad.ok ? [] : bad.problems.map((problem) => problem.path);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(path).toMatch(/^questions\.q01(\.|$)/);
    }
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

describe('parseFeed: the optional facts (recognition, warranty, fees, wiping level and report)', () => {
  /** The one entry kept, and the problems of its ignored fields as "path: message". */
  function keptWith(raw: unknown) {
    const { feed: result, skipped, ignored } = parsed(feed(raw));
    expect(skipped).toEqual([]);
    expect(result.refurbishers).toHaveLength(1);
    return { record: result.refurbishers[0]!, problems: ignored.flatMap((entry) => entry.problems.map((p) => `${p.path}: ${p.message}`)) };
  }

  it('reads good values', () => {
    const { record, problems } = keptWith(
      entry((r) => {
        r.recognition = { by: '  OVAM  ', since: '2019-03-01' };
        r.warrantyMonths = 24;
        r.fees = 'Ophalen is gratis.';
        r.dataWiping.level = 'destroy';
        r.dataWiping.report = ['serial-number', 'certificate', 'serial-number'];
      }),
    );
    expect(problems).toEqual([]);
    expect(record.recognition).toEqual({ by: 'OVAM', since: '2019-03-01' });
    expect(record.warrantyMonths).toBe(24);
    expect(record.fees).toBe('Ophalen is gratis.');
    expect(record.dataWiping.level).toBe('destroy');
    expect(record.dataWiping.report).toEqual(['serial-number', 'certificate']);
    // A year alone, no date, and no warranty (0) are fine too.
    expect(keptWith(entry((r) => (r.recognition = { by: 'OVAM', since: '2015' }))).record.recognition).toEqual({ by: 'OVAM', since: '2015' });
    expect(keptWith(entry((r) => (r.recognition = { by: 'OVAM' }))).record.recognition).toEqual({ by: 'OVAM' });
    expect(keptWith(entry((r) => (r.warrantyMonths = 0))).record.warrantyMonths).toBe(0);
    for (const level of ['clear', 'purge', 'destroy']) {
      expect(keptWith(entry((r) => (r.dataWiping.level = level))).record.dataWiping.level).toBe(level);
    }
  });

  it('leaves them out when absent (not stated), with no problem', () => {
    const { recognition, warrantyMonths, fees, ...rest } = entry();
    expect([recognition, warrantyMonths, fees].every((value) => value !== undefined)).toBe(true); // the sample entry had them
    const { record, problems } = keptWith({ ...rest, dataWiping: { method: 'Blancco', certificate: true } });
    expect(problems).toEqual([]);
    expect(record).not.toHaveProperty('recognition');
    expect(record).not.toHaveProperty('warrantyMonths');
    expect(record).not.toHaveProperty('fees');
    expect(record.dataWiping).toEqual({ method: 'Blancco', certificate: true, onSiteDestruction: false });
  });

  it.each([
    ['recognition', (r: Raw) => (r.recognition = 'OVAM'), 'recognition: Invalid type: Expected Object but received "OVAM"'],
    ['recognition', (r: Raw) => (r.recognition = { since: '2019' }), 'recognition.by: Invalid key: Expected "by" but received undefined'],
    ['recognition', (r: Raw) => (r.recognition = { by: ' ', since: '2019' }), 'recognition.by: Expected text, received an empty string'],
    ['recognition', (r: Raw) => (r.recognition = { by: 'OVAM', since: '03/2019' }), 'recognition.since: Expected a date as YYYY-MM-DD, or a year as YYYY'],
    ['recognition', (r: Raw) => (r.recognition = { by: 'OVAM', since: '2019-02-30' }), 'recognition.since: Expected a date that exists, as YYYY-MM-DD'],
    ['recognition', (r: Raw) => (r.recognition = { by: 'OVAM', since: 2019 }), 'recognition.since: Invalid type: Expected string but received 2019'],
    ['warrantyMonths', (r: Raw) => (r.warrantyMonths = '24'), 'warrantyMonths: Invalid type: Expected number but received "24"'],
    ['warrantyMonths', (r: Raw) => (r.warrantyMonths = 1.5), 'warrantyMonths: Expected a whole number of months'],
    ['warrantyMonths', (r: Raw) => (r.warrantyMonths = -1), 'warrantyMonths: Expected 0 (no warranty) or more months'],
    ['warrantyMonths', (r: Raw) => (r.warrantyMonths = 240), 'warrantyMonths: Expected at most 120 months'],
    ['fees', (r: Raw) => (r.fees = ''), 'fees: Expected text, received an empty string'],
    ['fees', (r: Raw) => (r.fees = { perDevice: 2 }), 'fees: Invalid type: Expected string but received Object'],
    [
      'dataWiping.level',
      (r: Raw) => (r.dataWiping.level = 'NIST 800-88 Purge'),
      'dataWiping.level: Expected "clear", "purge" or "destroy" (the categories of NIST SP 800-88)',
    ],
    ['dataWiping.report', (r: Raw) => (r.dataWiping.report = []), 'dataWiping.report: Expected at least one value'],
    ['dataWiping.report', (r: Raw) => (r.dataWiping.report = ['certificate', 'photo']), 'dataWiping.report.1: Invalid type: Expected ("serial-number" | "method" | "date" | "verification" | "certificate" | "outcome") but received "photo"'],
  ])('ignores a bad %s, names it, and keeps the rest of the entry', (field, change, problem) => {
    const raw = entry(change);
    const { record, problems } = keptWith(raw);
    expect(problems).toEqual([problem]);
    const path = field.split('.');
    const holder = path.length === 2 ? (record.dataWiping as Raw) : (record as Raw);
    expect(holder).not.toHaveProperty(path.at(-1)!);
    // Everything else is as without the field.
    const clean = structuredClone(raw);
    if (path.length === 2) delete clean.dataWiping[path[1]!];
    else delete clean[field];
    expect(record).toEqual(keptWith(clean).record);
  });

  it('names the entry and each ignored field, keeps the good facts, and does not touch the feed given', () => {
    const raw = entry((r) => {
      r.recognition = { by: 'OVAM', since: 'ooit' };
      r.warrantyMonths = 12;
      r.dataWiping.level = 'wipe';
    });
    const before = structuredClone(raw);
    const { feed: result, ignored } = parsed(feed(entry((r) => (r.id = 'ander')), raw));
    expect(raw).toEqual(before);
    expect(result.refurbishers.map((r) => r.id)).toEqual(['ander', 'vb-tweede-ronde']);
    expect(ignored).toEqual([
      {
        index: 1,
        id: 'vb-tweede-ronde',
        name: 'Tweede Ronde Laptops (voorbeeld)',
        problems: [
          { path: 'recognition.since', message: 'Expected a date as YYYY-MM-DD, or a year as YYYY' },
          { path: 'dataWiping.level', message: 'Expected "clear", "purge" or "destroy" (the categories of NIST SP 800-88)' },
        ],
      },
    ]);
    expect(result.refurbishers[1]!.warrantyMonths).toBe(12);
    expect(result.refurbishers[1]!.recognition).toBeUndefined();
  });

  it('an entry left out for another reason names its bad facts among its problems, and is not also listed as ignored', () => {
    const { skipped, ignored } = parsed(feed(entry((r) => ((r.name = ''), (r.fees = 3)))));
    expect(ignored).toEqual([]);
    expect(skipped[0]!.problems.map((problem) => problem.path)).toEqual(['fees', 'name']);
  });

  it('never drops an entry for its optional facts alone, whatever their values', () => {
    fc.assert(
      fc.property(
        fc.record({ recognition: fc.anything(), warrantyMonths: fc.anything(), fees: fc.anything(), level: fc.anything(), report: fc.anything() }, { requiredKeys: [] }),
        (facts) => {
          const raw = entry((r) => {
            const { level, report, ...top } = facts;
            Object.assign(r, top);
            if ('level' in facts) r.dataWiping.level = level;
            if ('report' in facts) r.dataWiping.report = report;
          });
          const { feed: result, skipped } = parsed(feed(raw));
          expect(skipped).toEqual([]);
          expect(result.refurbishers).toHaveLength(1);
        },
      ),
    );
  });
});

/**
 * The feed's schema (valibot) and its validation, entry by entry: one bad
 * refurbisher is left out with its problems named, the others are kept.
 * Loaded lazily together with the feed. Pure; no DOM.
 *
 * Feed format, version 1 (JSON):
 *
 *   {
 *     "version": 1,
 *     "sample": false,                      // optional; true marks example data
 *     "lang": "nl",                         // optional; language of the texts
 *     "questions": {                        // optional; id -> the question, or the question with a short label
 *       "q01": { "label": "Vergunningen", "text": "Welke vergunningen heeft u?" },
 *       "q02": "Welke toestellen neemt u aan?", ... },
 *     "refurbishers": [{
 *       "id": "herwerk-gent",               // letters, digits, - _ . ; unique
 *       "name": "...",
 *       "contact": { "person": "...", "email": "...", "phone": "..." },   // each optional
 *       "website": "https://...",           // optional; http(s) only
 *       "address": { "street": "...", "postcode": "9000", "city": "Gent",
 *                    "coordinates": { "lat": 51.05, "lon": 3.72 } },    // street, coordinates optional
 *       "provinces": ["east-flanders", ...],          // see model.ts, at least one
 *       "minimumDevices": 10,               // optional, default 1
 *       "pickup": { "minimumDevices": 20 }, // optional; details of the pickup service
 *       "deviceTypes": ["laptop", ...],     // at least one
 *       "services": ["pickup", "certified-wiping", ...],
 *       "dataWiping": { "method": "...", "certificate": true, "onSiteDestruction": false,
 *                       "level": "purge",                       // optional: "clear", "purge" or "destroy" (NIST SP 800-88)
 *                       "report": ["serial-number", "method", "date", "verification", "certificate", "outcome"] },  // optional
 *       "destinations": ["resale", "donation", "recycling"],     // at least one
 *       "permits": ["..."], "certifications": ["ISO 14001"],     // optional
 *       "languages": ["nl", "fr"],          // at least one
 *       "recognition": { "by": "...", "since": "2019-03-01" },   // optional; since: YYYY-MM-DD or YYYY, optional
 *       "warrantyMonths": 24,               // optional; on devices sold to schools, 0 = none
 *       "fees": "...",                      // optional; what the school pays or is paid, in the feed's language
 *       "answers": { "q01": "...", ... },   // optional; question id -> answer
 *       "updated": "2026-10-15"
 *     }]
 *   }
 *
 * Unknown keys are ignored, so a newer feed still shows in an older widget.
 * The optional fields `recognition`, `warrantyMonths`, `fees`,
 * `dataWiping.level` and `dataWiping.report` are facts a school is helped
 * by but an entry can do without: a bad value there drops only that field
 * (named in `ignored`), and the entry stays.
 */
import * as v from 'valibot';
import { validate, type DataProblem, type DataResult } from '../../core/data-input.js';

// The element reads JSON and words problems only after this module has loaded, so valibot stays out of its first download.
export { formatProblems, parseJson } from '../../core/data-input.js';
import {
  destinations,
  deviceTypes,
  languages,
  provinces,
  services,
  wipingLevels,
  wipingReportItems,
  type Feed,
  type IgnoredFields,
  type Refurbisher,
  type SkippedEntry,
} from './model.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('Expected text, received an empty string'), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));
const id = v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, 'Expected 1-64 letters, digits, "-", "_" or "."'));
/** A list of allowed values, at least one, duplicates dropped. */
const choices = <const T extends readonly [string, ...string[]]>(all: T) =>
  v.pipe(
    v.array(v.picklist(all)),
    v.minLength(1, 'Expected at least one value'),
    v.transform((list) => [...new Set(list)]),
  );
const texts = v.optional(v.array(text(200)), []);
/** A question as text alone (the label is then the question), or with a short label for the comparison's rows. */
const question = v.pipe(
  v.union([v.string(), v.record(v.string(), v.unknown())], 'Expected the question as text, or as an object with "text" and an optional short "label"'),
  v.transform((value) => (typeof value === 'string' ? { text: value } : value)),
  v.object({ label: optionalText(60), text: text(1000) }),
);
const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.check((value) => /^https?:\/\//i.test(value), 'Expected a web address starting with http:// or https://'),
);

const isRealDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
};

// The optional facts that an entry can do without (see `dropBadFields`).
const recognition = v.object({
  by: text(200),
  since: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^\d{4}(-\d{2}-\d{2})?$/, 'Expected a date as YYYY-MM-DD, or a year as YYYY'),
      v.check((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), 'Expected a date that exists, as YYYY-MM-DD'),
    ),
  ),
});
const warrantyMonths = v.pipe(
  v.number(),
  v.integer('Expected a whole number of months'),
  v.minValue(0, 'Expected 0 (no warranty) or more months'),
  v.maxValue(120, 'Expected at most 120 months'),
);
const fees = text(1000);
const wipingLevel = v.picklist(wipingLevels, 'Expected "clear", "purge" or "destroy" (the categories of NIST SP 800-88)');
const wipingReport = choices(wipingReportItems);

/** Where each such fact sits in an entry, and its schema. */
const lenientFields: readonly (readonly [path: readonly string[], schema: v.GenericSchema])[] = [
  [['recognition'], recognition],
  [['warrantyMonths'], warrantyMonths],
  [['fees'], fees],
  [['dataWiping', 'level'], wipingLevel],
  [['dataWiping', 'report'], wipingReport],
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `raw` without the field at `path` (the objects on the way copied, nothing else changed). */
function without(raw: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const [key, ...rest] = path;
  const copy = { ...raw };
  if (rest.length) copy[key!] = without(copy[key!] as Record<string, unknown>, rest);
  else delete copy[key!];
  return copy;
}

/**
 * Checks the optional facts of a raw entry one by one, and leaves out each
 * one whose value is wrong, with its problems; the entry keeps the rest.
 */
function dropBadFields(raw: unknown): { entry: unknown; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  let entry = raw;
  for (const [path, schema] of lenientFields) {
    let parent: unknown = entry;
    for (const key of path.slice(0, -1)) parent = isRecord(parent) ? parent[key] : undefined;
    const value = isRecord(parent) ? parent[path.at(-1)!] : undefined;
    if (value === undefined) continue;
    const result = validate(schema, value);
    if (result.ok) continue;
    for (const problem of result.problems) problems.push({ path: [...path, problem.path].filter(Boolean).join('.'), message: problem.message });
    entry = without(entry as Record<string, unknown>, path);
  }
  return { entry, problems };
}

export const refurbisherSchema = v.pipe(
  v.object({
    id,
    name: text(200),
    contact: v.optional(
      v.object({
        person: optionalText(200),
        email: v.optional(v.pipe(v.string(), v.trim(), v.email())),
        phone: v.optional(v.pipe(text(40), v.regex(/^[\d\s+()./-]+$/, 'Expected a phone number'))),
      }),
      {},
    ),
    website: v.optional(httpUrl),
    address: v.object({
      street: optionalText(200),
      postcode: v.pipe(v.string(), v.regex(/^[1-9]\d{3}$/, 'Expected a Belgian postcode: four digits, 1000-9999')),
      city: text(100),
      coordinates: v.optional(
        v.object({
          lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
          lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
        }),
      ),
    }),
    provinces: choices(provinces),
    minimumDevices: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
    pickup: v.optional(v.object({ minimumDevices: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    deviceTypes: choices(deviceTypes),
    services: v.pipe(
      v.array(v.picklist(services)),
      v.transform((list) => [...new Set(list)]),
    ),
    dataWiping: v.object({
      method: text(200),
      certificate: v.boolean(),
      onSiteDestruction: v.optional(v.boolean(), false),
      level: v.optional(wipingLevel),
      report: v.optional(wipingReport),
    }),
    destinations: choices(destinations),
    permits: texts,
    certifications: texts,
    languages: choices(languages),
    recognition: v.optional(recognition),
    warrantyMonths: v.optional(warrantyMonths),
    fees: v.optional(fees),
    answers: v.optional(v.record(id, text(4000)), {}),
    updated: v.pipe(v.string(), v.isoDate('Expected a date as YYYY-MM-DD')),
  }),
  // "Certified wiping" is a promise a school relies on: it must come with a certificate.
  v.forward(
    v.partialCheck(
      [['services'], ['dataWiping', 'certificate']],
      (input) => !input.services.includes('certified-wiping') || input.dataWiping.certificate,
      'The service "certified-wiping" needs "certificate": true',
    ),
    ['dataWiping', 'certificate'],
  ),
);

const feedSchema = v.object({
  version: v.literal(1, 'Expected feed version 1'),
  sample: v.optional(v.boolean(), false),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i, 'Expected a language tag such as "nl"')), 'nl'),
  questions: v.optional(v.record(id, question), {}),
  refurbishers: v.array(v.unknown()),
});

export interface ParsedFeed {
  readonly feed: Feed;
  /** Entries left out, with the fields that were wrong. */
  readonly skipped: readonly SkippedEntry[];
  /** Entries kept without some optional facts whose value was wrong, with those fields. */
  readonly ignored: readonly IgnoredFields[];
}

/** A text property of a raw entry, to name it even when it is invalid. */
function label(raw: unknown, key: 'id' | 'name'): string | undefined {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 80) : undefined;
}

/**
 * Validates a feed. The feed as a whole must be an object of version 1 with
 * a `refurbishers` list, or nothing can be shown (`ok: false`); each entry is
 * then checked on its own, and the invalid ones, or a second entry with an
 * id already used, are left out and listed in `skipped`.
 */
export function parseFeed(input: unknown): DataResult<ParsedFeed> {
  const top = validate(feedSchema, input);
  if (!top.ok) return top;
  const { refurbishers: raw, ...meta } = top.value;
  const refurbishers: Refurbisher[] = [];
  const skipped: SkippedEntry[] = [];
  const ignored: IgnoredFields[] = [];
  const seen = new Map<string, number>();
  raw.forEach((entry, index) => {
    const lenient = dropBadFields(entry);
    const result = validate(refurbisherSchema, lenient.entry);
    let problems: readonly DataProblem[] = result.ok ? [] : [...lenient.problems, ...result.problems];
    if (result.ok) {
      const first = seen.get(result.value.id);
      if (first === undefined) {
        seen.set(result.value.id, index);
        refurbishers.push(result.value);
        if (lenient.problems.length) ignored.push({ index, id: result.value.id, name: result.value.name, problems: lenient.problems });
        return;
      }
      problems = [{ path: 'id', message: `The id "${result.value.id}" is already used by entry ${first}` }];
    }
    skipped.push({ index, id: label(entry, 'id'), name: label(entry, 'name'), problems });
  });
  return { ok: true, value: { feed: { ...meta, refurbishers }, skipped, ignored } };
}

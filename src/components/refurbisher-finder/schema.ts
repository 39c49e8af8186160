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
 *     "questions": { "q01": "Welke vergunningen heeft u?", ... },   // optional
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
 *       "dataWiping": { "method": "...", "certificate": true, "onSiteDestruction": false },
 *       "destinations": ["resale", "donation", "recycling"],     // at least one
 *       "permits": ["..."], "certifications": ["ISO 14001"],     // optional
 *       "languages": ["nl", "fr"],          // at least one
 *       "answers": { "q01": "...", ... },   // optional; question id -> answer
 *       "updated": "2026-10-15"
 *     }]
 *   }
 *
 * Unknown keys are ignored, so a newer feed still shows in an older widget.
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
  type Feed,
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
const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.url(),
  v.check((value) => /^https?:\/\//i.test(value), 'Expected a web address starting with http:// or https://'),
);

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
    }),
    destinations: choices(destinations),
    permits: texts,
    certifications: texts,
    languages: choices(languages),
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
  questions: v.optional(v.record(id, text(1000)), {}),
  refurbishers: v.array(v.unknown()),
});

export interface ParsedFeed {
  readonly feed: Feed;
  /** Entries left out, with the fields that were wrong. */
  readonly skipped: readonly SkippedEntry[];
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
  const seen = new Map<string, number>();
  raw.forEach((entry, index) => {
    const result = validate(refurbisherSchema, entry);
    let problems: readonly DataProblem[] = result.ok ? [] : result.problems;
    if (result.ok) {
      const first = seen.get(result.value.id);
      if (first === undefined) {
        seen.set(result.value.id, index);
        refurbishers.push(result.value);
        return;
      }
      problems = [{ path: 'id', message: `The id "${result.value.id}" is already used by entry ${first}` }];
    }
    skipped.push({ index, id: label(entry, 'id'), name: label(entry, 'name'), problems });
  });
  return { ok: true, value: { feed: { ...meta, refurbishers }, skipped } };
}

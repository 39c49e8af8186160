/**
 * A competence framework as data: areas, competences grouped in areas, and
 * an ordered level scale, each named per locale. A host page may pass its
 * own framework (an updated DigCompEdu, a school's own modules); it is
 * validated here with valibot, and every problem names the field it is about.
 * Pure, no DOM.
 */
import * as v from 'valibot';
import { validate } from '../../core/data-input.js';
import { allLocales, sourceLocale, type Locale } from '../../i18n/locales.js';

/** Text in one language (taken as Dutch), or per locale: `{ "nl": "…", "fr": "…", "en": "…" }`. */
export type LocalTextInput = string | Readonly<Partial<Record<Locale, string>>>;

export interface AreaInput {
  readonly id: string;
  readonly name: LocalTextInput;
  /** Short label on the rim of the rose (default: the area's position, 1, 2, …). */
  readonly code?: string;
  /** Area colour token, 1-8 (`--digi-competentieroos-area-<n>`); default: the area's position. */
  readonly color?: number;
}

export interface CompetenceInput {
  readonly id: string;
  /** The id of the area the competence belongs to. */
  readonly area: string;
  readonly name: LocalTextInput;
  readonly description?: LocalTextInput;
  /** Short label beside the wedge (default: the id when it is at most 5 characters, else its number). */
  readonly code?: string;
}

export interface LevelInput {
  readonly id: string;
  readonly name: LocalTextInput;
}

/** A framework as a host page writes it (the JSON shape). */
export interface FrameworkInput {
  readonly id?: string;
  readonly name: LocalTextInput;
  readonly areas: readonly AreaInput[];
  readonly competences: readonly CompetenceInput[];
  /** From lowest to highest. */
  readonly levels: readonly LevelInput[];
}

export type LocalText = Readonly<Partial<Record<Locale, string>>>;

export interface Area {
  readonly id: string;
  readonly index: number;
  readonly code: string;
  readonly name: LocalText;
  /** 1-based colour token. */
  readonly color: number;
}

export interface Competence {
  readonly id: string;
  /** Position on the rose (clockwise from the top), which is also the order of the table. */
  readonly index: number;
  readonly code: string;
  readonly name: LocalText;
  readonly description?: LocalText;
  readonly area: Area;
}

export interface Level {
  readonly id: string;
  /** 1 for the lowest level. */
  readonly value: number;
  readonly name: LocalText;
}

export interface Framework {
  readonly id: string;
  readonly name: LocalText;
  readonly areas: readonly Area[];
  /** Grouped by area, in area order; within an area in the order given. */
  readonly competences: readonly Competence[];
  readonly levels: readonly Level[];
}

/** How many colour tokens (and patterns) the rose has. */
export const areaColorCount = 8;
export const limits = { areas: 12, competences: 100, levels: 12, text: 300, id: 60, code: 6 } as const;

/**
 * What was wrong, as a stable key: the element words it in the reader's
 * language and the console in English (see problems.ts).
 */
export type ProblemKind =
  | 'json'
  | 'required'
  | 'object'
  | 'list'
  | 'id'
  | 'code'
  | 'text'
  | 'color'
  | 'areas'
  | 'competences'
  | 'levels'
  | 'duplicate'
  | 'unknown-area'
  | 'preset'
  | 'profile'
  | 'profiles'
  | 'unknown-competence'
  | 'unknown-level'
  | 'editable-team'
  | 'unknown-key'
  | 'one-of';

export interface Problem {
  /** Dotted path to the field, e.g. `framework.competences.3.area`. */
  readonly path: string;
  readonly kind: ProblemKind;
  /** The value found, shortened for display, when it helps. */
  readonly value?: string;
  /** What is allowed instead, when that is a short list. */
  readonly allowed?: readonly string[];
}

/** A value shortened for a message: `"B7"`, `42`, `an object`. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The value at a dotted path, for showing what was found. Keys may contain
 * dots themselves (competence `1.1`), so the longest key that exists wins.
 */
export function valueAt(input: unknown, path: string): unknown {
  const segments = path ? path.split('.') : [];
  let current = input;
  for (let start = 0; start < segments.length; ) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    let length = segments.length - start;
    while (length > 1 && !(segments.slice(start, start + length).join('.') in record)) length--;
    current = record[segments.slice(start, start + length).join('.')];
    start += length;
  }
  return current;
}

// ---- schema ----

// valibot messages are problem kinds here; `readProblems` turns them into `Problem`s.
const objectMessage = (kind: ProblemKind) => (issue: v.BaseIssue<unknown>) =>
  issue.input === undefined && issue.expected?.startsWith('"') ? 'required' : kind;

const idSchema = v.pipe(v.string('id'), v.trim(), v.minLength(1, 'id'), v.maxLength(limits.id, 'id'));
const textSchema = v.pipe(v.string('text'), v.trim(), v.minLength(1, 'text'), v.maxLength(limits.text, 'text'));
const localTextSchema = v.union(
  [
    textSchema,
    v.pipe(
      v.object(Object.fromEntries(allLocales.map((locale) => [locale, v.optional(textSchema)])) as Record<Locale, v.OptionalSchema<typeof textSchema, undefined>>),
      v.check((texts) => Object.values(texts).some(Boolean), 'text'),
    ),
  ],
  'text',
);
const codeSchema = v.optional(v.pipe(v.string('code'), v.trim(), v.minLength(1, 'code'), v.maxLength(limits.code, 'code')));

const frameworkSchema = v.object(
  {
    id: v.optional(idSchema),
    name: localTextSchema,
    areas: v.pipe(
      v.array(
        v.object(
          {
            id: idSchema,
            name: localTextSchema,
            code: codeSchema,
            color: v.optional(v.pipe(v.number('color'), v.integer('color'), v.minValue(1, 'color'), v.maxValue(areaColorCount, 'color'))),
          },
          objectMessage('object'),
        ),
        'list',
      ),
      v.minLength(1, 'areas'),
      v.maxLength(limits.areas, 'areas'),
    ),
    competences: v.pipe(
      v.array(
        v.object(
          { id: idSchema, area: idSchema, name: localTextSchema, description: v.optional(localTextSchema), code: codeSchema },
          objectMessage('object'),
        ),
        'list',
      ),
      v.minLength(1, 'competences'),
      v.maxLength(limits.competences, 'competences'),
    ),
    levels: v.pipe(
      v.array(v.object({ id: idSchema, name: localTextSchema }, objectMessage('object')), 'list'),
      v.minLength(2, 'levels'),
      v.maxLength(limits.levels, 'levels'),
    ),
  },
  objectMessage('object'),
);

/**
 * Validates `input` against `schema` (through core/data-input.ts) and turns
 * its problems into `Problem`s under `prefix`.
 */
export function readProblems<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  prefix: string,
): { ok: true; value: v.InferOutput<TSchema> } | { ok: false; problems: Problem[] } {
  const result = validate(schema, input);
  if (result.ok) return result;
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { path, message } of result.problems) {
    const full = joinPath(prefix, path);
    const kind = message as ProblemKind;
    // A union reports once per option: keep one problem per field.
    if (seen.has(full)) continue;
    seen.add(full);
    const found = valueAt(input, path);
    problems.push({ path: full, kind, ...(kind === 'required' ? {} : { value: showValue(found) }) });
  }
  return { ok: false, problems };
}

export const joinPath = (prefix: string, path: string): string => (prefix && path ? `${prefix}.${path}` : prefix || path);

function localText(input: LocalTextInput): LocalText {
  if (typeof input === 'string') return { [sourceLocale]: input };
  return Object.fromEntries(Object.entries(input).filter(([, text]) => text)) as LocalText;
}

/** The text in `locale`, else Dutch, else English, else French: a custom framework may be in one language only. */
export function textIn(text: LocalText, locale: Locale): string {
  return text[locale] ?? text.nl ?? text.en ?? text.fr ?? '';
}

/** Which language `textIn` actually returns, so the element can mark it with `lang`. */
export function languageOf(text: LocalText, locale: Locale): Locale {
  return text[locale] ? locale : text.nl ? 'nl' : text.en ? 'en' : 'fr';
}

function findDuplicates(ids: readonly string[], path: (index: number) => string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push({ path: path(index), kind: 'duplicate', value: showValue(id) });
    seen.add(id);
  });
  return problems;
}

export type FrameworkResult = { framework: Framework; problems: readonly Problem[] } | { framework?: undefined; problems: readonly Problem[] };

/**
 * Checks and normalises a framework. A framework with any problem is not
 * used: drawing a rose from a framework that is half right would show
 * wrong competences with confidence.
 */
export function resolveFramework(input: unknown, prefix = 'framework'): FrameworkResult {
  const checked = readProblems(frameworkSchema, input, prefix);
  if (!checked.ok) return { problems: checked.problems };
  const { areas, competences, levels } = checked.value;
  const problems = [
    ...findDuplicates(areas.map((area) => area.id), (i) => `${prefix}.areas.${i}.id`),
    ...findDuplicates(competences.map((competence) => competence.id), (i) => `${prefix}.competences.${i}.id`),
    ...findDuplicates(levels.map((level) => level.id.toLowerCase()), (i) => `${prefix}.levels.${i}.id`),
  ];
  const areaIds = areas.map((area) => area.id);
  competences.forEach((competence, i) => {
    if (!areaIds.includes(competence.area)) {
      problems.push({ path: `${prefix}.competences.${i}.area`, kind: 'unknown-area', value: showValue(competence.area), allowed: areaIds });
    }
  });
  return problems.length ? { problems } : { problems: [], framework: normaliseFramework(checked.value) };
}

/**
 * Turns checked framework data into the form the rose draws: areas with their
 * codes and colours, competences grouped by area and numbered, levels valued.
 * Only for data that passed `resolveFramework` (or is a tested preset).
 */
export function normaliseFramework(input: FrameworkInput): Framework {
  const { areas, competences, levels } = input;
  const resolvedAreas: Area[] = areas.map((area, index) => ({
    id: area.id,
    index,
    code: area.code ?? String(index + 1),
    name: localText(area.name),
    color: area.color ?? (index % areaColorCount) + 1,
  }));
  const ordered = resolvedAreas.flatMap((area) => competences.filter((competence) => competence.area === area.id).map((competence) => ({ competence, area })));
  return {
    id: input.id ?? 'custom',
    name: localText(input.name),
    areas: resolvedAreas,
    competences: ordered.map(({ competence, area }, index) => ({
      id: competence.id,
      index,
      code: competence.code ?? (competence.id.length <= 5 ? competence.id : String(index + 1)),
      name: localText(competence.name),
      ...(competence.description ? { description: localText(competence.description) } : {}),
      area,
    })),
    levels: levels.map((level, index) => ({ id: level.id, value: index + 1, name: localText(level.name) })),
  };
}

/** The areas that have at least one competence: only those are drawn. */
export function drawnAreas(framework: Framework): Area[] {
  return framework.areas.filter((area) => framework.competences.some((competence) => competence.area === area));
}

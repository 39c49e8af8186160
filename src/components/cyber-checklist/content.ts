/**
 * The checklist's content as data: themes and measures on a growth path
 * (basic first, then advanced), so the Kenniscentrum's own GRIP content, or
 * a school board's, loads as JSON without a code change. Validated with
 * valibot; every problem names its field. Pure, no DOM.
 */
import * as v from 'valibot';
import { validate, type DataProblem, type DataResult } from '../../core/data-input.js';

export const levels = ['basic', 'advanced'] as const;
export type Level = (typeof levels)[number];

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Expected an id of lower-case letters, digits and dashes (at most 64)'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'Expected text, got an empty string'), v.maxLength(max));
const webAddress = v.pipe(
  v.string(),
  v.url('Expected a web address'),
  v.check((url) => /^https?:\/\//i.test(url), 'Expected a web address starting with https:// or http://'),
);

const linkSchema = v.object({ label: text(200), url: webAddress });
const themeSchema = v.object({ id, title: text(120), description: v.optional(text(1000)) });
const measureSchema = v.object({
  id,
  theme: id,
  level: v.picklist(levels),
  /** 1 (most important) to 3; decides the order of the next steps. */
  priority: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)), 2),
  title: text(200),
  why: text(2000),
  /** Steps: one text, or a list of short steps. */
  how: v.pipe(
    v.union([text(4000), v.pipe(v.array(text(1000)), v.minLength(1), v.maxLength(20))]),
    v.transform((how) => (typeof how === 'string' ? [how] : how)),
  ),
  links: v.optional(v.pipe(v.array(linkSchema), v.maxLength(10)), []),
});

export const contentSchema = v.object({
  /** The checklist's id: saved answers are kept under it. */
  id,
  /** The content's version: answers of measures that survive a new version are kept. */
  version: v.pipe(v.string(), v.regex(/^[\w.+-]{1,40}$/, 'Expected a version such as 2025.1 (letters, digits, . + - _; at most 40)')),
  /** BCP 47 language of the texts. */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as nl-BE'))),
  title: text(200),
  source: v.optional(v.object({ label: text(200), url: v.optional(webAddress) })),
  themes: v.pipe(v.array(themeSchema), v.minLength(1), v.maxLength(20)),
  measures: v.pipe(v.array(measureSchema), v.minLength(1), v.maxLength(500)),
});

export type ChecklistContent = v.InferOutput<typeof contentSchema>;
export type Theme = ChecklistContent['themes'][number];
export type Measure = ChecklistContent['measures'][number];

/** Validates content: the schema, then what a schema cannot say (unique ids, known themes). */
export function parseContent(input: unknown): DataResult<ChecklistContent> {
  const result = validate(contentSchema, input);
  if (!result.ok) return result;
  const content = result.value;
  const problems: DataProblem[] = [];
  const duplicates = (ids: readonly string[], path: string) =>
    ids.forEach((value, index) => {
      if (ids.indexOf(value) !== index) problems.push({ path: `${path}.${index}.id`, message: `Duplicate id "${value}"` });
    });
  duplicates(content.themes.map((theme) => theme.id), 'themes');
  duplicates(content.measures.map((measure) => measure.id), 'measures');
  const themeIds = new Set(content.themes.map((theme) => theme.id));
  content.measures.forEach((measure, index) => {
    if (!themeIds.has(measure.theme)) {
      problems.push({ path: `measures.${index}.theme`, message: `Unknown theme "${measure.theme}" (themes: ${[...themeIds].join(', ')})` });
    }
  });
  return problems.length ? { ok: false, problems } : result;
}

/**
 * The checklist's content as data: themes and measures on a growth path
 * (basic first, then advanced), so the Kenniscentrum's own GRIP content, or
 * a school board's, loads as JSON without a code change. Validated with
 * valibot; every problem names its field. Pure, no DOM.
 *
 * The content names itself (`title`, `source` with its `status`, shown under
 * the title) and the supervisory authority its schools answer to
 * (`authority`), which measure texts name as `{authority}` and link to as
 * `{ "authority": true }`.
 */
import * as v from 'valibot';
import { validate, type DataProblem } from '../../core/data-input.js';

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
/** A link to the content's supervisory authority (`authority`): its name as label, its address. */
const authorityLinkSchema = v.object({ authority: v.literal(true) });
/**
 * The supervisory authority for data protection that the content's schools
 * answer to (for schools of the Flemish Community the Vlaamse
 * Toezichtcommissie, not the federal Gegevensbeschermingsautoriteit). Measure
 * texts name it with `{authority}`, links with `{ "authority": true }`.
 */
export const authoritySchema = v.object({ name: text(200), url: webAddress });
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
  links: v.optional(v.pipe(v.array(v.union([linkSchema, authorityLinkSchema], 'Expected a link { label, url } or { authority: true }')), v.maxLength(10)), []),
});

export const contentSchema = v.object({
  /** The checklist's id: saved answers are kept under it. */
  id,
  /** The content's version: answers of measures that survive a new version are kept. */
  version: v.pipe(v.string(), v.regex(/^[\w.+-]{1,40}$/, 'Expected a version such as 2025.1 (letters, digits, . + - _; at most 40)')),
  /** BCP 47 language of the texts. */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as nl-BE'))),
  title: text(200),
  /** Where the content comes from, and what it is (`status`, e.g. not the official framework); shown under the title. */
  source: v.optional(v.object({ label: text(200), url: v.optional(webAddress), status: v.optional(text(300)) })),
  /** The supervisory authority the measures name; a bad value is ignored (with a warning), the rest loads. */
  authority: v.optional(authoritySchema),
  themes: v.pipe(v.array(themeSchema), v.minLength(1), v.maxLength(20)),
  measures: v.pipe(v.array(measureSchema), v.minLength(1), v.maxLength(500)),
});

type ParsedContent = v.InferOutput<typeof contentSchema>;
/** Content as the schema gives it back: the form built-in content is written in (see `resolveBuiltInContent`). */
export type CheckedContent = ParsedContent;
type ParsedMeasure = ParsedContent['measures'][number];
export type Authority = v.InferOutput<typeof authoritySchema>;
export type Link = v.InferOutput<typeof linkSchema>;
/** A measure as shown: `{authority}` replaced by the authority's name, authority links made plain links. */
export type Measure = Omit<ParsedMeasure, 'links'> & { links: Link[] };
export type ChecklistContent = Omit<ParsedContent, 'measures'> & { measures: Measure[] };
export type Theme = ChecklistContent['themes'][number];

/** Valid content, with the problems in parts that were ignored so the rest could load. */
export type ContentResult =
  | { readonly ok: true; readonly value: ChecklistContent; readonly warnings: readonly DataProblem[] }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

export interface ParseOptions {
  /** What `{authority}` reads when the content names no (valid) authority; in the widget's language. */
  authorityFallback?: string;
}

const placeholder = /\{authority\}/g;

/**
 * Validates content: the schema, then what a schema cannot say (unique ids,
 * known themes). A bad `authority` is left out with a warning, so the
 * checklist still loads; measures that name it then read
 * `authorityFallback` and lose the authority's link.
 */
export function parseContent(input: unknown, options: ParseOptions = {}): ContentResult {
  const warnings: DataProblem[] = [];
  let rest = input;
  let authority: Authority | undefined;
  if (input && typeof input === 'object' && !Array.isArray(input) && 'authority' in input && (input as { authority: unknown }).authority !== undefined) {
    const { authority: given, ...others } = input as { authority: unknown };
    rest = others;
    const checked = validate(authoritySchema, given);
    if (checked.ok) authority = checked.value;
    else warnings.push(...checked.problems.map((problem) => ({ path: problem.path ? `authority.${problem.path}` : 'authority', message: `${problem.message} (the authority was ignored)` })));
  }
  const result = validate(contentSchema, rest);
  if (!result.ok) return result;
  const parsed = result.value;
  const problems: DataProblem[] = [];
  const duplicates = (ids: readonly string[], path: string) =>
    ids.forEach((value, index) => {
      if (ids.indexOf(value) !== index) problems.push({ path: `${path}.${index}.id`, message: `Duplicate id "${value}"` });
    });
  duplicates(parsed.themes.map((theme) => theme.id), 'themes');
  duplicates(parsed.measures.map((measure) => measure.id), 'measures');
  const themeIds = new Set(parsed.themes.map((theme) => theme.id));
  parsed.measures.forEach((measure, index) => {
    if (!themeIds.has(measure.theme)) {
      problems.push({ path: `measures.${index}.theme`, message: `Unknown theme "${measure.theme}" (themes: ${[...themeIds].join(', ')})` });
    }
  });
  if (problems.length) return { ok: false, problems };

  return { ok: true, value: withAuthority(parsed, authority, warnings, options.authorityFallback), warnings };
}

/**
 * Built-in content (content/*.ts) as shown. It is written in the schema's output form (every
 * default spelled out), and test/unit/cyber-checklist/content.test.ts checks that `parseContent`
 * gives the same for it with no warning, so at start only the authority is filled in: no schema run.
 */
export function resolveBuiltInContent(input: CheckedContent): ChecklistContent {
  const { authority, ...rest } = input;
  return withAuthority(rest, authority, [], undefined);
}

/** `{authority}` and authority links become the authority's name and address; what could not be named is added to `warnings`. */
function withAuthority(parsed: Omit<ParsedContent, 'authority'>, authority: Authority | undefined, warnings: DataProblem[], fallback: string | undefined): ChecklistContent {
  const name = authority?.name ?? fallback ?? 'the supervisory authority';
  const named: string[] = [];
  const measures = parsed.measures.map((measure): Measure => {
    const usesAuthority = JSON.stringify(measure).includes('{authority}') || measure.links.some((link) => 'authority' in link);
    if (usesAuthority) named.push(measure.id);
    const fill = (text: string) => text.replace(placeholder, () => name);
    const links = measure.links.flatMap((link): Link[] =>
      'authority' in link ? (authority ? [{ label: authority.name, url: authority.url }] : []) : [{ label: fill(link.label), url: link.url }],
    );
    return usesAuthority ? { ...measure, title: fill(measure.title), why: fill(measure.why), how: measure.how.map(fill), links } : { ...measure, links };
  });
  if (!authority && named.length && !warnings.length) {
    warnings.push({ path: 'authority', message: `Missing: measures ${named.join(', ')} name the supervisory authority; they read "${name}", without its link` });
  } else if (!authority && named.length) {
    warnings.push({ path: 'authority', message: `Measures ${named.join(', ')} read "${name}" instead, without the authority's link` });
  }
  const content: ChecklistContent = { ...parsed, measures };
  if (authority) content.authority = authority;
  return content;
}

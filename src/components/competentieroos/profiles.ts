/**
 * Profiles: one person's level per competence, as a host page writes it, read
 * against a framework. A value that does not fit (an unknown competence, a
 * level the scale does not have) is named and left out; the rest of the
 * profile is used. Pure, no DOM.
 */
import * as v from 'valibot';
import { joinPath, limits, readProblems, showValue, type Framework, type Problem } from './framework.js';

/** A level: its id (`"B1"`, any case), its position on the scale (1 = lowest), or null / `""` for not filled in. */
export type LevelValueInput = string | number | null;
export type LevelsInput = Readonly<Record<string, LevelValueInput>>;

/** `{ "1.1": "B1", … }`, or with a label: `{ "label": "September", "levels": { … } }`. */
export type ProfileInput = LevelsInput | { readonly label?: string; readonly levels: LevelsInput };

/** One value per competence, in framework order: 1…levels, or null when not filled in. */
export type Values = readonly (number | null)[];

export interface Profile {
  readonly label?: string;
  readonly values: Values;
}

export const maxProfiles = 2000;

const levelSchema = v.union([v.string(), v.number(), v.null()], 'unknown-level');
const levelsSchema = v.record(v.string(), levelSchema, 'profile');
const labelledSchema = v.object({
  label: v.optional(v.pipe(v.string('text'), v.trim(), v.maxLength(limits.text, 'text'))),
  levels: levelsSchema,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value (1…n) of a level given by id or position, or undefined when it is not on the scale. */
export function levelValue(framework: Framework, input: LevelValueInput): number | null | undefined {
  if (input === null) return null;
  if (typeof input === 'number') return Number.isInteger(input) && input >= 1 && input <= framework.levels.length ? input : undefined;
  const id = input.trim().toLowerCase();
  if (id === '') return null;
  return framework.levels.find((level) => level.id.toLowerCase() === id)?.value;
}

export function resolveProfile(framework: Framework, input: unknown, path: string): { profile?: Profile; problems: Problem[] } {
  const labelled = isRecord(input) && 'levels' in input;
  const checked = labelled ? readProblems(labelledSchema, input, path) : readProblems(levelsSchema, input, path);
  if (!checked.ok) {
    // A whole profile of the wrong shape says so once, in words a web team recognises.
    const shape = checked.problems.find((problem) => problem.path === path);
    return { problems: shape ? [{ ...shape, kind: 'profile' }] : checked.problems };
  }
  const label = labelled ? (checked.value as v.InferOutput<typeof labelledSchema>).label || undefined : undefined;
  const levels: LevelsInput = labelled ? (checked.value as v.InferOutput<typeof labelledSchema>).levels : (checked.value as LevelsInput);
  const levelsPath = labelled ? joinPath(path, 'levels') : path;
  const values: (number | null)[] = framework.competences.map(() => null);
  const problems: Problem[] = [];
  const allowedLevels = framework.levels.map((level) => level.id);
  for (const [id, level] of Object.entries(levels)) {
    const competence = framework.competences.find((candidate) => candidate.id === id);
    const fieldPath = joinPath(levelsPath, id);
    if (!competence) {
      problems.push({ path: fieldPath, kind: 'unknown-competence', value: showValue(id) });
      continue;
    }
    const value = levelValue(framework, level);
    if (value === undefined) problems.push({ path: fieldPath, kind: 'unknown-level', value: showValue(level), allowed: allowedLevels });
    else values[competence.index] = value;
  }
  return { profile: { ...(label ? { label } : {}), values }, problems };
}

/**
 * One profile, or a list of them (a team). Bad profiles in a list are left
 * out; the others count.
 */
export function resolveProfiles(framework: Framework, input: unknown, path: string): { profiles: Profile[]; problems: Problem[] } {
  if (!Array.isArray(input)) {
    const { profile, problems } = resolveProfile(framework, input, path);
    return { profiles: profile ? [profile] : [], problems };
  }
  const problems: Problem[] = [];
  if (input.length > maxProfiles) problems.push({ path, kind: 'profiles', value: `${input.length} profiles; the first ${maxProfiles} are used` });
  const profiles = input.slice(0, maxProfiles).flatMap((item, index) => {
    const result = resolveProfile(framework, item, joinPath(path, String(index)));
    problems.push(...result.problems);
    return result.profile ? [result.profile] : [];
  });
  return { profiles, problems };
}

/** The profile as level ids, for events and for setting it again (a round trip). */
export function toLevelIds(framework: Framework, values: Values): Record<string, string | null> {
  return Object.fromEntries(
    framework.competences.map((competence) => [competence.id, framework.levels[(values[competence.index] ?? 0) - 1]?.id ?? null]),
  );
}

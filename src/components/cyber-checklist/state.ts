/**
 * A school's answers: a status and a note per measure, the school's name for
 * the report, and answers kept from measures a newer content version dropped.
 * Progress, the level reached and the next steps are computed from content
 * and answers. Pure, no DOM; every change returns a new state.
 */
import * as v from 'valibot';
import type { ChecklistContent, Measure } from './content.js';

export const statuses = ['todo', 'doing', 'done', 'na'] as const;
export type Status = (typeof statuses)[number];

const isoTime = v.pipe(v.string(), v.isoTimestamp());
const answerSchema = v.object({
  status: v.picklist(statuses),
  note: v.optional(v.pipe(v.string(), v.maxLength(5000)), ''),
  /** The measure's title when it was answered: named in the archive if a newer version drops it. */
  title: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  changed: isoTime,
});
const archivedSchema = v.object({ ...answerSchema.entries, id: v.string(), version: v.string() });

export const stateSchema = v.object({
  checklist: v.string(),
  version: v.string(),
  school: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  answers: v.record(v.string(), answerSchema),
  archived: v.optional(v.array(archivedSchema), []),
  /** When anything last changed: the newer of two states wins (two tabs). */
  saved: isoTime,
});

export type ChecklistState = v.InferOutput<typeof stateSchema>;
export type Answer = ChecklistState['answers'][string];
export type ArchivedAnswer = ChecklistState['archived'][number];

export function emptyState(content: ChecklistContent, now: string): ChecklistState {
  return { checklist: content.id, version: content.version, school: '', answers: {}, archived: [], saved: now };
}

export const statusOf = (state: ChecklistState, measureId: string): Status => state.answers[measureId]?.status ?? 'todo';

/** Work left: not started or in progress (not done, not "not applicable"). */
export const isOpen = (state: ChecklistState, measureId: string): boolean => ['todo', 'doing'].includes(statusOf(state, measureId));

/** `measure` with a new status and/or note. An answer that is back to "not started" without a note is dropped. */
export function withAnswer(
  state: ChecklistState,
  measure: Measure,
  change: { status?: Status; note?: string },
  now: string,
): ChecklistState {
  const previous = state.answers[measure.id];
  const status = change.status ?? previous?.status ?? 'todo';
  const note = change.note ?? previous?.note ?? '';
  if (previous && previous.status === status && previous.note === note) return state;
  const answers = { ...state.answers };
  if (status === 'todo' && note.trim() === '') delete answers[measure.id];
  else answers[measure.id] = { status, note, title: measure.title, changed: now };
  return { ...state, answers, saved: now };
}

export const withSchool = (state: ChecklistState, school: string, now: string): ChecklistState =>
  state.school === school ? state : { ...state, school, saved: now };

export interface Progress {
  readonly total: number;
  readonly done: number;
  readonly doing: number;
  readonly notApplicable: number;
  /** Measures that count: all but the not applicable ones. */
  readonly applicable: number;
  /** Whole percent done of the applicable measures, rounded down (100 only when all are done). */
  readonly percent: number;
}

function progressOf(measures: readonly Measure[], state: ChecklistState): Progress {
  let done = 0;
  let doing = 0;
  let notApplicable = 0;
  for (const measure of measures) {
    const status = statusOf(state, measure.id);
    if (status === 'done') done++;
    else if (status === 'doing') doing++;
    else if (status === 'na') notApplicable++;
  }
  const applicable = measures.length - notApplicable;
  return { total: measures.length, done, doing, notApplicable, applicable, percent: applicable === 0 ? 100 : Math.floor((done * 100) / applicable) };
}

/** `none` until every basic measure is done (or does not apply), then `basic`; `advanced` when all are. */
export type LevelReached = 'none' | 'basic' | 'advanced';

export interface Summary {
  readonly overall: Progress;
  readonly byTheme: ReadonlyMap<string, Progress>;
  readonly byLevel: Readonly<Record<'basic' | 'advanced', Progress>>;
  readonly level: LevelReached;
}

export function summarise(content: ChecklistContent, state: ChecklistState): Summary {
  const byTheme = new Map(content.themes.map((theme) => [theme.id, progressOf(content.measures.filter((m) => m.theme === theme.id), state)]));
  const byLevel = {
    basic: progressOf(content.measures.filter((m) => m.level === 'basic'), state),
    advanced: progressOf(content.measures.filter((m) => m.level === 'advanced'), state),
  };
  const complete = (progress: Progress) => progress.done === progress.applicable;
  const level: LevelReached = !complete(byLevel.basic) ? 'none' : complete(byLevel.advanced) ? 'advanced' : 'basic';
  return { overall: progressOf(content.measures, state), byTheme, byLevel, level };
}

/** Orders by the first differing number. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The most important open measures: basic before advanced (the growth path),
 * then those already in progress (finish what was started), then by priority,
 * then in the content's order.
 */
export function nextSteps(content: ChecklistContent, state: ChecklistState, limit = 5): Measure[] {
  const rank = (measure: Measure, index: number) => [
    measure.level === 'basic' ? 0 : 1,
    statusOf(state, measure.id) === 'doing' ? 0 : 1,
    measure.priority,
    index,
  ];
  return content.measures
    .map((measure, index) => ({ measure, key: rank(measure, index) }))
    .filter(({ measure }) => isOpen(state, measure.id))
    .sort((a, b) => compareKeys(a.key, b.key))
    .slice(0, limit)
    .map(({ measure }) => measure);
}

/**
 * The themes shown closed until the person opens or closes one: all but the
 * first theme (in the content's order) that still has an open measure, so a
 * long growth path starts with where the work is, not with 23,000 px of cards.
 * All closed when nothing is open.
 */
export function collapsedByDefault(content: ChecklistContent, state: ChecklistState): Set<string> {
  const first = content.themes.find((theme) => content.measures.some((measure) => measure.theme === theme.id && isOpen(state, measure.id)));
  return new Set(content.themes.filter((theme) => theme !== first).map((theme) => theme.id));
}

/**
 * Answers for `content`: those of measures it still has are kept; those of
 * measures it no longer has move to the archive (listed, never dropped); new
 * measures start empty. Also how many moved.
 */
export function migrate(state: ChecklistState, content: ChecklistContent, now: string): { state: ChecklistState; archivedNow: ArchivedAnswer[] } {
  const known = new Set(content.measures.map((measure) => measure.id));
  const answers: Record<string, Answer> = {};
  const archivedNow: ArchivedAnswer[] = [];
  for (const [id, answer] of Object.entries(state.answers)) {
    if (known.has(id)) answers[id] = answer;
    else archivedNow.push({ ...answer, id, version: state.version });
  }
  const sameVersion = state.version === content.version && state.checklist === content.id;
  if (sameVersion && archivedNow.length === 0) return { state, archivedNow };
  const kept = state.archived.filter((old) => !archivedNow.some((entry) => entry.id === old.id && entry.version === old.version));
  return {
    state: { ...state, checklist: content.id, version: content.version, answers, archived: [...kept, ...archivedNow], saved: archivedNow.length || !sameVersion ? now : state.saved },
    archivedNow,
  };
}

/**
 * Export to and import from a JSON file: the whole state, with what it
 * belongs to, so a school can move to another computer, keep a copy, or hand
 * it to its board. An import is validated and compared with the current
 * answers first, so the widget can show what will change before applying.
 * Pure, no DOM.
 */
import * as v from 'valibot';
import { validate, type DataResult } from '../../core/data-input.js';
import type { ChecklistContent } from './content.js';
import { migrate, stateSchema, statusOf, type Answer, type ChecklistState } from './state.js';

export const exportFormat = 'digi-cyber-checklist';

const exportSchema = v.object({
  format: v.literal(exportFormat),
  formatVersion: v.literal(1),
  exported: v.pipe(v.string(), v.isoTimestamp()),
  state: stateSchema,
});

export type ExportDocument = v.InferOutput<typeof exportSchema>;

export function exportDocument(state: ChecklistState, now: string): ExportDocument {
  return { format: exportFormat, formatVersion: 1, exported: now, state };
}

/** A file name a person recognises: checklist, school and date. */
export function exportFileName(state: ChecklistState, now: string): string {
  const school = state.school.normalize('NFKD').replace(/[^\w -]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 40);
  return `${[state.checklist, school, now.slice(0, 10)].filter(Boolean).join('-')}.json`;
}

export interface Change {
  readonly id: string;
  readonly title: string;
  readonly from: Answer | undefined;
  readonly to: Answer | undefined;
}

export interface ImportPreview {
  readonly state: ChecklistState;
  /** Measures whose status or note the import changes. */
  readonly changes: readonly Change[];
  /** The school's name, when the import changes it. */
  readonly school?: { readonly from: string; readonly to: string };
  /** Answers for measures this content no longer has: kept in the archive. */
  readonly archived: number;
  /** The version the file was made with, when it is not this content's. */
  readonly fromVersion?: string;
}

/** Reads an exported file for `content` and compares it with `current`. */
export function readImport(text: string, content: ChecklistContent, current: ChecklistState, now: string): DataResult<ImportPreview> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = validate(exportSchema, json);
  if (!parsed.ok) return parsed;
  const imported = parsed.value.state;
  if (imported.checklist !== content.id) {
    return { ok: false, problems: [{ path: 'state.checklist', message: `This file is for checklist "${imported.checklist}", not "${content.id}"` }] };
  }
  const { state, archivedNow } = migrate(imported, content, now);
  const changes: Change[] = [];
  for (const measure of content.measures) {
    const from = current.answers[measure.id];
    const to = state.answers[measure.id];
    if (statusOf(current, measure.id) !== statusOf(state, measure.id) || (from?.note ?? '') !== (to?.note ?? '')) {
      changes.push({ id: measure.id, title: measure.title, from, to });
    }
  }
  return {
    ok: true,
    value: {
      state: { ...state, saved: now },
      changes,
      ...(current.school !== state.school ? { school: { from: current.school, to: state.school } } : {}),
      archived: archivedNow.length,
      ...(imported.version !== content.version ? { fromVersion: imported.version } : {}),
    },
  };
}

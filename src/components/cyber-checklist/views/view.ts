/**
 * What the checklist's view functions get from the controller: the state to
 * show, the heading helper, and the callbacks for what the person does. Views
 * are plain template functions, in the pattern of the primitives.
 */
import type { TemplateResult } from 'lit';
import type { DataProblem } from '../../../core/data-input.js';
import type { HeadingLevel } from '../../../primitives/heading.js';
import type { ChecklistContent, Measure } from '../content.js';
import type { ChecklistState, Status, Summary } from '../state.js';
import type { StorageProblem } from '../storage.js';
import type { ImportPreview } from '../transfer.js';

export type Filter = 'all' | string;
export interface Filters {
  readonly theme: Filter;
  readonly level: Filter;
  readonly status: Filter;
}

export type ContentError = { kind: 'invalid'; problems: readonly DataProblem[] } | { kind: 'load'; detail: string };

/** What the checklist shows; the controller changes it and asks the element for a render. */
export interface ViewState {
  checklist?: ChecklistContent;
  contentError?: ContentError;
  answers?: ChecklistState;
  storageProblem?: StorageProblem;
  notice?: string;
  archivedNotice: number;
  filters: Filters;
  collapsed: ReadonlySet<string>;
  /** Measures whose note field the person opened ("Notitie toevoegen"); a measure with a note always shows it. */
  notesOpen: ReadonlySet<string>;
  preview?: ImportPreview;
  importProblem?: string;
  hostStateProblems?: readonly DataProblem[];
  /** Problems in parts of the content that were left out, so the rest could load (a bad `authority`). */
  contentWarnings?: readonly DataProblem[];
}

/** What the person can do, as the views call it. */
export interface ChecklistActions {
  setStatus(measure: Measure, status: Status): void;
  setNote(measure: Measure, note: string): void;
  /** Shows the measure's note field and moves focus into it. */
  openNote(measure: Measure): void;
  setSchool(name: string): void;
  /** Shows a measure from the next steps and moves focus to it. */
  goTo(event: Event, measure: Measure): void;
  setFilters(filters: Filters): void;
  setCollapsed(collapsed: ReadonlySet<string>): void;
  exportFile(): void;
  chooseImportFile(): void;
  importFile(event: Event): void;
  applyImport(): void;
  cancelImport(): void;
}

export interface ChecklistView {
  readonly state: ViewState;
  readonly content: ChecklistContent;
  readonly answers: ChecklistState;
  readonly summary: Summary;
  /** The host stores the answers itself (`storage="none"`). */
  readonly hostStores: boolean;
  /** BCP 47 tag for the report's date. */
  readonly intlLocale: string;
  /** The level of an alert's title inside a section. */
  readonly alertLevel: HeadingLevel;
  /** A heading `depth` steps below the widget's title. */
  heading(text: string, depth: 0 | 1 | 2, id?: string): TemplateResult;
  readonly actions: ChecklistActions;
  /** Content below the first screen, drawn in a later task of the first render (DigiElement's `later`). */
  later(stage: number, content: () => unknown): unknown;
  /** The report is shown instead of the checklist (`view="report"`); else it shows in print only. */
  readonly reportShown: boolean;
  /** `hide-title`: the checklist's title is left out (the report keeps it). */
  readonly hideTitle: boolean;
}

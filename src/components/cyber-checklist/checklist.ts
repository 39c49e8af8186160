/**
 * Everything `<digi-cyber-checklist>` does once it runs: reading and checking
 * the content, the answers and where they are saved, export and import; what
 * it shows is in views/. A controller the element loads lazily, at the same
 * time as the content (nothing can be shown before the content is there), so
 * the widget's first download stays small. Its styles come along
 * (`checklistSheets`) and the element adopts them.
 */
import { html, isServer, type CSSResult } from 'lit';
import { formatProblems, parseJson, validate, type DataProblem } from '../../core/data-input.js';
import { describeFetchFailure, fetchJson } from '../../core/fetch-json.js';
import { downloadBlob } from '../../core/download.js';
import { msg } from '../../i18n/localize.js';
import type { Locale } from '../../i18n/locales.js';
import { announce } from '../../primitives/announcer.js';
import { buttonStyles } from '../../primitives/button.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { segmentedChoiceStyles } from '../../primitives/segmented-choice.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles } from '../../primitives/field.js';
import { heading, levelBelow, type HeadingLevel } from '../../primitives/heading.js';
import { progressStyles } from '../../primitives/progress.js';
import { tableStyles } from '../../primitives/table.js';
import { builtInContentModules, usesBuiltIn, type ContentInput } from './built-in.js';
import { parseContent, resolveBuiltInContent, type ChecklistContent, type Measure } from './content.js';
import { cyberChecklistStyles } from './cyber-checklist.styles.js';
import { collapsedByDefault, emptyState, migrate, stateSchema, summarise, withAnswer, withSchool, type ChecklistState, type Summary } from './state.js';
import { loadState, reconcile, saveState, storageKey, type StorageLike } from './storage.js';
import { levelText, progressText } from './texts.js';
import { checklistView } from './views/checklist.js';
import { noFilters } from './views/filters.js';
import { contentErrorView } from './views/notices.js';
import type { ChecklistActions, ViewState } from './views/view.js';
import type { ChecklistChangeDetail } from './events.js';

/** What the checklist needs from its element. */
export interface ChecklistHost {
  /** Tag name, for console messages. */
  readonly localName: string;
  input(): ContentInput;
  locale(): Locale;
  /** BCP 47 tag for Intl formatters. */
  intlLocale(): string;
  /** The `storage` property: `none` when the host stores the answers itself. */
  storage(): 'local' | 'none';
  /** The `storageArea` property (undefined: the browser's localStorage). */
  storageArea(): StorageLike | null | undefined;
  /** Heading level of the widget's title (`headingLevelOf(heading-level)`). */
  headingLevel(): HeadingLevel;
  requestUpdate(): void;
  /** Resolves after the pending render. */
  whenUpdated(): Promise<unknown>;
  root(): HTMLElement | DocumentFragment;
  /** Runs `translate` in the element's locale (for texts outside a render). */
  localize<T>(translate: () => T): T;
  /** The person changed the answers. */
  changed(detail: ChecklistChangeDetail): void;
  /** Content below the first screen, drawn in a later task of the first render. */
  later(stage: number, content: () => unknown): unknown;
  /** The `view` property is `report`. */
  reportShown(): boolean;
  /** The `hide-title` property. */
  hideTitle(): boolean;
}

/** The styles of what the checklist renders, for the element to adopt once this module has loaded. */
export const checklistSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, segmentedChoiceStyles, disclosureStyles, progressStyles, tableStyles, cyberChecklistStyles];

/** The built-in content per locale once loaded, shared by every checklist on the page; the locales that failed, with why. */
const builtInContent = new Map<Locale, ChecklistContent>();
const builtInFailed = new Map<Locale, string>();
const builtInLoading = new Map<Locale, Promise<void>>();

/**
 * Loads the built-in content for `locale` (once, however many checklists ask).
 * Never rejects: a failure is remembered and shown with a "try again" button.
 */
export function loadBuiltInContent(locale: Locale, tag = 'digi-cyber-checklist'): Promise<void> {
  let loading = builtInLoading.get(locale);
  if (!loading) {
    loading = builtInContentModules[locale]()
      .then((module) => {
        builtInContent.set(locale, resolveBuiltInContent(module.default));
      })
      .catch((error: unknown) => {
        console.error(`[digi-widgets] <${tag}>: the built-in checklist (${locale}) could not be loaded.`, error);
        builtInFailed.set(locale, String(error));
      })
      .finally(() => builtInLoading.delete(locale));
    builtInLoading.set(locale, loading);
  }
  return loading;
}

/**
 * The checklist behind `<digi-cyber-checklist>`: the element keeps its public
 * API and hands the rest to this class once its code has loaded.
 */
export class Checklist {
  private view: ViewState = {
    archivedNotice: 0,
    filters: noFilters,
    collapsed: new Set(),
    notesOpen: new Set(),
  };

  private hostState?: ChecklistState;
  /** The person opened or closed a theme (or went to a measure): from then on the themes stay as they left them. */
  private collapseChosen = false;
  private source = '';
  private lastLevel?: Summary['level'];
  /** The content must be resolved again at the next update ("try again"). */
  private stale = true;

  constructor(private readonly host: ChecklistHost) {}

  private set(patch: Partial<ViewState>): void {
    Object.assign(this.view, patch);
    this.host.requestUpdate();
  }

  /** The content's title; undefined until there is content. */
  get title(): string | undefined {
    return this.view.checklist?.title;
  }

  /** The answers shown; undefined until there is content. */
  get state(): ChecklistState | undefined {
    return this.view.answers;
  }

  /** Answers the host stored (the element's `state` property): validated, then migrated to the content shown. */
  setHostState(value: unknown): void {
    // Host data is untrusted: a state that is not one is reported and ignored, so the answers shown stay.
    const checked = value === undefined || value === null ? undefined : validate(stateSchema, value);
    if (checked && !checked.ok) {
      this.set({ hostStateProblems: checked.problems });
      console.error(`[digi-widgets] <${this.host.localName}>: the \`state\` property is not a valid checklist state and was not used:\n${formatProblems(checked.problems)}`);
      return;
    }
    this.set({ hostStateProblems: undefined });
    this.hostState = checked?.value;
    if (this.view.checklist && this.hostState) this.adopt(this.hostState);
  }

  /** The built-in content in the page's language, before the render (no flash of another language). */
  loadBeforeUpdate(): Promise<unknown> | undefined {
    const locale = this.host.locale();
    if (!usesBuiltIn(this.host.input()) || builtInContent.has(locale)) return undefined;
    if (builtInFailed.has(locale)) {
      if (!this.view.contentError) this.set({ contentError: { kind: 'load', detail: builtInFailed.get(locale)! } });
      return undefined;
    }
    return loadBuiltInContent(locale, this.host.localName);
  }

  /** Before each render: `sourceChanged` when the content's source or the locale changed. */
  willUpdate(sourceChanged: boolean): void {
    if (!sourceChanged && !this.stale) return;
    this.stale = false;
    this.resolveContent();
  }

  // ---- content ----

  private resolveContent(): void {
    const { content: given, child, src } = this.host.input();
    if (given !== undefined) return this.useContent(given, 'content');
    if (child) {
      const parsed = parseJson(child.textContent ?? '');
      return parsed.ok ? this.useContent(parsed.value, 'script') : this.failContent(parsed.problems);
    }
    if (src) {
      if (this.source !== `src:${src}`) void this.fetchContent(src);
      return;
    }
    const content = builtInContent.get(this.host.locale());
    if (content) this.setContent(content);
  }

  private useContent(input: unknown, origin: string): void {
    const value = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
    if (!value.ok) return this.failContent(value.problems);
    const authorityFallback = this.host.localize(() => msg('de bevoegde toezichthouder'));
    const parsed = parseContent(value.value, { authorityFallback });
    if (!parsed.ok) return this.failContent(parsed.problems);
    this.source = origin;
    if (parsed.warnings.length) {
      console.warn(`[digi-widgets] <${this.host.localName}>: part of the checklist content is not valid and was ignored; the rest is shown:\n${formatProblems(parsed.warnings)}`);
    }
    this.setContent(parsed.value, parsed.warnings);
  }

  private async fetchContent(url: string): Promise<void> {
    this.source = `src:${url}`;
    try {
      // At most 5 MB of JSON within 15 s (core/fetch-json.ts); text that is not JSON is invalid content, as before.
      const result = await fetchJson(url, { credentials: 'same-origin' });
      if (this.source !== `src:${url}`) return;
      if (result.ok) return this.useContent(result.data, `src:${url}`);
      if (result.failure.kind === 'json') return this.failContent([{ path: '', message: `Not valid JSON: ${result.failure.detail}` }]);
      throw new Error(describeFetchFailure(result.failure));
    } catch (error) {
      if (this.source !== `src:${url}`) return;
      console.error(`[digi-widgets] <${this.host.localName}> src="${url}": the content could not be loaded.`, error);
      this.set({ contentError: { kind: 'load', detail: String(error) } });
    }
  }

  private failContent(problems: readonly DataProblem[]): void {
    console.error(`[digi-widgets] <${this.host.localName}>: the checklist content is not valid:\n${formatProblems(problems)}`);
    this.set({ contentError: { kind: 'invalid', problems } });
  }

  /** New content: the answers for it, from the host, this browser, or fresh; migrated when the version changed. */
  private setContent(content: ChecklistContent, warnings: readonly DataProblem[] = []): void {
    const sameChecklist = this.view.checklist?.id === content.id && this.view.checklist.version === content.version;
    this.set({ contentError: undefined, checklist: content, contentWarnings: warnings.length ? warnings : undefined });
    if (sameChecklist && this.view.answers) return;
    const now = new Date().toISOString();
    if (this.hostState) return this.adopt(this.hostState);
    // The server has no saved answers: the browser reads them when it takes over.
    if (this.host.storage() === 'none' || isServer) {
      this.set({ answers: emptyState(content, now) });
      this.collapseByDefault();
      return;
    }
    const loaded = loadState(this.localStorage(), content, now);
    this.set({ answers: loaded.state, storageProblem: loaded.problem, archivedNotice: loaded.archivedNow.length });
    if (loaded.problem === 'corrupt') {
      console.warn(`[digi-widgets] <${this.host.localName}>: the saved answers could not be read; they were kept under "${loaded.setAsideKey}" and the checklist starts empty.`);
    }
    if (loaded.origin === 'migrated') this.save(loaded.state);
    this.lastLevel = summarise(content, loaded.state).level;
    this.collapseByDefault();
  }

  /** Until the person chooses, only the first theme with open measures is open (and rendered). */
  private collapseByDefault(): void {
    if (this.collapseChosen || !this.view.checklist || !this.view.answers) return;
    this.set({ collapsed: collapsedByDefault(this.view.checklist, this.view.answers) });
  }

  /** Answers from the host (the `state` property) or an import, migrated to the content shown. */
  private adopt(value: ChecklistState): void {
    const content = this.view.checklist!;
    const { state: migrated, archivedNow } = migrate(value, content, new Date().toISOString());
    this.set({ answers: migrated, archivedNotice: archivedNow.length });
    this.lastLevel = summarise(content, migrated).level;
    this.collapseByDefault();
  }

  // ---- saving ----

  private localStorage(): StorageLike | undefined {
    const area = this.host.storageArea();
    if (area !== undefined) return area ?? undefined;
    try {
      return window.localStorage ?? undefined;
    } catch {
      // Reading localStorage itself throws where storage is blocked.
      return undefined;
    }
  }

  private save(next: ChecklistState): boolean {
    if (this.host.storage() === 'none') return false;
    const result = saveState(this.localStorage(), next);
    const problem = result.ok ? undefined : result.problem;
    if (problem && problem !== this.view.storageProblem) {
      console.warn(`[digi-widgets] <${this.host.localName}>: the answers could not be saved in this browser (${problem}); they stay on this page until it is closed. Export them to keep them.`);
    }
    this.set({ storageProblem: problem ?? (this.view.storageProblem === 'corrupt' ? 'corrupt' : undefined) });
    return result.ok;
  }

  /**
   * Takes the person's change. A status change (`statusChanged`) is followed
   * by the new progress, said politely; a level reached is said after any change.
   */
  private change(next: ChecklistState, statusChanged = false): void {
    if (next === this.view.answers) return;
    this.set({ answers: next });
    const savedLocally = this.save(next);
    const summary = summarise(this.view.checklist!, next);
    const levelReached = summary.level !== this.lastLevel && summary.level !== 'none';
    this.lastLevel = summary.level;
    const spoken = [statusChanged ? this.host.localize(() => progressText(summary)) : '', levelReached ? this.host.localize(() => levelText(summary)) : ''];
    if (statusChanged || levelReached) announce(spoken.filter(Boolean).join(' '));
    this.host.changed({ state: next, percent: summary.overall.percent, level: summary.level, savedLocally });
  }

  /** Another tab saved this checklist: take its newer answers (and say so), or re-save ours when they are newer. */
  readonly onStorage = (event: StorageEvent) => {
    const current = this.view.answers;
    if (!current || this.host.storage() === 'none' || event.key !== storageKey(current.checklist, current.version)) return;
    // Only changes to the storage the answers are saved in (not sessionStorage, nor a site's own area).
    if (event.storageArea !== this.localStorage()) return;
    const outcome = reconcile(current, event.newValue);
    if (outcome.action === 'take') {
      const notice = this.host.localize(() => msg('De antwoorden zijn bijgewerkt met wat in een ander venster werd ingevuld.'));
      this.set({ answers: outcome.state, notice });
      announce(notice);
    } else if (outcome.action === 'keep') {
      this.save(current);
    }
  };

  // ---- export and import ----

  private async exportFile(): Promise<void> {
    const { exportDocument, exportFileName } = await import('./transfer.js');
    const now = new Date().toISOString();
    const blob = new Blob([JSON.stringify(exportDocument(this.view.answers!, now), null, 2)], { type: 'application/json' });
    downloadBlob(this.host.root(), blob, exportFileName(this.view.answers!, now));
    announce(this.host.localize(() => msg('Het bestand met de antwoorden is gedownload.')));
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { readImport } = await import('./transfer.js');
    const result = readImport(await file.text(), this.view.checklist!, this.view.answers!, new Date().toISOString());
    if (result.ok) {
      this.set({ preview: result.value, importProblem: undefined });
    } else {
      const importProblem = formatProblems(result.problems);
      this.set({ preview: undefined, importProblem });
      console.warn(`[digi-widgets] <${this.host.localName}>: the file could not be imported:\n${importProblem}`);
    }
    await this.host.whenUpdated();
    this.host.root().querySelector<HTMLElement>('#import-result')?.focus();
  }

  private applyImport(): void {
    const preview = this.view.preview!;
    this.set({ preview: undefined, archivedNotice: preview.archived });
    this.change(preview.state);
    const notice = this.host.localize(() => msg('De antwoorden uit het bestand zijn overgenomen.'));
    this.set({ notice });
    announce(notice);
  }

  // ---- rendering ----

  /** The checklist or its content error is drawn, not the loading notice. */
  get settled(): boolean {
    return !!this.view.contentError || (!!this.view.checklist && !!this.view.answers);
  }

  render(): unknown {
    const error = this.view.contentError;
    if (error) {
      return contentErrorView(error, this.host.headingLevel(), () => {
        this.source = '';
        this.stale = true;
        builtInFailed.delete(this.host.locale());
        this.set({ contentError: undefined });
      });
    }
    const content = this.view.checklist;
    const answers = this.view.answers;
    if (!content || !answers) return html`<p class="loading">${msg('De checklist wordt geladen…')}</p>`;
    const level = this.host.headingLevel();
    return checklistView({
      state: this.view,
      content,
      answers,
      summary: summarise(content, answers),
      hostStores: this.host.storage() === 'none',
      intlLocale: this.host.intlLocale(),
      alertLevel: levelBelow(level, 2),
      heading: (text, depth, id) => heading(text, { level, depth, id }),
      actions: this.actions,
      later: (stage, content) => this.host.later(stage, content),
      reportShown: this.host.reportShown(),
      hideTitle: this.host.hideTitle(),
    });
  }

  /** What the person does, as the views call it. */
  private readonly actions: ChecklistActions = {
    setStatus: (measure, status) => this.change(withAnswer(this.view.answers!, measure, { status }, new Date().toISOString()), true),
    setNote: (measure, note) => this.change(withAnswer(this.view.answers!, measure, { note }, new Date().toISOString())),
    openNote: (measure) => void this.openNote(measure),
    setSchool: (name) => this.change(withSchool(this.view.answers!, name.trim(), new Date().toISOString())),
    goTo: (event, measure) => void this.goTo(event, measure),
    setFilters: (filters) => {
      // Filtering is asking to see what matches: a chosen theme opens, and a level or status opens them all.
      const previous = this.view.filters;
      let collapsed: ReadonlySet<string> | undefined;
      if (filters.level !== previous.level && filters.level !== 'all') collapsed = new Set();
      else if (filters.status !== previous.status && filters.status !== 'all') collapsed = new Set();
      else if (filters.theme !== previous.theme && this.view.collapsed.has(filters.theme)) {
        collapsed = new Set([...this.view.collapsed].filter((id) => id !== filters.theme));
      }
      if (collapsed) this.collapseChosen = true;
      this.set(collapsed ? { filters, collapsed } : { filters });
    },
    setCollapsed: (collapsed) => {
      this.collapseChosen = true;
      this.set({ collapsed });
    },
    exportFile: () => void this.exportFile(),
    chooseImportFile: () => this.host.root().querySelector<HTMLInputElement>('#import-file')?.click(),
    importFile: (event) => void this.importFile(event),
    applyImport: () => this.applyImport(),
    cancelImport: () => this.set({ preview: undefined }),
  };

  private async openNote(measure: Measure): Promise<void> {
    this.set({ notesOpen: new Set([...this.view.notesOpen, measure.id]) });
    await this.host.whenUpdated();
    // The button that had focus is gone: the field that replaced it takes it.
    this.host.root().querySelector<HTMLTextAreaElement>(`#n-${CSS.escape(measure.id)}`)?.focus();
  }

  /** Shows the measure (opening its theme and clearing filters that hide it) and moves focus to it. */
  private async goTo(event: Event, measure: Measure): Promise<void> {
    event.preventDefault();
    const collapsed = new Set(this.view.collapsed);
    collapsed.delete(measure.theme);
    this.collapseChosen = true;
    this.set({ collapsed, filters: noFilters });
    await this.host.whenUpdated();
    const target = this.host.root().querySelector<HTMLElement>(`#m-${CSS.escape(measure.id)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }
}
